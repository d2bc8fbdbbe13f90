// Test fixtures for programs: a small busybox-like root and a ProgramContext builder.

import { resolveExecutable, runResolved } from './launch';
import { findProgram } from './registry';
import type { ContainerFile, ContainerFs, ProgramContext } from './program';

/** A busybox-like root: /bin/busybox with applet links, /etc files, /root empty. */
export function testFs(extra: Record<string, ContainerFile> = {}): ContainerFs {
  const files: Record<string, ContainerFile> = {
    '/': { kind: 'dir', mode: 0o755 },
    '/bin': { kind: 'dir', mode: 0o755 },
    '/bin/busybox': { kind: 'file', mode: 0o755, size: 1000 },
    '/etc': { kind: 'dir', mode: 0o755 },
    '/etc/os-release': { kind: 'file', mode: 0o644, content: 'NAME="Alpine Linux"\n' },
    '/etc/passwd': { kind: 'file', mode: 0o644, content: 'root:x:0:0:root:/root:/bin/sh\n' },
    '/root': { kind: 'dir', mode: 0o700 },
    '/tmp': { kind: 'dir', mode: 0o1777 },
    ...extra,
  };
  for (const applet of ['sh', 'ls', 'cat', 'echo', 'sleep', 'env', 'hostname', 'id', 'ps', 'top', 'true', 'false', 'wget', 'head', 'tail', 'tr']) {
    files[`/bin/${applet}`] = { kind: 'symlink', content: 'busybox', mode: 0o777 };
  }
  return {
    lookup: (path) => files[path],
    list: (path) => {
      if (files[path]?.kind !== 'dir') return undefined;
      const prefix = path === '/' ? '/' : `${path}/`;
      return Object.keys(files)
        .filter((p) => p !== '/' && p.startsWith(prefix) && !p.slice(prefix.length).includes('/'))
        .map((p) => p.slice(prefix.length))
        .sort();
    },
  };
}

/** testFs with these applets linked to busybox, keeping what programs write and remove as a container's layer does. */
export function writableFs(applets: readonly string[], extra: Record<string, ContainerFile> = {}): ContainerFs {
  const files = new Map<string, ContainerFile | null>();
  const link = { kind: 'symlink', content: 'busybox', mode: 0o777 } as const;
  const base = testFs({ ...Object.fromEntries(applets.map((a) => [`/bin/${a}`, link])), ...extra });
  return {
    ...base,
    lookup: (p) => (files.has(p) ? (files.get(p) ?? undefined) : base.lookup(p)),
    write: (p, f) => (files.set(p, f), true),
    remove: (p) => (files.set(p, null), true),
  };
}

export function testCtx(argv: string[], over: Partial<ProgramContext> = {}): ProgramContext {
  return {
    argv,
    env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'HOME=/root'],
    cwd: '/',
    hostname: 'node1',
    terminal: false,
    stdin: undefined,
    fs: testFs(),
    pid: 1,
    processes: () => [{ pid: 1, user: 'root', args: argv }],
    http: () => ({ failure: 'refused' }),
    nowMs: Date.UTC(2026, 10, 28, 5, 0, 0),
    columns: 80,
    findProgram,
    ...over,
  };
}

/** Starts argv the way runc would, and returns stdout, stderr and the plan. */
export function start(argv: string[], over: Partial<ProgramContext> = {}) {
  const ctx = testCtx(argv, over);
  const r = resolveExecutable(ctx, argv[0] ?? '');
  if (r.kind !== 'found') throw new Error(`not found: ${r.kind}`);
  const run = runResolved(ctx, r.program, r);
  return {
    stdout: run.out.filter((c) => c.stream === 'stdout').map((c) => c.text).join(''),
    stderr: run.out.filter((c) => c.stream === 'stderr').map((c) => c.text).join(''),
    run,
  };
}

