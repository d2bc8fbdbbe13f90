// POST /images/load (moby 20.10 image/tarexport/load.go): a docker-archive tar is unpacked in
// a temporary directory under the data root; its manifest.json names each image's config and
// layer tars. New layers are registered (a `Loading layer` progress per layer when the client
// is not quiet), the config is stored under its digest, and each RepoTag is pointed at it. An
// archive without manifest.json goes to the legacy (pre-1.10) loader, which looks for
// `repositories` — so an OCI layout alone fails there, as on 20.10.

import { readTar, TarError, type TarEntry } from '../../host/tar';
import { randomInt } from '../../host/random';
import type { Node } from '../../node';
import type { JsonLikeMessage } from './messages';
import { binaryBytes, digestBinary } from '../../oci/digest';
import { decodeLayer } from '../../oci/archive/layer-payload';
import { MEDIA_TYPE } from '../../oci/media-types';
import { formatNamed, parseDockerRef } from '../../oci/docker-reference';
import { DOCKER_ROOT } from '../daemon';
import type { DockerImageRecord } from '../store/image-record';
import { familiarName } from './familiar-name';
import { addLayer, diffSize, findLayer } from './layers';
import { logImageEvent } from '../events/event-log';

export interface LoadOutcome {
  messages: JsonLikeMessage[];
  /** The error that ended the stream (printed by the CLI as is), if any. */
  error?: string;
}

interface ManifestEntry {
  Config?: string;
  RepoTags?: string[] | null;
  Layers?: string[];
}

function textOf(binary: string): string {
  return new TextDecoder().decode(binaryBytes(binary));
}

/** A member's path as safePath cleans it (no leading ./ or /). */
function clean(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

/** A member's bytes, following symlinks inside the archive (`docker save` links shared layers). */
function memberBytes(files: Map<string, TarEntry>, path: string): string | undefined {
  let p = clean(path);
  for (let hops = 0; hops < 16; hops++) {
    const e = files.get(p);
    if (!e) return undefined;
    if (e.kind !== 'symlink') return e.content;
    const dir = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '';
    p = clean((e.linkname ?? '').startsWith('/') ? (e.linkname ?? '') : `${dir}/${e.linkname ?? ''}`);
  }
  return undefined;
}

export function loadImages(node: Node, archive: string, quiet: boolean): LoadOutcome {
  const messages: JsonLikeMessage[] = [];
  const tmp = `${DOCKER_ROOT}/tmp/docker-import-${randomInt(node.state.random, 100_000_000, 4_294_967_295)}`;
  let entries: TarEntry[];
  try {
    entries = readTar(archive);
  } catch (err) {
    return { messages, error: `Error processing tar file(exit status 1): ${err instanceof TarError ? err.message : 'unexpected EOF'}` };
  }
  const files = new Map<string, TarEntry>();
  for (const e of entries) files.set(clean(e.name), e);
  const manifestBytes = memberBytes(files, 'manifest.json');
  if (manifestBytes === undefined) return { messages, error: `open ${tmp}/repositories: no such file or directory` };
  let manifest: ManifestEntry[];
  try {
    manifest = JSON.parse(textOf(manifestBytes)) as ManifestEntry[];
    if (!Array.isArray(manifest)) throw new Error('not an array');
  } catch {
    return { messages, error: 'json: cannot unmarshal manifest.json' };
  }
  const store = node.state.dockerd;
  let idLines = '';
  let refCount = 0;
  for (const m of manifest) {
    const configPath = clean(m.Config ?? '');
    const configText = memberBytes(files, configPath);
    if (configText === undefined) return { messages, error: `open ${tmp}/${configPath}: no such file or directory` };
    let config: Record<string, unknown>;
    try {
      config = JSON.parse(textOf(configText)) as Record<string, unknown>;
    } catch {
      return { messages, error: 'unexpected end of JSON input' };
    }
    const diffIds = ((config.rootfs as { diff_ids?: string[] } | undefined)?.diff_ids ?? []).slice();
    const layerPaths = m.Layers ?? [];
    if (layerPaths.length !== diffIds.length) return { messages, error: `invalid manifest, layers length mismatch: expected ${layerPaths.length}, got ${diffIds.length}` };
    let size = 0;
    for (let i = 0; i < layerPaths.length; i++) {
      const expected = diffIds[i] as string;
      const known = findLayer(node, expected);
      if (known) {
        size += known.size;
        continue;
      }
      const bytes = memberBytes(files, layerPaths[i] ?? '');
      if (bytes === undefined) return { messages, error: `open ${tmp}/${clean(layerPaths[i] ?? '')}: no such file or directory` };
      const blob = decodeLayer(bytes, MEDIA_TYPE.dockerLayer);
      const actual = blob.diffId ?? blob.digest;
      if (actual !== expected) return { messages, error: `invalid diffID for layer ${i}: expected "${expected}", got "${actual}"` };
      const tarSize = blob.uncompressedSize ?? blob.size;
      if (!quiet) {
        const short = expected.replace(/^sha256:/, '').slice(0, 12);
        messages.push({ id: short, status: 'Loading layer', progress: { current: Math.min(tarSize, 32_768), total: tarSize } });
        messages.push({ id: short, status: 'Loading layer', progress: { current: tarSize, total: tarSize } });
      }
      // A real layer counts as overlay2 measures its diff (DiffSize); the simulator's own stand-in
      // tars declare the size a pull gives the same layer.
      const layerFiles = blob.files ?? {};
      const layerSize = blob.rawDeflated === undefined ? tarSize : diffSize(layerFiles);
      addLayer(node, { diffId: expected, size: layerSize, files: layerFiles, ...(blob.rawDeflated !== undefined ? { rawDeflated: blob.rawDeflated } : {}) });
      size += layerSize;
    }
    const id = digestBinary(configText).replace(/^sha256:/, '');
    const record: DockerImageRecord = store.images[id] ?? {
      id,
      config,
      created: typeof config.created === 'string' ? config.created : '0001-01-01T00:00:00Z',
      size,
      diffIds,
      repoDigests: [],
      configText: textOf(configText),
    };
    store.images[id] = record;
    idLines += `Loaded image ID: sha256:${id}\n`;
    refCount = 0;
    for (const tag of m.RepoTags ?? []) {
      let full: string;
      try {
        full = formatNamed(parseDockerRef(tag));
      } catch {
        return { messages, error: 'invalid reference format' };
      }
      const prev = store.references[full];
      if (prev !== undefined && prev !== id) {
        messages.push({ stream: `The image ${familiarName(full)} already exists, renaming the old one with ID sha256:${prev} to empty string\n` });
      }
      store.references[full] = id;
      refCount++;
      messages.push({ stream: `Loaded image: ${familiarName(full)}\n` });
    }
    logImageEvent(node, `sha256:${id}`, `sha256:${id}`, 'load');
  }
  // load.go prints the ids only when the last image had no tag (imageRefCount is reset per image).
  if (refCount === 0 && idLines !== '') messages.push({ stream: idLines });
  return { messages };
}
