// COPY / ADD's file placement in both of dockerd's builders (moby 20.10 builder/dockerfile/
// copy.go for the classic one; buildkit's FileOp copy for builder-next): each source from the
// context (paths relative to its root) or from a stage's root filesystem (absolute paths) is
// written below the destination — a directory's contents, a file under a directory destination
// or as the destination itself. A relative destination is joined to the WORKDIR and cleaned, a
// trailing slash kept (internals.go normalizeDest: `COPY a.txt .` under WORKDIR /app writes
// /app/a.txt); a file goes under the destination when that ends in a slash or is already a
// directory (performCopyForInfo). A source with wildcards names every entry of the source whose
// path matches it (copyWithWildcards, path.Match). Returns what the builders hash for their cache.

import type { LayerFile } from '../../../oci/blob';
import { pathMatch } from '../reference-match';
import { normalizePath } from '../../../host/vfs';
import type { StepFs } from './step-fs';

/** A source that is not there: its name as the instruction gave it. */
export class CopySourceMissing extends Error {
  constructor(
    readonly source: string,
    /** Nothing matched the wildcards of every source (the classic builder: `no source files were specified`). */
    readonly noneMatched = false,
  ) {
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
  /** ADD: a file that is an archive is unpacked into the destination instead (its entries by relative path). */
  unpack?: (file: LayerFile) => Readonly<Record<string, LayerFile>> | undefined;
}

/** One source entry found: its path relative to the source's root ('' for the root) and its file. */
export interface CopiedSource {
  rel: string;
  file: LayerFile;
}

const ROOT_DIR: LayerFile = { kind: 'dir', mode: 0o755 };


/** containsWildcards: `*`, `?` or `[` not escaped by a backslash. */
function hasWildcards(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    if (ch === '\\') i++;
    else if (ch === '*' || ch === '?' || ch === '[') return true;
  }
  return false;
}

/** The entries one source names: itself, or every path a wildcard pattern matches. */
function sourceEntries(r: CopyRequest, src: string): CopiedSource[] {
  const rel = src.replace(/^\/+/, '').replace(/^\.\//, '').replace(/\/+$/, '');
  const keyOf = (p: string) => (r.rooted ? `/${p}` : p);
  if (hasWildcards(rel)) {
    const found: CopiedSource[] = [];
    for (const [key, file] of Object.entries(r.from).sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const p = r.rooted ? key.replace(/^\/+/, '') : key;
      let matches = false;
      try {
        matches = pathMatch(rel, p);
      } catch {
        matches = false;
      }
      if (matches) found.push({ rel: p, file });
    }
    return found;
  }
  if (rel === '' || rel === '.') return [{ rel: '', file: ROOT_DIR }];
  const file = r.from[keyOf(rel)];
  if (!file) throw new CopySourceMissing(src);
  return [{ rel, file }];
}

export function copyInto(fs: StepFs, r: CopyRequest): { hashes: string[]; kind: 'file' | 'dir' | 'multi'; copied: CopiedSource[] } {
  const endsInSlash = r.dest.endsWith('/');
  const joined = r.dest.startsWith('/') ? r.dest : `/${r.workdir}/${r.dest}`;
  const dest = normalizePath(joined);
  const under = (p: string) => `${dest === '/' ? '' : dest}/${p}`;
  const hashes: string[] = [];
  const copied = r.sources.flatMap((src) => sourceEntries(r, src));
  if (copied.length === 0) throw new CopySourceMissing(r.sources[0] ?? '', true);
  let kind: 'file' | 'dir' | 'multi' = 'file';
  for (const { rel, file } of copied) {
    if (file.kind === 'dir') {
      kind = 'dir';
      const prefix = rel === '' ? (r.rooted ? '/' : '') : `${r.rooted ? '/' : ''}${rel}/`;
      for (const [p, f] of Object.entries(r.from).sort()) {
        if (!p.startsWith(prefix)) continue;
        const inner = p.slice(prefix.length).replace(/^\/+/, '');
        if (inner === '') continue;
        fs.write(under(inner), { ...f });
        hashes.push(`${inner}:${f.content ?? f.size ?? ''}`);
      }
      if (fs.lookup(dest) === undefined && dest !== '/') fs.write(dest, { kind: 'dir', mode: 0o755 });
    } else {
      const unpacked = r.unpack?.(file);
      if (unpacked) {
        for (const [p, f] of Object.entries(unpacked)) fs.write(under(p), { ...f });
        if (fs.lookup(dest) === undefined && dest !== '/') fs.write(dest, { kind: 'dir', mode: 0o755 });
        hashes.push(`${file.content ?? file.size ?? ''}`);
        continue;
      }
      const base = rel.slice(rel.lastIndexOf('/') + 1);
      const target = endsInSlash || r.sources.length > 1 || fs.lookup(dest)?.kind === 'dir' ? under(base) : dest;
      fs.write(target, { ...file });
      hashes.push(`${file.content ?? file.size ?? ''}`);
    }
  }
  if (copied.length > 1) kind = 'multi';
  return { hashes, kind, copied };
}
