// A CRI container's log file as `cat` sees it while time passes: one line per line printed, at
// its moment (containerd 1.6.20 pkg/cri/io/logger.go, container_start.go:215-250 — stdout and
// stderr into one file, only stdout with a tty), the file made 0640 at start
// (helpers_linux.go:155), and ReopenContainerLog after the file was moved away
// (container_log_reopen.go:30-55).

import { describe, expect, it } from 'vitest';
import { openContainerLog } from './container-logger';
import { logNode } from '../streaming/test-support';

const LINE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z (stdout|stderr) [FP] /;
const bodies = (text: string) => text.split('\n').filter(Boolean).map((l) => l.replace(LINE, '$2 '));

describe('container log files', () => {
  it('grows as a loop prints, one line a second, whenever the file is read', async () => {
    const { s, start } = await logNode();
    const c = await start('loop', ['sh', '-c', 'while true; do echo tick; sleep 1; done']);
    expect(bodies((await s.run(`cat ${c.logPath}`)).stdout)).toEqual(['stdout tick']);
    await s.run('sleep 3');
    const text = (await s.run(`cat ${c.logPath}`)).stdout;
    expect(bodies(text)).toEqual(['stdout tick', 'stdout tick', 'stdout tick', 'stdout tick']);
    for (const line of text.split('\n').filter(Boolean)) expect(line).toMatch(LINE);
    // Whole seconds apart, as the loop printed them.
    const secs = text.split('\n').filter(Boolean).map((l) => Date.parse(l.split(' ')[0] as string) / 1000);
    expect(secs.slice(1).map((t, i) => Math.round(t - (secs[i] as number)))).toEqual([1, 1, 1]);
  });

  it('holds stdout and stderr in the order printed, and the last unfinished line as P at exit', async () => {
    const { s, start } = await logNode();
    const c = await start('mixed', ['sh', '-c', 'echo hello; echo oops >&2; sleep 2; printf bye']);
    expect(bodies((await s.run(`cat ${c.logPath}`)).stdout)).toEqual(['stdout hello', 'stderr oops']);
    await s.run('sleep 3');
    const text = (await s.run(`cat ${c.logPath}`)).stdout;
    expect(text.split('\n').filter(Boolean).map((l) => l.split(' ').slice(1).join(' '))).toEqual(['stdout F hello', 'stderr F oops', 'stdout P bye']);
    // Every line's time is later than the one before, to the nanosecond, as time.Now() per line.
    // RFC3339Nano trims trailing zeros: compare with nine fraction digits.
    const fixed = (t: string) => t.replace(/(?:\.(\d+))?Z$/, (_m, f: string | undefined) => `.${(f ?? '').padEnd(9, '0')}Z`);
    const stamps = text.split('\n').filter(Boolean).map((l) => fixed(l.split(' ')[0] as string));
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
    expect((await s.run(`stat -c %a ${c.logPath}`)).stdout).toBe('640\n');
  });

  it('logs only stdout with a terminal, with the pty CRLF gone', async () => {
    const { s, start } = await logNode();
    const c = await start('tty', ['sh', '-c', 'echo out; echo err >&2'], { tty: true });
    await s.run('sleep 1');
    expect(bodies((await s.run(`cat ${c.logPath}`)).stdout)).toEqual(['stdout out', 'stdout err']);
  });

  it('refuses a log path whose directory is missing, as openLogFile does', async () => {
    const { ctx } = await logNode();
    expect(() => openContainerLog(ctx, '/nodir/c.log')).toThrow('failed to create and open log file: open /nodir/c.log: no such file or directory');
    expect(() => openContainerLog(ctx, '/tmp')).toThrow('failed to create and open log file: open /tmp: is a directory');
  });

  it('after the file is moved away, writes nothing to the path until ReopenContainerLog makes it again', async () => {
    const { s, rt, start } = await logNode();
    const c = await start('rotated', ['sh', '-c', 'while true; do echo tick; sleep 1; done']);
    await s.run('sleep 1');
    await s.run(`mv ${c.logPath} ${c.logPath}.1`);
    await s.run('sleep 2');
    expect((await s.run(`cat ${c.logPath}`)).exitCode).toBe(1);
    await rt.reopenContainerLog({ containerId: c.id });
    await s.run('sleep 2');
    expect(bodies((await s.run(`cat ${c.logPath}`)).stdout)).toEqual(['stdout tick', 'stdout tick']);
  });
});
