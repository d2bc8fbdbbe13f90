import { describe, expect, it } from 'vitest';
import type { CommandIO } from './spec';
import { logTo, logrusLine, rfc3339Seconds } from './logrus';

const at = Date.UTC(2026, 10, 28, 5, 16, 11, 734);

describe('logrusLine', () => {
  it('prints key=value pairs with an RFC 3339 time when not on a terminal', () => {
    expect(
      logrusLine('error', 'unable to delete s1', { error: 'task must be stopped before deletion: running: failed precondition' }, { tty: false, nowMs: at }),
    ).toBe(
      'time="2026-11-28T05:16:11Z" level=error msg="unable to delete s1" error="task must be stopped before deletion: running: failed precondition"\n',
    );
  });

  it('quotes only values outside logrus’s safe set', () => {
    expect(logrusLine('warning', 'plain', { id: 'sha256:abc' }, { tty: false, nowMs: at })).toBe(
      'time="2026-11-28T05:16:11Z" level=warning msg=plain id="sha256:abc"\n',
    );
    expect(logrusLine('info', 'a/b-c.d_e@f^g+h', {}, { tty: false, nowMs: at })).toContain('msg=a/b-c.d_e@f^g+h');
    expect(logrusLine('info', 'say "hi"', {}, { tty: false, nowMs: at })).toContain('msg="say \\"hi\\""');
  });

  it('prints the coloured, padded form on a terminal', () => {
    const line = logrusLine('error', 'unable to delete s1', { error: 'boom now' }, { tty: true, nowMs: at });
    expect(line).toBe(`\x1b[31mERRO\x1b[0m[0000] ${'unable to delete s1'.padEnd(44)}  \x1b[31merror\x1b[0m="boom now"\n`);
    expect(logrusLine('warning', 'x', {}, { tty: true, nowMs: at })).toMatch(/^\x1b\[33mWARN\x1b\[0m\[0000\] x {44}\n$/);
  });

  it('sorts fields by key', () => {
    expect(logrusLine('info', 'm', { b: '2', a: '1' }, { tty: false, nowMs: at })).toMatch(/ a=1 b=2\n$/);
  });
});

describe('logTo', () => {
  it('writes to stderr in the form the invocation’s terminal calls for', () => {
    let err = '';
    const io = { stderr: (c: string) => (err += c), isTTY: false } as unknown as CommandIO;
    logTo(io, at, 'warning', 'docker.io/library/busybox:1.36: image not found');
    expect(err).toBe('time="2026-11-28T05:16:11Z" level=warning msg="docker.io/library/busybox:1.36: image not found"\n');
  });
});

describe('rfc3339Seconds', () => {
  it('truncates to whole seconds in UTC', () => expect(rfc3339Seconds(at)).toBe('2026-11-28T05:16:11Z'));
});
