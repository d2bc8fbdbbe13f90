// GNU timeout on the node's clock; the expected texts and codes were read off coreutils 9.1
// on the development machine (Debian bookworm, a UTF-8 locale).

import { describe, expect, it } from 'vitest';
import { createSession } from '../../index';

const NOW = Date.UTC(2026, 11, 4, 12, 0, 0);

async function run(lines: string[]) {
  const s = createSession({ seed: 3, now: () => NOW });
  const results = [];
  for (const line of lines) results.push(await s.run(line));
  return results;
}

describe('timeout', () => {
  it('stops a command at its deadline on the node clock: 124, and the clock moved by the duration only', async () => {
    const [r, d] = await run(['timeout 1 sleep 5; echo $?', 'date +%s']);
    expect(r?.stdout).toBe('124\n');
    expect(d?.stdout).toBe(`${NOW / 1000 + 1}\n`);
  });

  it('lets a command that ends in time end with its own status', async () => {
    const [r] = await run(['timeout 5 sleep 1; echo $?']);
    expect(r?.stdout).toBe('0\n');
  });

  it('answers bad usage as coreutils does', async () => {
    const rs = await run(['timeout', 'timeout 5', 'timeout abc sleep 1', 'timeout -s FOO 1 sleep 2', 'timeout -x 1 sleep 1', 'timeout 1 nosuchcmd']);
    expect(rs.map((r) => [r.stderr, r.exitCode])).toEqual([
      ["Try 'timeout --help' for more information.\n", 125],
      ["Try 'timeout --help' for more information.\n", 125],
      ["timeout: invalid time interval ‘abc’\nTry 'timeout --help' for more information.\n", 125],
      ["timeout: ‘FOO’: invalid signal\nTry 'timeout --help' for more information.\n", 125],
      ["timeout: invalid option -- 'x'\nTry 'timeout --help' for more information.\n", 125],
      ['timeout: failed to run command ‘nosuchcmd’: No such file or directory\n', 127],
    ]);
  });

  it('reports the signal it sends with -v, and its status with --preserve-status or KILL', async () => {
    const rs = await run(['timeout -v 0.2 sleep 1', 'timeout --preserve-status 0.2 sleep 1', 'timeout -s KILL 0.2 sleep 1']);
    expect(rs.map((r) => [r.stderr, r.exitCode])).toEqual([
      ['timeout: sending signal TERM to command ‘sleep’\n', 124],
      ['', 143],
      ['', 137],
    ]);
  });

  it('bounds ctr events in a transcript: the events published until the deadline, then 124', async () => {
    const [, , r] = await run([
      'ctr i pull docker.io/library/busybox:latest > /dev/null',
      "ctr run -d docker.io/library/busybox:latest c sh -c 'sleep 1; exit 3'",
      'timeout 3 ctr events; echo $?',
    ]);
    const lines = (r?.stdout ?? '').split('\n');
    expect(lines[0]).toMatch(/ default \/tasks\/exit \{"container_id":"c","id":"c","pid":\d+,"exit_status":3,/);
    expect(lines[1]).toBe('124');
  });

  it('sends its signal to ctr, which forwards it to the task and stays attached: 124 once the task has ended', async () => {
    const [, r, left] = await run([
      'ctr i pull docker.io/library/busybox:latest > /dev/null',
      "date +%s; timeout 1 ctr run --rm docker.io/library/busybox:latest d sh -c 'echo a; sleep 5; echo b'; echo $?; date +%s",
      'ctr c ls -q',
    ]);
    // sh as PID 1 ignores TERM, so ctr waits for its end, removes the container and exits 0.
    const [before, ...rest] = (r?.stdout ?? '').split('\n');
    expect(rest).toEqual(['a', 'b', '124', String(Number(before) + 5), '']);
    expect(left?.stdout).toBe('');
  });
});
