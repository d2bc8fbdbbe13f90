// /proc's PID directories as a container's process sees them (oracle 112 holds them to the real node).
import { describe, expect, it } from 'vitest';
import { withProcessDirs } from './proc-pids';
import { testCtx, testFs } from './test-support';

const dir = { kind: 'dir' as const, mode: 0o555 };
const withProc = () => testFs({ '/proc': dir, '/proc/1': dir, '/proc/self': dir, '/proc/sys': dir });

describe('withProcessDirs', () => {
  const ctx = testCtx(['ls', '/proc'], {
    pid: 13,
    fs: withProc(),
    processes: () => [
      { pid: 1, user: 'root', args: ['sleep', '1000'] },
      { pid: 7, user: 'root', args: ['sleep', '300'] },
      { pid: 13, user: 'root', args: ['ls', '/proc'] },
    ],
  });
  const fs = withProcessDirs(ctx, ctx.fs);

  it('lists the kernel entries and a directory per live process, sorted by bytes', () => {
    const names = fs.list('/proc') ?? [];
    expect(names.slice(0, 4)).toEqual(['1', '13', '7', 'acpi']);
    expect(names).toContain('self');
    expect(names).toContain('sys');
    expect(names).toContain('zoneinfo');
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('gives another process its directory, cmdline and one task; a PID no process has is missing', () => {
    expect(fs.lookup('/proc/7')?.kind).toBe('dir');
    expect(fs.lookup('/proc/7/cmdline')?.content).toBe('sleep\u0000300\u0000');
    expect(fs.list('/proc/7/task')).toEqual(['7']);
    expect(fs.list('/proc/self/task')).toEqual(['13']);
    expect(fs.list('/proc/1')).toContain('status');
    expect(fs.list('/proc/1')).toHaveLength(54);
    expect(fs.lookup('/proc/2')).toBeUndefined();
    expect(fs.list('/proc/2')).toBeUndefined();
  });

  it('leaves a container without a proc mount as it is', () => {
    const bare = testCtx(['ls'], { fs: testFs(), processes: () => [{ pid: 1, user: 'root', args: ['ls'] }, { pid: 7, user: 'root', args: ['sleep', '9'] }] });
    const view = withProcessDirs(bare, bare.fs);
    expect(view.lookup('/proc/7')).toBeUndefined();
    expect(view.list('/proc')).toBeUndefined();
    expect(view.list('/')).toEqual(bare.fs.list('/'));
  });
});
