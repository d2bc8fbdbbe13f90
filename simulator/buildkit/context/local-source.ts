// A local source (llb.Local): files of a directory on the node sent to buildkitd by the
// client's file sync session (tonistiigi/fsutil). What arrives is what the vertex's
// `transferring <name>: 61B` counts: the session's protobuf packets — one stat per entry, an
// end-of-stats packet, the data of each file the daemon asked for (only those that changed
// since the last transfer under the same shared key) and a FIN (fsutil receive.go@v0.10.4's
// `size += p.Size()`).

import type { Node } from '../../node';
import * as vfs from '../../host/vfs';
import { isIgnored, type IgnorePattern } from './dockerignore';
import { buildkitState } from '../state';

interface LocalFile {
  /** Path relative to the local's root, without a leading slash. */
  rel: string;
  kind: 'file' | 'dir' | 'symlink';
  /** Bytes (binary string) of a file, target of a symlink. */
  content: string;
  mode: number;
  mtimeMs: number;
}

export interface LocalTransfer {
  files: LocalFile[];
  /** Bytes the transfer's status counts. */
  bytes: number;
}

export interface LocalOptions {
  /** FollowPaths: only these context-relative paths (and what lies below them). */
  followPaths?: readonly string[];
  excludes?: readonly IgnorePattern[];
  /** SharedKeyHint: transfers under one key send only what changed since the last one. */
  sharedKey: string;
  /** Whose records of the last transfers: buildkitd's own unless given (dockerd's builder keeps its own). */
  seen?: Map<string, Map<string, string>>;
}

const MODE_DIR = 0x80000000;
const MODE_SYMLINK = 0x08000000;
const CHUNK = 32 * 1024;

function varintLen(n: number): number {
  if (n <= 0) return n === 0 ? 1 : 10;
  return Math.max(1, Math.ceil((Math.floor(Math.log2(n)) + 1) / 7));
}

const bytesField = (len: number) => (len > 0 ? 1 + varintLen(len) + len : 0);
const varintField = (n: number) => (n !== 0 ? 1 + varintLen(n) : 0);

function statSize(f: LocalFile): number {
  const mode = (f.kind === 'dir' ? MODE_DIR : f.kind === 'symlink' ? MODE_SYMLINK : 0) + (f.mode & 0o7777);
  const size = f.kind === 'dir' ? 0 : f.content.length;
  return (
    bytesField(new TextEncoder().encode(f.rel).length) +
    varintField(mode) +
    varintField(size) +
    varintField(f.mtimeMs * 1e6) +
    (f.kind === 'symlink' ? bytesField(f.content.length) : 0)
  );
}

function matchesFollow(rel: string, follow: readonly string[] | undefined): boolean {
  if (!follow) return true;
  return follow.some((p) => {
    const clean = p.replace(/^\/+/, '').replace(/\/+$/, '');
    return clean === '' || rel === clean || rel.startsWith(`${clean}/`) || clean.startsWith(`${rel}/`);
  });
}

/** The entries under `root` (sorted, as fsutil walks) that the options let through. */
function walkLocal(node: Node, root: string, options: Omit<LocalOptions, 'sharedKey'>): LocalFile[] {
  const files = node.state.host.files;
  const out: LocalFile[] = [];
  const prefix = root === '/' ? '/' : `${root}/`;
  // Followed plain names (the Dockerfile, .dockerignore) are looked up, not searched for.
  const direct = options.followPaths?.every((p) => !/[*?[/]/.test(p));
  const paths = direct
    ? [...new Set(options.followPaths ?? [])].map((p) => `${prefix}${p}`).filter((p) => Object.hasOwn(files, p) && files[p]?.kind !== 'dir').sort()
    : Object.keys(files).filter((p) => p.startsWith(prefix)).sort();
  for (const path of paths) {
    const rel = path.slice(prefix.length);
    if (rel === '' || !matchesFollow(rel, options.followPaths)) continue;
    if (options.excludes && isIgnored(options.excludes, rel)) continue;
    const e = files[path];
    if (!e) continue;
    out.push({ rel, kind: e.kind as LocalFile['kind'], content: e.content ?? '', mode: e.mode, mtimeMs: e.mtimeMs ?? 0 });
  }
  // A followed path keeps only the directories that lead to something sent.
  if (options.followPaths) {
    return out.filter((f) => f.kind !== 'dir' || out.some((o) => o.rel.startsWith(`${f.rel}/`)) || options.followPaths?.some((p) => p.replace(/^\/+/, '') === f.rel));
  }
  return out;
}

/** Transfers `root` as a local source: the files and the byte count the progress shows. */
export function transferLocal(node: Node, root: string, options: LocalOptions): LocalTransfer {
  const files = vfs.exists(node.state.host.files, root) ? walkLocal(node, root, options) : [];
  const seen = options.seen ?? buildkitState(node).localStats;
  const previous = seen.get(options.sharedKey) ?? new Map<string, string>();
  const next = new Map<string, string>();
  let bytes = 0;
  for (const [fileId, f] of files.entries()) {
    const s = statSize(f);
    bytes += 1 + varintLen(s) + s;
    const stamp = `${f.kind}:${f.content.length}:${f.mtimeMs}`;
    next.set(f.rel, stamp);
    if (f.kind !== 'file') continue;
    if (previous.get(f.rel) === stamp) continue;
    const idField = varintField(fileId);
    for (let at = 0; at < f.content.length; at += CHUNK) bytes += 2 + idField + bytesField(Math.min(CHUNK, f.content.length - at));
    bytes += 2 + idField;
  }
  bytes += 2; // FIN
  seen.set(options.sharedKey, next);
  return { files, bytes };
}
