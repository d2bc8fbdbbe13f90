// The shell's limits speak plainly: each one's message and exit code, what a stopped line's
// output becomes, and the rewrite of while/until loops that keeps their output (checked to
// behave as bash 5.2 does).

import { describe, expect, it } from 'vitest';
import { createSession } from '../index';
import { ZERO_HEAD_CAP } from './commands/gnu-messages';
import { BRACE_RANGE_CAP, COMMAND_CAP, STRING_CAP, plainWords, stoppedMessage } from './limits';
import { ZERO_READ_BYTES, ZERO_READ_NOTE } from './node-file-system';

const STOPPED = stoppedMessage(COMMAND_CAP, 'commands');

function fresh() {
  return createSession({ seed: 3, frozenClock: true });
}

describe('the library words limits in our words', () => {
  it.each([
    ['bash: too many commands executed (>100000), increase executionLimits.maxCommandCount\n', stoppedMessage(100000, 'commands'), true],
    ['bash: while loop: too many iterations (5), increase executionLimits.maxLoopIterations\n', stoppedMessage(5, 'loop iterations'), true],
    ['bash: f: maximum recursion depth (100) exceeded, increase executionLimits.maxCallDepth\n', 'bash: f: maximum function nesting level exceeded (100)\n', false],
    [
      "bash: xan: command not available in browser environments. Exclude 'xan' from your commands or use the Node.js bundle.\n",
      'bash: xan: command not found\n',
      false,
    ],
    ['awk: awk: while loop exceeded maximum iterations (9)\n', 'awk: stopped after 9 loop iterations — a real awk would keep going; on a real node press Ctrl-C to stop it\n', false],
    ['bash: seq: iteration limit exceeded (9)\n', 'seq: more than 9 numbers is not simulated here (a real seq prints them all)\n', false],
    ['bash: format width limit exceeded (64 bytes)\n', 'bash: format width capped at 64 bytes here (a real node has no such limit)\n', false],
    ['source: maximum nesting depth (100) exceeded, increase executionLimits.maxSourceDepth\n', 'source: maximum nesting depth (100) exceeded\n', false],
    ['plain text\n', 'plain text\n', false],
  ])('%j', (library, ours, stopped) => {
    expect(plainWords(library)).toEqual({ text: ours, stopped });
  });
});

describe('a line that meets a limit', () => {
  it('stops after the command cap as if Ctrl-C ended it, its output kept', async () => {
    const s = fresh();
    const r = await s.run('while true; do echo x; done');
    expect(r.stderr).toBe(STOPPED);
    expect(r.exitCode).toBe(130);
    const lines = r.stdout.split('\n');
    expect(lines.length).toBeGreaterThan(COMMAND_CAP / 4);
    expect(new Set(lines)).toEqual(new Set(['x', '']));
    expect((await s.run('echo $?')).stdout).toBe('130\n');
  }, 60_000);

  it("gives a stopped pipeline's reader what the writer wrote", async () => {
    const s = fresh();
    const counted = await s.run('for i in $(seq 1 99999); do echo $i; done | wc -l');
    expect(counted.stdout).toMatch(/^\d+\n$/);
    expect(Number(counted.stdout)).toBeGreaterThan(COMMAND_CAP / 4);
    expect(Number(counted.stdout)).toBeLessThan(99999);
    expect({ stderr: counted.stderr, exitCode: counted.exitCode }).toEqual({ stderr: STOPPED, exitCode: 130 });
    // head would have closed the pipe long before: SIGPIPE, not the cap (early-reader.ts).
    expect(await s.run('while true; do echo x; done | head -2')).toEqual({ stdout: 'x\nx\n', stderr: '', exitCode: 0 });
  }, 60_000);

  it('says when a brace range is capped', async () => {
    const s = fresh();
    const note = `ctrlab: brace expansion {1..20000} capped at ${BRACE_RANGE_CAP} words here (a real shell makes all 20000)\n`;
    expect(await s.run('echo {1..20000} | wc -w')).toEqual({ stdout: `${BRACE_RANGE_CAP}\n`, stderr: note, exitCode: 0 });
    expect(await s.run("echo {1..3} '{1..20000}'")).toEqual({ stdout: '1 2 3 {1..20000}\n', stderr: '', exitCode: 0 });
  });

  it('reads /dev/zero as far as head asks, and says when a read is cut short', async () => {
    const s = fresh();
    expect(await s.run('head -c 100000 /dev/zero | wc -c')).toEqual({ stdout: '100000\n', stderr: '', exitCode: 0 });
    expect(await s.run('head -c 1M /dev/zero | wc -c')).toEqual({ stdout: '1048576\n', stderr: '', exitCode: 0 });
    expect(await s.run('cat /dev/zero | wc -c')).toEqual({ stdout: `${ZERO_READ_BYTES}\n`, stderr: ZERO_READ_NOTE, exitCode: 0 });
    const big = await s.run('head -c 5M /dev/zero | wc -c');
    expect(big).toEqual({
      stdout: `${ZERO_HEAD_CAP}\n`,
      stderr: `ctrlab: head -c of /dev/zero capped at ${ZERO_HEAD_CAP} bytes here (a real head gives all 5242880)\n`,
      exitCode: 0,
    });
  });

  it('sleeps as long as asked on the node clock; forever only until Ctrl-C or a deadline', async () => {
    const s = fresh();
    const before = Number((await s.run('date +%s')).stdout);
    await s.run('sleep 7200');
    expect(Number((await s.run('date +%s')).stdout) - before).toBe(7200);
    const forever = await s.run('sleep infinity');
    expect(forever.exitCode).toBe(130);
    expect(forever.stderr).toMatch(/^ctrlab: this sleep never ends on a real node; .*\n$/);
    expect((await s.run('timeout 2 sleep infinity; echo $?')).stdout).toBe('124\n');
    expect(await s.run('sleep 1x')).toEqual({ stdout: '', stderr: "sleep: invalid time interval ‘1x’\nTry 'sleep --help' for more information.\n", exitCode: 1 });
  });

  it('words the other caps plainly', async () => {
    const s = fresh();
    expect((await s.run('f() { f; }; f')).stderr).toBe('bash: f: maximum function nesting level exceeded (100)\n');
    expect((await s.run("awk 'BEGIN { while (1) i++ }'")).stderr).toBe(
      'awk: stopped after 1000000 loop iterations — a real awk would keep going; on a real node press Ctrl-C to stop it\n',
    );
    expect((await s.run('seq 1 2000000 | wc -l')).stderr).toBe('seq: more than 1000000 numbers is not simulated here (a real seq prints them all)\n');
    // 60 MB through printf blocked for 11 s before the cap; now it stops at once and says so.
    expect((await s.run("printf '%*s' 60000000 x | wc -c")).stderr).toBe(
      `bash: format width capped at ${STRING_CAP} bytes here (a real node has no such limit)\n`,
    );
  }, 30_000);
});

/**
 * A while or until loop runs as an equivalent C-style for loop (limits.ts). Expected output
 * recorded with bash 5.2.15 on bookworm: `bash --norc -c "$line"` in /tmp, stdout and stderr.
 * (One known difference is left out: `$?` at the start of an until loop's body is 0 here, the
 * failed condition's status there.)
 */
const LOOPS: ReadonlyArray<[string, string]> = [
  ["i=0; while [ $i -lt 3 ]; do i=$((i+1)); echo $i; done; echo \"st=$?\"", "1\n2\n3\nst=0\n"],
  ["i=0; while [ $i -lt 2 ]; do i=$((i+1)); false; done; echo \"st=$?\"", "st=1\n"],
  ["while false; do :; done; echo \"st=$?\"", "st=0\n"],
  ["i=0; until [ $i -ge 3 ]; do i=$((i+1)); done; echo \"$i st=$?\"", "3 st=0\n"],
  ["i=0; while true; do i=$((i+1)); [ $i -gt 3 ] && break; continue; echo no; done; echo $i", "4\n"],
  ["for j in 1 2; do i=0; while true; do i=$((i+1)); [ $i -ge 2 ] && continue 2; done; done; echo done $j", "done 2\n"],
  ["set -e; i=0; while [ $i -lt 2 ]; do i=$((i+1)); done; echo ok", "ok\n"],
  ["printf 'a\\nb\\n' | while read l; do echo \"<$l>\"; done", "<a>\n<b>\n"],
  ["while read l; do echo \"<$l>\"; done <<< \"x\"", "<x>\n"],
  ["{ while read l; do echo \"[$l]\"; done; } <<< \"y\"", "[y]\n"],
  ["printf '1\\n2\\n' | { while read l; do echo \"[$l]\"; done; }", "[1]\n[2]\n"],
  ["i=0; while ((i<3)); do ((i++)); done; echo $i", "3\n"],
  ["i=0; while i=$((i+1)); [ $i -lt 3 ]; do echo $i; done", "1\n2\n"],
  ["f() { while true; do return 3; done; }; f; echo $?", "3\n"],
  ["x=$(i=0; while [ $i -lt 2 ]; do echo $i; i=$((i+1)); done); echo \"$x\"", "0\n1\n"],
  ["while true; do break; done; echo $?", "0\n"],
  ["until false; do break; done; echo u=$?", "u=0\n"],
  ["while echo c; false; do echo body; done; echo $?", "c\n0\n"],
  ["i=0; while [ $i -lt 2 ] && echo cond; do i=$((i+1)); done", "cond\ncond\n"],
  ["i=0; while [ $i -lt 2 ]; do i=$((i+1)); done | cat; echo p=$?", "p=0\n"],
  ["i=0; while :; do i=$((i+1)); if [ $i -eq 2 ]; then break; fi; done; echo $i", "2\n"],
  ["set -e; while false; do :; done; echo after-e", "after-e\n"],
  ["i=0; while [ $i -lt 1 ]; do echo \"in:$?\"; i=1; done", "in:0\n"],
  ["i=0; while [ $i -lt 3 ]; do i=$((i+1)); [ $i -eq 2 ] && continue; echo $i; done", "1\n3\n"],
  ["n=0; while :; do n=$((n+1)); while :; do break 2; done; done; echo n=$n", "n=1\n"],
  ["i=0; while ! [ $i -ge 2 ]; do i=$((i+1)); done; echo $i", "2\n"],
  ["i=0; while echo a; [ $i -lt 1 ]; do i=1; done", "a\na\n"],
  ["i=0; while [ $i -lt 2 ] || false; do i=$((i+1)); done; echo $i", "2\n"],
  ["i=0; while false || [ $i -lt 2 ]; do i=$((i+1)); echo $?; done", "0\n0\n"],
];

describe('while and until loops behave as bash runs them', () => {
  it.each(LOOPS)('%s', async (line, expected) => {
    const s = fresh();
    await s.run('cd /tmp');
    const r = await s.run(line);
    expect(`${r.stdout}${r.stderr}`).toBe(expected);
  });
});
