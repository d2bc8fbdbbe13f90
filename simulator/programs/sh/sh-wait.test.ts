import { describe, expect, it } from 'vitest';
import type { ContainerFile, ProgramRun } from '../program';
import { start, testCtx, testFs } from '../test-support';
import { shProgram } from './sh';

/** A container root whose files the test changes between the shell's rounds, as the host would. */
function world(extra: Record<string, ContainerFile> = {}) {
  const files: Record<string, ContainerFile> = {
    '/data': { kind: 'dir', mode: 0o755 },
    '/bin/grep': { kind: 'symlink', content: 'busybox', mode: 0o777 },
    ...extra,
  };
  const base = testFs();
  const fs = {
    ...base,
    lookup: (path: string) => (Object.hasOwn(files, path) ? files[path] : base.lookup(path)),
  };
  return { fs, files };
}

const text = (run: ProgramRun) => run.out.map((c) => c.text).join('');

/** Resumes a waiting shell as the tasks service does at its wake, after a JSON save. */
function wakeUp(argv: string[], run: ProgramRun, fs: ReturnType<typeof world>['fs']): ProgramRun {
  expect(run.wake?.program).toBe('sh');
  const data = JSON.parse(JSON.stringify(run.wake?.data)) as Record<string, unknown>;
  return shProgram.resume?.(testCtx(argv, { fs }), data) as ProgramRun;
}

describe('a shell loop that waits on the world', () => {
  it('stops after two unchanged rounds and goes on once the file it tests appears', () => {
    const { fs, files } = world();
    const argv = ['sh', '-c', 'echo before; while [ ! -e /data/go ]; do sleep 0.1; done; echo after'];
    const first = start(argv, { fs }).run;
    expect(first.exit).toBeUndefined();
    expect(first.out).toEqual([{ stream: 'stdout', text: 'before\n', atMs: 0 }]);
    expect(first.wake?.atMs).toBe(200);
    // Nothing changed: one more round, the next look a round later.
    const second = wakeUp(argv, first, fs);
    expect(second.out).toEqual([]);
    expect(second.exit).toBeUndefined();
    expect(second.wake?.atMs).toBe(300);
    files['/data/go'] = { kind: 'file', mode: 0o644, content: '' };
    const third = wakeUp(argv, second, fs);
    expect(third.out).toEqual([{ stream: 'stdout', text: 'after\n', atMs: 300 }]);
    expect(third.exit).toEqual({ afterMs: 300, code: 0 });
    expect(third.wake).toBeUndefined();
  });

  it('re-tests any condition on the world: grep of a file whose content changes, with output each round', () => {
    const { fs, files } = world({ '/data/state': { kind: 'file', mode: 0o644, content: 'starting\n' } });
    const argv = ['sh', '-c', 'n=3; until grep ready /data/state >/dev/null; do echo waiting; sleep 1; done; echo "ok $n"'];
    const first = start(argv, { fs }).run;
    expect(first.out.map((c) => [c.text, c.atMs])).toEqual([['waiting\n', 0], ['waiting\n', 1000]]);
    expect(first.wake?.atMs).toBe(2000);
    const second = wakeUp(argv, first, fs);
    expect(second.out.map((c) => [c.text, c.atMs])).toEqual([['waiting\n', 2000]]);
    files['/data/state'] = { kind: 'file', mode: 0o644, content: 'ready\n' };
    const third = wakeUp(argv, second, fs);
    expect(text(third)).toBe('ok 3\n');
    expect(third.exit).toEqual({ afterMs: 3000, code: 0 });
  });

  it('resumes inside a group and an if body, then runs what follows them', () => {
    const { fs, files } = world();
    const argv = ['sh', '-c', 'if true; then { while [ ! -e /data/go ]; do sleep 1; done; echo in; }; echo then; fi; echo out'];
    const first = start(argv, { fs }).run;
    expect(first.wake?.atMs).toBe(2000);
    files['/data/go'] = { kind: 'dir', mode: 0o755 };
    const next = wakeUp(argv, first, fs);
    expect(text(next)).toBe('in\nthen\nout\n');
    expect(next.exit).toEqual({ afterMs: 2000, code: 0 });
  });

  it('resumes a waiting loop nested in another loop, which then goes on with its own test', () => {
    const { fs, files } = world();
    const argv = ['sh', '-c', 'i=; while [ "$i" != xx ]; do while [ ! -e /data/go ]; do sleep 1; done; i=${i}x; echo round $i; done'];
    const first = start(argv, { fs }).run;
    expect(first.wake?.atMs).toBe(2000);
    files['/data/go'] = { kind: 'file', mode: 0o644, content: '' };
    const next = wakeUp(argv, first, fs);
    expect(text(next)).toBe('round x\nround xx\n');
    expect(next.exit?.code).toBe(0);
  });

  it('adds up the rounds of a quiet world instead of running them, output included, but runs rounds that write', () => {
    const { fs } = world();
    const argv = ['sh', '-c', 'while [ ! -e /data/go ]; do echo tick; sleep 1; done'];
    const first = start(argv, { fs }).run;
    // Nothing else happens on the node until 4.5 s after the start: the next look is at 5 s.
    const next = shProgram.resume?.(testCtx(argv, { fs }), first.wake?.data ?? {}, 4500) as ProgramRun;
    expect(next.out.map((c) => c.atMs)).toEqual([2000, 3000, 4000]);
    expect(next.wake?.atMs).toBe(5000);
    const appending = ['sh', '-c', 'while [ ! -e /data/go ]; do echo tick >> /tmp/log; sleep 1; done'];
    const writer = start(appending, { fs }).run;
    expect((shProgram.resume?.(testCtx(appending, { fs }), writer.wake?.data ?? {}, 4500) as ProgramRun).wake?.atMs).toBe(3000);
  });

  it('keeps an endless loop that never looks at the world on its cheap repeating plan', () => {
    const run = start(['sh', '-c', 'while true; do echo hi; sleep 1; done']).run;
    expect(run.wake).toBeUndefined();
    expect(run.exit).toBeUndefined();
    expect(run.repeat).toEqual({ fromMs: 1_000_000, everyMs: 1000, round: [{ stream: 'stdout', text: 'hi\n', atMs: 0 }] });
  });

  it('does not stop where it could not be resumed (a loop inside a for), nor in a busy loop without a sleep', () => {
    const { fs } = world();
    expect(start(['sh', '-c', 'for x in 1; do while [ ! -e /data/go ]; do sleep 1; done; done'], { fs }).run.wake).toBeUndefined();
    expect(start(['sh', '-c', 'while [ ! -e /data/go ]; do :; done'], { fs }).run.wake).toBeUndefined();
  });
});
