// COPY and ADD of files (llb.Copy with CopyDirContentsOnly, AllowWildcard, AllowEmptyWildcard,
// CreateDestPath and FollowSymlinks, as dockerfile2llb dispatchCopyFileOp@v0.10.4 asks):
// each source path (a wildcard in its last element may match nothing) is copied to the
// destination — a directory's contents into it, a file onto it or into it when the
// destination ends with `/` or is a directory. Copied files keep their mode and time.

import type { LayerFile } from '../../oci/blob';
import type { TarEntry } from '../../host/tar';
import { layerFilesOf } from '../../oci/archive/layer-files';
import { OverlayFs, type StepDiff } from '../fs/overlay-fs';
import { parentOf, type MergedView } from '../fs/rootfs';
import { normalizePath } from '../../host/vfs';

/** Where a copy reads from: the build context or another stage's filesystem. */
export interface CopySource {
  lookup(path: string): LayerFile | undefined;
  list(path: string): string[];
  /** ADD's AttemptUnpack: the entries of a local tar archive (gzip or plain), else undefined. */
  archive?(path: string): TarEntry[] | undefined;
}

export class CopySourceMissing extends Error {
  constructor(readonly path: string) {
    super(`${JSON.stringify(path)}: not found`);
  }
}

function globRegex(pattern: string): RegExp {
  let re = '^';
  for (const ch of pattern) re += ch === '*' ? '[^/]*' : ch === '?' ? '[^/]' : ch.replace(/[.+^${}()|[\]\\]/g, (c) => `\\${c}`);
  return new RegExp(`${re}$`);
}

function matches(source: CopySource, pattern: string): string[] {
  const base = pattern.slice(pattern.lastIndexOf('/') + 1);
  if (!/[*?[]/.test(base)) return source.lookup(pattern) ? [pattern] : [];
  const dir = parentOf(pattern);
  const re = globRegex(base);
  return source.list(dir).filter((n) => re.test(n)).map((n) => (dir === '/' ? `/${n}` : `${dir}/${n}`));
}

function mkdirAll(fs: OverlayFs, path: string, seconds: number): void {
  const missing: string[] = [];
  for (let p = path; p !== '/' && fs.lookup(p) === undefined; p = parentOf(p)) missing.unshift(p);
  for (const p of missing) fs.write(p, { kind: 'dir', mode: 0o755, mtime: seconds } as LayerFile);
}

function copyTree(source: CopySource, fs: OverlayFs, from: string, to: string, mode: number | undefined, seconds: number): void {
  const entry = source.lookup(from);
  if (!entry) return;
  mkdirAll(fs, parentOf(to), seconds);
  if (entry.kind === 'dir') {
    fs.write(to, { ...entry, mode: mode ?? entry.mode });
    for (const name of source.list(from)) copyTree(source, fs, `${from === '/' ? '' : from}/${name}`, `${to === '/' ? '' : to}/${name}`, mode, seconds);
    return;
  }
  fs.write(to, { ...entry, mode: mode ?? entry.mode });
}

/**
 * The diff of copying `sources` (absolute in the source) to `dest` (absolute; a trailing `/`
 * makes it a directory). Throws CopySourceMissing for a plain path that is not there.
 */
export function copyStep(view: MergedView, source: CopySource, sources: readonly string[], dest: string, mode: number | undefined, seconds: number): StepDiff {
  const fs = new OverlayFs(view);
  const destDir = dest.endsWith('/');
  const target = normalizePath(dest);
  for (const src of sources) {
    const pattern = normalizePath(src);
    const found = matches(source, pattern);
    if (found.length === 0 && !/[*?[]/.test(pattern.slice(pattern.lastIndexOf('/') + 1))) throw new CopySourceMissing(pattern);
    for (const path of found) {
      const entry = source.lookup(path);
      if (!entry) continue;
      if (entry.kind === 'dir') {
        mkdirAll(fs, target, seconds);
        for (const name of source.list(path)) {
          copyTree(source, fs, `${path === '/' ? '' : path}/${name}`, `${target === '/' ? '' : target}/${name}`, mode, seconds);
        }
        continue;
      }
      const entries = source.archive?.(path);
      if (entries) {
        // An archive ADD unpacks into the destination directory, as `tar -x -C dest` would.
        mkdirAll(fs, target, seconds);
        for (const [p, f] of Object.entries(layerFilesOf(entries))) {
          const to = `${target === '/' ? '' : target}${p}`;
          mkdirAll(fs, parentOf(to), seconds);
          fs.write(to, f);
        }
        continue;
      }
      const intoDir = destDir || found.length > 1 || sources.length > 1 || fs.lookup(target)?.kind === 'dir';
      const to = intoDir ? `${target === '/' ? '' : target}/${path.slice(path.lastIndexOf('/') + 1)}` : target;
      if (intoDir) mkdirAll(fs, target, seconds);
      copyTree(source, fs, path, to, mode, seconds);
    }
  }
  return fs.diff();
}

/** mkdir -p for WORKDIR (llb.Mkdir with parents). */
export function mkdirStep(view: MergedView, path: string, seconds: number): StepDiff {
  const fs = new OverlayFs(view);
  mkdirAll(fs, path, seconds);
  return fs.diff();
}
