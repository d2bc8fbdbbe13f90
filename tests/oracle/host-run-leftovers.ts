// What the oracles' real daemons leave in the host's /run although each keeps its own state in
// a temporary directory: ctr puts its FIFOs in /run/containerd/fifo/<n> whatever the daemon's
// state (cio's default, no flag for run/start lines without --fifo-dir; a line killed at its
// time limit leaves them), runc its state root /run/containerd/runc/<namespace>, shims their
// sockets' directory /run/containerd/s, dockerd its plugin directory /run/docker/plugins, and the
// runc-cli oracle's `runc list` without --root makes runc's default root /run/runc.
// Several oracle files share those directories at once, so no single run may clean them: this
// is vitest's global setup, which notes what is there before any test and removes what is new
// once every test has ended, leaving the machine as it was.

import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The host directories the real daemons write into outside their private ones. */
export const WATCHED_ROOTS = ['/run/containerd', '/run/docker', '/run/runc'];

/** Every path under `roots` to `depth` levels (the roots themselves included when present). */
export function pathsUnder(roots: readonly string[], depth = 2): Set<string> {
  const seen = new Set<string>();
  const walk = (path: string, level: number) => {
    seen.add(path);
    if (level >= depth) return;
    let entries: string[] = [];
    try {
      if (!statSync(path).isDirectory()) return;
      entries = readdirSync(path);
    } catch {
      return;
    }
    for (const name of entries) walk(join(path, name), level + 1);
  };
  for (const root of roots) if (existsSync(root)) walk(root, 0);
  return seen;
}

/** Removes each path now under `roots` that `before` did not hold (a new directory with all in it). */
export function removeNewPaths(roots: readonly string[], before: ReadonlySet<string>, depth = 2): string[] {
  const removed: string[] = [];
  // Shallowest first: a new directory goes whole, and what was inside it is not visited again.
  const now = [...pathsUnder(roots, depth)].sort((a, b) => a.split('/').length - b.split('/').length);
  for (const path of now) {
    if (before.has(path) || removed.some((r) => path.startsWith(`${r}/`))) continue;
    try {
      rmSync(path, { recursive: true, force: true });
      removed.push(path);
    } catch {
      // Not ours to remove (no permission): left as it is.
    }
  }
  return removed;
}

/** Programs whose presence means another run still uses those directories. */
const USERS = new Set(['containerd', 'ctr', 'dockerd', 'docker', 'runc', 'containerd-shim', 'containerd-shim-runc-v2']);

/** The running processes' names (from /proc/<pid>/comm, cut to 15 characters by the kernel). */
function runningNames(): string[] {
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return [];
  }
  return pids.flatMap((pid) => {
    try {
      return [readFileSync(`/proc/${pid}/comm`, 'utf8').trim()];
    } catch {
      return [];
    }
  });
}

/**
 * vitest globalSetup: the snapshot now, the clean-up as its teardown — skipped while any daemon
 * or client still runs (another test run, or a script by hand, would lose its FIFOs mid-line).
 */
export default function setup(): () => void {
  const before = pathsUnder(WATCHED_ROOTS);
  return () => {
    if (runningNames().some((name) => USERS.has(name) || name.startsWith('containerd-shim'))) return;
    removeNewPaths(WATCHED_ROOTS, before);
  };
}
