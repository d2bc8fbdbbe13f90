// POST /images/create (moby 20.10 distribution/pull_v2.go): resolve the reference at its
// registry, pick linux/amd64 from an index, fetch config and layers, and store the image by its
// config digest in dockerd's own store (nothing goes to containerd). The answer is the stream of
// JSON messages the CLI displays: per layer `Pulling fs layer` … `Pull complete`, or
// `Already exists` for a layer the store has, then the digest and the status.

import type { Node } from '../../node';
import type { Descriptor } from '../../oci/descriptor';
import { formatNamed, parseDockerRef, type NamedReference } from '../../oci/docker-reference';
import { fetchBlob, listRemoteTags, RegistryError, resolveRemote } from '../../registry/remote';
import { invalidParameter, notFound, systemError } from '../errors';
import type { DockerImageRecord } from '../store/image-record';
import { addLayer } from './layers';
import { familiarName } from './familiar-name';
import { connectionFailure, isInsecureRegistry, pingUrl } from './registry-access';
import { logImageEvent } from '../events/event-log';

export interface PullMessage {
  /** The layer's short id, when the message is about a layer. */
  id?: string;
  status: string;
}


const INDEX_TYPES = ['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json'];

function json(node: Node, d: Descriptor): Record<string, unknown> {
  return JSON.parse(fetchBlob(node, d).data ?? '{}') as Record<string, unknown>;
}

/**
 * A registry's failure as dockerd words it: a host it cannot reach fails its first request,
 * the /v2/ ping (`Get "https://host/v2/": dial tcp: …`, plain http for a loopback registry,
 * checked on a real 20.10.24 against a closed localhost:5000); a missing tag is `manifest unknown`.
 */
function registryFailure(node: Node, err: RegistryError, host: string, named: { name: string; tag: string }): Error {
  const detail = err.tryNextHost?.error ?? err.message;
  const dial = connectionFailure(detail);
  if (dial !== undefined) return systemError(`Get "${pingUrl(node, host)}": ${dial}`);
  // distribution/errors.go: a repository the registry denies (or does not have) on Docker Hub.
  if (detail.includes('pull access denied')) {
    return systemError(`pull access denied for ${familiarName(named.name)}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`);
  }
  if (/not found/.test(err.message)) return notFound(`manifest for ${familiarName(named.name)}:${named.tag} not found: manifest unknown: manifest unknown`);
  return systemError(detail);
}

function hostOf(name: string): string {
  return name.slice(0, name.indexOf('/'));
}

/** A registry call, its RegistryError worded as dockerd's. */
function asked<T>(node: Node, named: NamedReference, call: () => T): T {
  try {
    return call();
  } catch (err) {
    if (err instanceof RegistryError) throw registryFailure(node, err, hostOf(named.name), named);
    throw err;
  }
}

/**
 * pullTag (distribution/pull_v2.go): one tag or digest into the store, its messages appended;
 * true when layers were downloaded or the tag now names another image.
 */
function pullTag(node: Node, named: NamedReference, messages: PullMessage[]): boolean {
  const full = formatNamed(named);
  const resolved = asked(node, named, () => resolveRemote(node, full, { plainHttp: isInsecureRegistry(node, hostOf(named.name)) }));
  messages.push({ status: `${named.digest || named.tag}: Pulling from ${named.name.slice(named.name.indexOf('/') + 1)}` });
  let manifestDesc: Descriptor = resolved.descriptor;
  if (INDEX_TYPES.includes(manifestDesc.mediaType)) {
    const index = json(node, manifestDesc) as { manifests?: Descriptor[] };
    const pick = (index.manifests ?? []).find((m) => m.platform?.os === 'linux' && m.platform?.architecture === 'amd64');
    if (!pick) throw notFound(`no matching manifest for linux/amd64 in the manifest list entries`);
    manifestDesc = pick;
  }
  const manifest = json(node, manifestDesc) as { config?: Descriptor; layers?: Descriptor[] };
  if (!manifest.config) throw systemError('manifest has no config');
  const configText = fetchBlob(node, manifest.config).data ?? '{}';
  const config = JSON.parse(configText) as { created?: string; rootfs?: { diff_ids?: string[] } };
  const id = manifest.config.digest.replace(/^sha256:/, '');
  const store = node.state.dockerd;
  const had = store.images[id];
  const diffIds = config.rootfs?.diff_ids ?? [];
  // "Already exists" (distribution/xfer/download.go): the v2 metadata service knows the blob's
  // diff id (a pull or push of that blob recorded it; `docker load` records none) and the layer
  // store holds the chain up to this layer. A loaded layer is downloaded again, as on the
  // recorded node (conformance 10-docker-engine #5).
  const layerRecords = store.layers ?? {};
  const pulledBlobs = new Set(Object.values(layerRecords).flatMap((l) => (l.blob ? [l.blob.digest] : [])));
  const chains = new Set(Object.values(store.images).flatMap((img) => img.diffIds.map((_, k) => img.diffIds.slice(0, k + 1).join(' '))));
  let size = 0;
  let downloaded = false;
  (manifest.layers ?? []).forEach((layer, i) => {
    const blob = fetchBlob(node, layer);
    size += blob.uncompressedSize ?? blob.size;
    if (had) return;
    const short = layer.digest.replace(/^sha256:/, '').slice(0, 12);
    const chain = diffIds.slice(0, i + 1).join(' ');
    if (pulledBlobs.has(layer.digest) && chains.has(chain)) {
      messages.push({ id: short, status: 'Already exists' });
      return;
    }
    // The layer's files go to dockerd's layer store (layers.ts), under its own overlay2 dir.
    const source = { digest: layer.digest, size: layer.size, mediaType: layer.mediaType, host: hostOf(named.name) };
    const diffId = diffIds[i] ?? layer.digest;
    const existing = layerRecords[diffId];
    // A layer the store already has (loaded, or under another chain) is registered again; the
    // metadata service now knows its blob.
    if (existing) existing.blob ??= source;
    else addLayer(node, { diffId, size: blob.uncompressedSize ?? blob.size, files: blob.files ?? {}, blob: source });
    pulledBlobs.add(layer.digest);
    chains.add(chain);
    downloaded = true;
    messages.push({ id: short, status: 'Pulling fs layer' }, { id: short, status: 'Verifying Checksum' }, { id: short, status: 'Download complete' }, { id: short, status: 'Pull complete' });
  });
  const repoDigest = `${named.name}@${resolved.descriptor.digest}`;
  const record: DockerImageRecord = had ?? {
    id,
    config: JSON.parse(configText) as Record<string, unknown>,
    created: config.created ?? new Date(0).toISOString(),
    size,
    diffIds,
    repoDigests: [],
    configText,
  };
  if (!record.repoDigests.includes(repoDigest)) record.repoDigests.push(repoDigest);
  store.images[id] = record;
  const before = store.references[full];
  store.references[full] = id;
  messages.push({ status: `Digest: ${resolved.descriptor.digest}` });
  return downloaded || before !== id;
}

/**
 * The pull of `ref`; with allTags, `ref` is a bare repository and every tag the registry lists
 * is pulled in turn (pull_v2.go pullRepository), one status line for them all at the end.
 */
export function pullImage(node: Node, ref: string, options: { allTags?: boolean } = {}): PullMessage[] {
  let named: NamedReference;
  try {
    named = parseDockerRef(ref);
  } catch (err) {
    throw invalidParameter(`invalid reference format${err instanceof Error && err.message.startsWith('invalid reference format:') ? err.message.slice('invalid reference format'.length) : ''}`);
  }
  const messages: PullMessage[] = [];
  let pulledNew = false;
  let statusName = formatNamed(named);
  if (options.allTags === true) {
    statusName = named.name;
    for (const tag of asked(node, named, () => listRemoteTags(node, named.name, { plainHttp: isInsecureRegistry(node, hostOf(named.name)) }))) {
      pulledNew = pullTag(node, { name: named.name, tag, digest: '' }, messages) || pulledNew;
    }
  } else pulledNew = pullTag(node, named, messages);
  // distribution/pull.go: the reference (a bare repository with --all-tags) and its name.
  logImageEvent(node, familiarName(statusName), familiarName(named.name), 'pull');
  messages.push({ status: `${pulledNew ? 'Status: Downloaded newer image for' : 'Status: Image is up to date for'} ${familiarName(statusName)}` });
  return messages;
}
