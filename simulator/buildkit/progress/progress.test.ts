// The two progress displays of buildctl 0.10.4 (util/progress/progressui/printer.go and
// display.go) over a hand-made trace: exact lines and escape sequences.

import { describe, expect, it } from 'vitest';
import { formatBytes } from './bytes';
import { plainProgress } from './plain';
import { Trace } from './trace';
import { ttyProgress } from './tty';

function sample(): Trace {
  const t = new Trace(1_000_000);
  const def = t.start('[internal] load build definition from Dockerfile');
  t.advance(12);
  t.status(def, 'transferring dockerfile: 129B', 6);
  t.done(def);
  const from = t.start('[1/2] FROM docker.io/library/alpine:latest@sha256:abc');
  t.status(from, 'sha256:abc', 300, 0, 3_370_000);
  t.done(from);
  const run = t.start('[2/2] RUN echo hi');
  run.logs.push({ atMs: t.nowMs + 153, text: 'hi\nthere\n' });
  t.advance(210);
  t.done(run);
  const cached = t.start('[3/3] RUN true');
  t.advance(1);
  t.done(cached, true);
  return t;
}

describe('formatBytes (units.Bytes %.2f)', () => {
  it('prints whole bytes below 1 kB and two decimals above', () => {
    expect([0, 999, 1000, 1234, 3_370_000, 14_860_000_000].map(formatBytes)).toEqual(['0B', '999B', '1.00kB', '1.23kB', '3.37MB', '14.86GB']);
  });
});

describe('plain progress', () => {
  it('prints each vertex, its statuses and logs, and how it ended', () => {
    expect(plainProgress(sample()).map((c) => c.text).join('')).toBe(
      [
        '#1 [internal] load build definition from Dockerfile',
        '#1 transferring dockerfile: 129B done',
        '#1 DONE 0.0s',
        '',
        '#2 [1/2] FROM docker.io/library/alpine:latest@sha256:abc',
        '#2 sha256:abc 0B / 3.37MB',
        '#2 sha256:abc 3.37MB / 3.37MB 0.3s done',
        '#2 DONE 0.3s',
        '',
        '#3 [2/2] RUN echo hi',
        '#3 0.153 hi',
        '#3 0.153 there',
        '#3 DONE 0.2s',
        '',
        '#4 [3/3] RUN true',
        '#4 CACHED',
        '',
      ].join('\n'),
    );
  });

  it('stamps each line with the moment it is printed', () => {
    const times = plainProgress(sample()).map((c) => c.atMs - 1_000_000);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[times.length - 1]).toBe(529);
  });

  it('after a failure, repeats the failed step\'s last logs between rules', () => {
    const t = new Trace(0);
    const v = t.start('[2/2] RUN echo start && false');
    v.logs.push({ atMs: 120, text: 'start\n' });
    t.advance(150);
    t.fail(v, 'process "/bin/sh -c echo start && false" did not complete successfully: exit code: 1');
    expect(plainProgress(t).map((c) => c.text).join('')).toBe(
      [
        '#1 [2/2] RUN echo start && false',
        '#1 0.120 start',
        '#1 ERROR: process "/bin/sh -c echo start && false" did not complete successfully: exit code: 1',
        '------',
        ' > [2/2] RUN echo start && false:',
        '#1 0.120 start',
        '------',
        '',
      ].join('\n'),
    );
  });
});

describe('tty progress', () => {
  /** A job line as display.print aligns it: name left, the timer right, width-1 columns. */
  const job = (name: string, seconds: string) => `${` => ${name}`.padEnd(80 - 6 - 1)} ${` ${seconds}s`}`;

  it('redraws the header and one line per vertex and status; the last frame says FINISHED in blue lines', () => {
    const frames = ttyProgress(sample(), 80);
    const previous = frames[frames.length - 2]?.text.split('\n').length ?? 0;
    const last = frames[frames.length - 1]?.text ?? '';
    const lines = last.split('\n');
    // Cursor up over the previous frame's job lines and its header, column 0, cursor hidden.
    expect(lines[0]).toBe(`${'\x1b[1A'.repeat(previous - 1)}\x1b[0G\x1b[?25l${'[+] Building 0.5s (4/4) FINISHED'.padEnd(79)} `);
    expect(lines.slice(1, 7)).toEqual([
      `\x1b[34m${job('[internal] load build definition from Dockerfile', '0.0')}`,
      `\x1b[0m\x1b[34m${job('=> transferring dockerfile: 129B', '0.0')}`,
      `\x1b[0m\x1b[34m${job('[1/2] FROM docker.io/library/alpine:latest@sha256:abc', '0.3')}`,
      `\x1b[0m\x1b[34m${job('=> sha256:abc 3.37MB / 3.37MB', '0.3')}`,
      `\x1b[0m\x1b[34m${job('[2/2] RUN echo hi', '0.2')}`,
      `\x1b[0m\x1b[34m${job('CACHED [3/3] RUN true', '0.0')}`,
    ]);
    expect(lines[7]).toBe('\x1b[0m\x1b[?25h');
  });

  it('draws the first frame below the cursor, with what has started so far and no FINISHED', () => {
    const first = ttyProgress(sample(), 80)[0]?.text ?? '';
    expect(first.startsWith(`\x1b[1A\x1b[1B\x1b[0G\x1b[?25l${'[+] Building 0.0s (0/1) '.padEnd(79)} \n`)).toBe(true);
    expect(first).toContain(job('[internal] load build definition from Dockerfile', '0.0'));
  });
});
