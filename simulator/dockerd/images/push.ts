// POST /images/{name}/push (moby 20.10 distribution/push_v2.go): `The push refers to
// repository [name]`, then per tag (all of the repository's tags with -a) each layer top
// first `Preparing` (`Waiting` beyond the five concurrent uploads), the /v2/ ping and the
// credentials checked, each layer `Pushed` or `Layer already exists`, and the schema2
// manifest put: `<tag>: digest: sha256:… size: N`. Layers keep the compressed digest they
// were pulled as; others are gzip'd here, as the pusher compresses them.

import { gzipSync } from 'fflate';
import type { Node } from '../../node';
import type { Blob } from '../../oci/blob';
import type { Descriptor } from '../../oci/descriptor';
import { binaryToBytes, bytesToBinary } from '../../host/vfs';
import { digestBinary, digestText } from '../../oci/digest';
import { formatNamed, parseDockerRef } from '../../oci/docker-reference';
import { MEDIA_TYPE } from '../../oci/media-types';
import { commitPush, fetchBlob, registryHasBlob } from '../../registry/remote';
import { localRegistryAt, portOf } from '../../registry/local-registry';
import { invalidParameter } from '../errors';
import { familiarName } from './familiar-name';
import { findLayer, layerTar } from './layers';
import type { JsonLikeMessage } from './messages';
import { registryAccess, type RegistryAuth } from './registry-access';
import { configBytes } from './save';

export interface PushOutcome {
  messages: JsonLikeMessage[];
  error?: string;
}

/** distribution's schema2 manifest, as MarshalIndent with three spaces writes it. */
function manifestText(config: Descriptor, layers: readonly Descriptor[]): string {
  const d = (x: Descriptor, pad: string) =>
    `{\n${pad}   "mediaType": "${x.mediaType}",\n${pad}   "size": ${x.size},\n${pad}   "digest": "${x.digest}"\n${pad}}`;
  const list = layers.length === 0 ? '[]' : `[\n${layers.map((l) => `      ${d(l, '      ')}`).join(',\n')}\n   ]`;
  return `{\n   "schemaVersion": 2,\n   "mediaType": "${MEDIA_TYPE.dockerManifest}",\n   "config": ${d(config, '   ')},\n   "layers": ${list}\n}`;
}

/** The compressed blob pushed for a layer: the one it was pulled as, else a gzip of its tar. */
function layerBlob(node: Node, diffId: string): Blob & { host?: string } {
  const layer = findLayer(node, diffId);
  if (layer?.blob) return { digest: layer.blob.digest, size: layer.blob.size, mediaType: layer.blob.mediaType, files: layer.files, diffId, host: layer.blob.host };
  const tar = layerTar(node, diffId);
  const gz = bytesToBinary(gzipSync(binaryToBytes(tar), { level: 6, mtime: 0 }));
  return { digest: digestBinary(gz), size: gz.length, mediaType: MEDIA_TYPE.dockerLayerGzip, files: layer?.files ?? {}, diffId, uncompressedSize: tar.length };
}

/** Does a manifest pushed to `host` in this session list the blob? */
function hostHasBlob(node: Node, host: string, digest: string): boolean {
  for (const tags of Object.values(node.state.registries.pushed[host] ?? {})) {
    for (const target of Object.values(tags)) {
      try {
        if ((fetchBlob(node, target).data ?? '').includes(digest)) return true;
      } catch {
        // a manifest the registry lost: not this one
      }
    }
  }
  return false;
}

export function pushImage(node: Node, typed: string, options: { all: boolean; auth?: RegistryAuth }): PushOutcome {
  let named;
  try {
    named = parseDockerRef(typed);
  } catch (err) {
    throw invalidParameter(err instanceof Error ? err.message : 'invalid reference format');
  }
  const repo = named.name;
  const host = repo.slice(0, repo.indexOf('/'));
  const repository = repo.slice(repo.indexOf('/') + 1);
  const messages: JsonLikeMessage[] = [{ status: `The push refers to repository [${repo}]` }];
  const refs = node.state.dockerd.references;
  const tags = options.all
    ? Object.keys(refs).filter((r) => r.startsWith(`${repo}:`) && !r.slice(repo.length + 1).includes('/')).sort().map((r) => r.slice(repo.length + 1))
    : [named.tag || 'latest'];
  const present = tags.filter((t) => refs[`${repo}:${t}`] !== undefined);
  if (present.length === 0 || (!options.all && present.length !== tags.length)) {
    return { messages, error: `An image does not exist locally with the tag: ${familiarName(repo)}` };
  }
  const access = registryAccess(node, host, repository, options.auth, true);
  if (!access.ok && access.kind === 'connect') return { messages, error: access.message };
  const running = localRegistryAt(node, host, portOf(host));
  for (const tag of present) {
    const id = refs[formatNamed({ ...named, tag, digest: '' })] ?? refs[`${repo}:${tag}`] ?? '';
    const image = node.state.dockerd.images[id];
    if (!image) continue;
    const layers = [...image.diffIds].reverse().map((diffId) => layerBlob(node, diffId));
    const short = (b: Blob) => (b.diffId ?? b.digest).replace(/^sha256:/, '').slice(0, 12);
    for (const b of layers) messages.push({ id: short(b), status: 'Preparing' });
    layers.slice(5).forEach((b) => messages.push({ id: short(b), status: 'Waiting' }));
    if (!access.ok) return { messages, error: access.message };
    const order = layers.map((b, i) => ({ b, i })).sort((x, y) => x.b.size - y.b.size || x.i - y.i);
    for (const { b } of order) {
      const already = running ? running.hasBlob(repository, b.digest) : registryHasBlob(node, b.digest) && (b.host === host || hostHasBlob(node, host, b.digest));
      messages.push({ id: short(b), status: already ? 'Layer already exists' : 'Pushed' });
    }
    const text = configBytes(node, id);
    const config: Blob = { digest: digestText(text), size: new TextEncoder().encode(text).length, mediaType: MEDIA_TYPE.dockerConfig, data: text };
    const manifest = manifestText(config, [...layers].reverse().map((b) => ({ mediaType: b.mediaType, size: b.size, digest: b.digest })));
    const manifestBlob: Blob = { digest: digestText(manifest), size: manifest.length, mediaType: MEDIA_TYPE.dockerManifest, data: manifest };
    const stored = [...layers].reverse().map(({ host: _h, ...blob }) => blob);
    commitPush(node, `${repo}:${tag}`, { mediaType: manifestBlob.mediaType, digest: manifestBlob.digest, size: manifestBlob.size }, [config, ...stored, manifestBlob]);
    const repoDigest = `${repo}@${manifestBlob.digest}`;
    if (!image.repoDigests.includes(repoDigest)) image.repoDigests.push(repoDigest);
    messages.push({ status: `${tag}: digest: ${manifestBlob.digest} size: ${manifestBlob.size}` });
  }
  return { messages };
}
