// COPY / ADD's file placement in both of dockerd's builders (moby 20.10 builder/dockerfile/
// copy.go for the classic one; buildkit's FileOp copy for builder-next): each source from the
// context (paths relative to its root) or from a stage's root filesystem (absolute paths) is
// written below the destination — a directory's contents, a file under a directory destination
// or as the destination itself. Returns what the classic builder hashes for its cache.

import type { LayerFile } from '../../../oci/blob';
import type { StepFs } from './step-fs';

/** A source that is not there: its name as the instruction gave it. */
export class CopySourceMissing extends Error {
  constructor(readonly source: string) {
    super(`file not found: ${source}`);
  }
}

export interface CopyRequest {
  sources: readonly string[];
  dest: string;
  /** The stage's WORKDIR, for a relative destination. */
  workdir: string;
  /** The files to copy from; `rooted`: keyed by absolute paths (a stage), else context-relative. */
  from: Readonly<Record<string, LayerFile>>;
  rooted: boolean;
}

export function copyInto(fs: StepFs, r: CopyRequest): { hashes: string[]; kind: 'file' | 'dir' | 'multi' } {
  const destRaw = r.dest.startsWith('/') ? r.dest : `${r.workdir.replace(/\/$/, '')}/${r.dest}`;
  const destIsDir = r.dest.endsWith('/') || r.sources.length > 1;
  const dest = destRaw.replace(/\/+$/, '') || '/';
  const hashes: string[] = [];
  let kind: 'file' | 'dir' | 'multi' = 'file';
  for (const src of r.sources) {
    const rel = src.replace(/^\.?\/+/, '').replace(/\/+$/, '');
    const key = r.rooted ? `/${rel}` : rel;
    const file = rel === '' || rel === '.' ? { kind: 'dir' as const, mode: 0o755 } : r.from[key];
    if (!file) throw new CopySourceMissing(src);
    if (file.kind === 'dir') {
      kind = 'dir';
      const prefix = rel === '' || rel === '.' ? '' : `${key}/`;
      for (const [p, f] of Object.entries(r.from).sort()) {
        if (!p.startsWith(prefix)) continue;
        const inner = p.slice(prefix.length).replace(/^\/+/, '');
        if (inner === '') continue;
        fs.write(`${dest === '/' ? '' : dest}/${inner}`, { ...f });
        hashes.push(`${inner}:${f.content ?? f.size ?? ''}`);
      }
      if (fs.lookup(dest) === undefined && dest !== '/') fs.write(dest, { kind: 'dir', mode: 0o755 });
    } else {
      const base = rel.slice(rel.lastIndexOf('/') + 1);
      const target = destIsDir || fs.lookup(dest)?.kind === 'dir' ? `${dest === '/' ? '' : dest}/${base}` : dest;
      fs.write(target, { ...file });
      hashes.push(`${file.content ?? file.size ?? ''}`);
    }
  }
  if (r.sources.length > 1) kind = 'multi';
  return { hashes, kind };
}
