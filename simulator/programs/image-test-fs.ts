// Test fixture: a writable root filesystem made of a catalogue image's amd64 layers, so the
// programs' tests run against the files a real pull of that image unpacks.

import { catalogue } from '../registry/catalogue/catalogue';
import { parseIndex, parseManifest } from '../oci/documents';
import type { ContainerFile, ContainerFs } from './program';

export function imageFs(repo: string, tag: string): ContainerFs & { files: Map<string, ContainerFile> } {
  const c = catalogue();
  const target = c.tags['docker.io']?.[repo]?.[tag];
  const index = parseIndex(c.blobs[target?.digest ?? '']?.data ?? '');
  const amd = index.manifests.find((m) => m.platform?.architecture === 'amd64');
  const manifest = parseManifest(c.blobs[amd?.digest ?? '']?.data ?? '');
  const files = new Map<string, ContainerFile>([['/', { kind: 'dir', mode: 0o755 }]]);
  for (const l of manifest.layers) for (const [p, f] of Object.entries(c.blobs[l.digest]?.files ?? {})) if (f) files.set(p, f);
  const parentsOf = (path: string): void => {
    const parts = path.split('/').filter(Boolean);
    for (let i = 1; i < parts.length; i++) {
      const dir = `/${parts.slice(0, i).join('/')}`;
      if (!files.has(dir)) files.set(dir, { kind: 'dir', mode: 0o755 });
    }
  };
  return {
    files,
    lookup: (path) => files.get(path),
    list: (path) => {
      if (files.get(path)?.kind !== 'dir') return undefined;
      const prefix = path === '/' ? '/' : `${path}/`;
      return [...files.keys()].filter((p) => p !== '/' && p.startsWith(prefix) && !p.slice(prefix.length).includes('/')).map((p) => p.slice(prefix.length)).sort();
    },
    write: (path, file) => {
      parentsOf(path);
      files.set(path, file);
      return true;
    },
    remove: (path) => {
      for (const p of [...files.keys()]) if (p === path || p.startsWith(`${path}/`)) files.delete(p);
      return true;
    },
  };
}
