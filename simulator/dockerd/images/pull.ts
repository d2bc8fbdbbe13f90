// POST /images/create (moby 20.10 distribution/pull_v2.go): resolve the reference at its
// registry, pick linux/amd64 from an index, fetch config and layers, and store the image by its
// config digest in dockerd's own store (nothing goes to containerd). The answer is the stream of
// JSON messages the CLI displays: per layer `Pulling fs layer` … `Pull complete`, or
// `Already exists` for a layer the store has, then the digest and the status.

import type { Node } from '../../node';
import type { Descriptor } from '../../oci/descriptor';
import { formatNamed, parseDockerRef } from '../../oci/docker-reference';
import { fetchBlob, RegistryError, resolveRemote } from '../../registry/remote';
import { invalidParameter, notFound, systemError } from '../errors';
import type { DockerImageRecord } from '../store/image-record';
import { addLayer } from './layers';

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
 * the /v2/ ping (`Get "https://host/v2/": dial tcp: …`); a missing tag is `manifest unknown`.
 */
function registryFailure(err: RegistryError, endpoint: string, named: { name: string; tag: string }): Error {
  const detail = err.tryNextHost?.error ?? err.message;
  const dial = /: (dial tcp: .*)$/.exec(detail);
  if (dial) return systemError(`Get "https://${endpoint}/v2/": ${dial[1]}`);
  // distribution/errors.go: a repository the registry denies (or does not have) on Docker Hub.
  if (detail.includes('pull access denied')) {
    return systemError(`pull access denied for ${familiar(named.name)}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`);
  }
  if (/not found/.test(err.message)) return notFound(`manifest for ${familiar(named.name)}:${named.tag} not found: manifest unknown: manifest unknown`);
  return systemError(detail);
}

function familiar(name: string): string {
  return name.replace(/^docker\.io\/library\//, '').replace(/^docker\.io\//, '');
}

/** The registry host a name is pulled from (Docker Hub's is registry-1.docker.io). */
function endpointOf(name: string): string {
  const domain = name.slice(0, name.indexOf('/'));
  return domain === 'docker.io' ? 'registry-1.docker.io' : domain;
}

export function pullImage(node: Node, ref: string): PullMessage[] {
  let named;
  try {
    named = parseDockerRef(ref);
  } catch (err) {
    throw invalidParameter(`invalid reference format${err instanceof Error && err.message.startsWith('invalid reference format:') ? err.message.slice('invalid reference format'.length) : ''}`);
  }
  const full = formatNamed(named);
  let resolved;
  try {
    resolved = resolveRemote(node, full);
  } catch (err) {
    if (err instanceof RegistryError) throw registryFailure(err, endpointOf(named.name), named);
    throw err;
  }
  const messages: PullMessage[] = [{ status: `${named.digest || named.tag}: Pulling from ${named.name.slice(named.name.indexOf('/') + 1)}` }];
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
  const known = new Set(Object.values(store.images).flatMap((i) => i.diffIds));
  const diffIds = config.rootfs?.diff_ids ?? [];
  let size = 0;
  (manifest.layers ?? []).forEach((layer, i) => {
    const blob = fetchBlob(node, layer);
    size += blob.uncompressedSize ?? blob.size;
    if (had) return;
    const short = layer.digest.replace(/^sha256:/, '').slice(0, 12);
    if (known.has(diffIds[i] ?? '')) {
      messages.push({ id: short, status: 'Already exists' });
      return;
    }
    // The layer's files go to dockerd's layer store (layers.ts), under its own overlay2 dir.
    const source = { digest: layer.digest, size: layer.size, mediaType: layer.mediaType, host: named.name.slice(0, named.name.indexOf('/')) };
    addLayer(node, { diffId: diffIds[i] ?? layer.digest, size: blob.uncompressedSize ?? blob.size, files: blob.files ?? {}, blob: source });
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
  messages.push({ status: before === id ? `Status: Image is up to date for ${familiar(full)}` : `Status: Downloaded newer image for ${familiar(full)}` });
  return messages;
}
