// A loop at the top of a line prints each round on the terminal as it ends, as bash does,
// and behaves exactly as before otherwise (cd, variables, break, continue, `$?`).

import { describe, expect, it } from 'vitest';
import { createSession } from './session';
import { streamingLine } from './loop-stream';
import type { Stream } from './session-types';

const NOW = Date.UTC(2026, 11, 4, 9, 0, 0);

function terminal() {
  const session = createSession({ seed: 7, now: () => NOW });
  const chunks: Array<{ chunk: string; stream: Stream }> = [];
  const run = (line: string, realTime = false) =>
    session.run(line, { tty: true, realTime, onOutput: (chunk, stream) => chunks.push({ chunk, stream }) });
  return { session, chunks, run };
}

describe('the loop rewrite', () => {
  it.each([
    ['for i in 1 2; do echo $i; done', true],
    ['while true; do echo x; done', true],
    ['until false; do break; done', true],
    ['for ((i = 0; i < 2; i++)); do echo $i; done', true],
    ['echo a; for i in 1; do echo $i; done; echo b', true],
    ['for i in 1 2; do echo $i; done | wc -l', false],
    ['for i in 1 2; do echo $i; done > /tmp/out', false],
    ['for i in 1 2; do echo $i; done &', false],
    ['echo for while until', false],
    ['x=$(for i in 1 2; do echo $i; done)', false],
  ])('%j streams: %s', (line, streams) => {
    expect(streamingLine(line) !== undefined).toBe(streams);
  });
});

describe('a loop on the terminal', () => {
  it('prints each round when it ends, stdout and stderr in the order they came', async () => {
    const { chunks, run } = terminal();
    const r = await run('for i in 1 2; do echo $i; ls /nope; done; echo end');
    expect(chunks.map((c) => c.chunk)).toEqual([
      '1\n',
      "ls: cannot access '/nope': No such file or directory\n",
      '2\n',
      "ls: cannot access '/nope': No such file or directory\n",
      'end\n',
    ]);
    expect(r.exitCode).toBe(0);
  });

  it('keeps cd, variables, break, continue and $? as they were', async () => {
    const { session, run } = terminal();
    await run('for d in /tmp /etc; do cd $d; X=$d; done');
    const r = await run('for i in 1 2 3 4; do [ $i = 2 ] && continue; echo $i; [ $i = 3 ] && break; done; echo "$X $? $(pwd)"');
    expect(r.stdout).toBe('1\n3\n/etc 0 /etc\n');
    expect(session.prompt()).toBe('root@node1:/etc# ');
    const failed = await run('for i in 1; do false; done');
    expect(failed.exitCode).toBe(1);
  });

  it('shows the rounds before a Ctrl-C, and keeps what they did', async () => {
    const { session, chunks, run } = terminal();
    const line = run('for i in 1 2 3; do touch /tmp/f$i; echo $i; sleep 30; done', true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(chunks.map((c) => c.chunk)).toEqual(['1\n']);
    await session.interrupt('SIGINT');
    expect((await line).exitCode).toBe(130);
    const after = await session.run('ls /tmp');
    expect(after.stdout).toBe('f1\n');
  });

  it('leaves lines off the terminal as they were (a transcript gets the same output)', async () => {
    const session = createSession({ seed: 7, now: () => NOW });
    const r = await session.run('for i in 1 2; do echo $i; ls /nope; done');
    expect(r.stdout).toBe('1\n2\n');
    expect(r.stderr).toBe("ls: cannot access '/nope': No such file or directory\n".repeat(2));
  });
});
