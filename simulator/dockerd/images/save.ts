// GET /images/get (moby 20.10 image/tarexport/save.go): the named images as a docker-archive
// tar. Per image its config (<id>.json); per layer a legacy v1 directory named by the layer's
// v1 id, holding VERSION, json and layer.tar (a layer already written is a symlink to that
// first copy); manifest.json lists each image's config, RepoTags and layer paths, and
// `repositories` maps tagged names to their top v1 id (absent when nothing is tagged).

import type { TarEntry } from '../../host/tar';
import { writeTar } from '../../host/tar';
import { goJsonMarshal, goMap } from '../../go/json';
import type { Node } from '../../node';
import { formatNamed, parseAnyReference, type AnyReference } from '../../oci/docker-reference';
import { invalidParameter, notFound, systemError } from '../errors';
import { familiarName } from './familiar-name';
import { chainIds } from './remove';
import { findImage, searchImageId } from './lookup';
import { layerTar } from './layers';
import { lowerV1Image, marshalImageConfig, v1Id, v1Image, type HistoryEntry } from './image-config';
import { logImageEvent } from '../events/event-log';

interface Descr {
  id: string;
  refs: string[];
}

/** ParseAnyReference, its failure the parser's text (a 400 the CLI shows as the daemon's). */
function parsedName(typed: string): AnyReference {
  try {
    return parseAnyReference(typed);
  } catch (err) {
    throw invalidParameter(err instanceof Error ? err.message : 'invalid reference format');
  }
}

/**
 * parseNames (moby 20.10 image/tarexport/save.go): an image id as such; `sha256:<prefix>` by id
 * search; a bare repository name means all its tags (or, with none, an id search: `No such
 * image: nosuch` as typed); a tag or digest must be in the reference store (`reference does
 * not exist`, checked on a real 20.10.24).
 */
function parseNames(node: Node, names: readonly string[]): Descr[] {
  const out = new Map<string, Descr>();
  const add = (id: string, ref?: string) => {
    const d = out.get(id) ?? { id, refs: [] };
    if (ref !== undefined && !d.refs.includes(ref)) d.refs.push(ref);
    out.set(id, d);
  };
  const store = node.state.dockerd;
  for (const typed of names) {
    const ref = parsedName(typed);
    if (ref.kind === 'digest') {
      add(findImage(node, typed).id);
      continue;
    }
    if (ref.name === 'docker.io/library/sha256') {
      add(searchImageId(node, typed));
      continue;
    }
    if (ref.tag === '' && ref.digest === '') {
      const tagged = Object.keys(store.references).filter((r) => r.startsWith(`${ref.name}:`) && !r.slice(ref.name.length + 1).includes('/'));
      for (const r of tagged.sort()) add(store.references[r] as string, r);
      if (tagged.length === 0) add(searchImageId(node, typed));
      continue;
    }
    const canonical = `${ref.name}@${ref.digest}`;
    const full = formatNamed({ ...ref, digest: '' });
    const id = ref.digest !== '' ? Object.values(store.images).find((i) => i.repoDigests.includes(canonical))?.id : store.references[full];
    if (id === undefined || !store.images[id]) throw systemError('reference does not exist');
    add(id, ref.digest !== '' ? undefined : full);
  }
  return [...out.values()];
}

/** The config bytes an image was stored with (its digest is the id), or rebuilt the way dockerd writes one. */
export function configBytes(node: Node, id: string): string {
  const image = node.state.dockerd.images[id];
  if (!image) throw notFound(`No such image: ${id}`);
  if (image.configText !== undefined) return image.configText;
  const c = image.config;
  return marshalImageConfig(v1Image(c), (c.history as HistoryEntry[] | undefined) ?? [], image.diffIds);
}

export function saveImages(node: Node, names: readonly string[]): string {
  const descrs = parseNames(node, names);
  const files = new Map<string, TarEntry>();
  const manifest: Array<{ Config: string; RepoTags: string[] | null; Layers: string[] }> = [];
  const repositories: Record<string, Record<string, string>> = {};
  const layerPaths = new Map<string, string>();
  for (const d of descrs) {
    const image = node.state.dockerd.images[d.id];
    if (!image) throw notFound(`No such image: ${d.id}`);
    const mtime = Math.floor(Date.parse(image.created) / 1000);
    const text = configBytes(node, d.id);
    files.set(`${d.id}.json`, { name: `${d.id}.json`, kind: 'file', content: text, mode: 0o644, mtime, uname: 'root', gname: 'root' });
    const chains = chainIds(image.diffIds);
    const layers: string[] = [];
    let parent: string | undefined;
    image.diffIds.forEach((diffId, i) => {
      const top = i === image.diffIds.length - 1;
      const v1 = top ? v1Image(image.config) : lowerV1Image();
      const id = v1Id(v1, chains[i] ?? diffId, parent);
      const dir = `${id}/`;
      layers.push(`${id}/layer.tar`);
      if (!files.has(dir)) {
        const json = goJsonMarshal({ ...v1, id, parent, os: typeof image.config.os === 'string' ? image.config.os : undefined });
        const entry = (name: string, content: string): TarEntry => ({ name, kind: 'file', content, mode: 0o644, mtime, uname: 'root', gname: 'root' });
        files.set(dir, { name: dir, kind: 'dir', mode: 0o755, mtime, uname: 'root', gname: 'root' });
        files.set(`${id}/VERSION`, entry(`${id}/VERSION`, '1.0'));
        files.set(`${id}/json`, entry(`${id}/json`, json));
        const first = layerPaths.get(diffId);
        if (first !== undefined) {
          files.set(`${id}/layer.tar`, { name: `${id}/layer.tar`, kind: 'symlink', linkname: `../${first}`, mode: 0o777, mtime, uname: 'root', gname: 'root' });
        } else {
          files.set(`${id}/layer.tar`, entry(`${id}/layer.tar`, layerTar(node, diffId)));
          layerPaths.set(diffId, `${id}/layer.tar`);
        }
      }
      parent = id;
    });
    const tags = d.refs.map(familiarName);
    manifest.push({ Config: `${d.id}.json`, RepoTags: tags.length === 0 ? null : tags, Layers: layers });
    for (const ref of d.refs) {
      const at = ref.lastIndexOf(':');
      const repo = familiarName(ref.slice(0, at));
      repositories[repo] = goMap({ ...(repositories[repo] ?? {}), [ref.slice(at + 1)]: parent ?? '' });
    }
  }
  const meta = (name: string, content: string): TarEntry => ({ name, kind: 'file', content, mode: 0o644, mtime: 0, uname: 'root', gname: 'root' });
  files.set('manifest.json', meta('manifest.json', `${goJsonMarshal(manifest)}\n`));
  if (Object.keys(repositories).length > 0) files.set('repositories', meta('repositories', `${goJsonMarshal(goMap(repositories))}\n`));
  // archive.Tar walks the directory in lexical order.
  const entries = [...files.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const d of descrs) logImageEvent(node, `sha256:${d.id}`, `sha256:${d.id}`, 'save');
  return writeTar(entries);
}
