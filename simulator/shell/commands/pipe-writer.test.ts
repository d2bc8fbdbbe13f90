// A node program writing into `| head`: once head has what it takes, the program's next line
// kills it with SIGPIPE — nothing more on stdout or stderr, status 141 in PIPESTATUS, the
// line's status head's. Checked on a real containerd 1.6.20 node (bash 5.2, coreutils 9.1):
//   ctr i ls --bogus | head -1; echo "${PIPESTATUS[@]}"  →  Incorrect Usage: … / 141 0
import { describe, expect, it } from 'vitest';
import { captureIO } from '../../cli/test-support';
import { createSession } from '../session';
import { withSigpipe } from './pipe-writer';

function session() {
  return createSession({ seed: 7, now: () => Date.UTC(2026, 11, 4) });
}

describe('SIGPIPE for a program writing into head', () => {
  it('ctr dies quietly after head has its lines; PIPESTATUS says 141', { timeout: 30_000 }, async () => {
    const s = session();
    const r = await s.run('ctr i ls --bogus | head -1; echo "${PIPESTATUS[@]}"');
    expect(r).toEqual({ stdout: 'Incorrect Usage: flag provided but not defined: -bogus\n141 0\n', stderr: '', exitCode: 0 });
  });

  it('a writer whose output head takes whole lives, and so does one that prints to a file', { timeout: 30_000 }, async () => {
    const s = session();
    expect((await s.run('ctr i ls --bogus | head -50 >/dev/null; echo "${PIPESTATUS[@]}"')).stdout).toBe('1 0\n');
    expect((await s.run('ctr i ls --bogus 2>/dev/null | head -1 >/dev/null; echo "${PIPESTATUS[@]}"')).stdout).toBe('1 0\n');
    expect((await s.run('ctr version | head -1; echo "${PIPESTATUS[@]}"')).stdout).toBe('Client:\n141 0\n');
  });

  it("the commands of a $(…) among the writer's words are not the writer", { timeout: 30_000 }, async () => {
    const s = session();
    await s.run('ctr ns create n1 && ctr ns create n2');
    expect((await s.run('echo $(ctr ns ls -q | tail -1) x | head -c 4')).stdout).toBe('n2 x');
    const named = await s.run('ctr -n "$(ctr ns ls | awk \'$1=="n2"{print $1}\')" c ls | head -1; echo "${PIPESTATUS[@]}"');
    expect(named).toEqual({ stdout: 'CONTAINER    IMAGE    RUNTIME    \n0 0\n', stderr: '', exitCode: 0 });
    expect((await s.run('echo $(ctr ns ls | head -1 | wc -l) | head -1')).stdout).toBe('1\n');
  });

  it('cuts at the taken lines or bytes, and not before', () => {
    const run = (unit: 'lines' | 'bytes', count: number, writes: string[]) => {
      const cap = captureIO({});
      const inv = withSigpipe({ io: cap.io, result: (exitCode: number) => ({ stdout: cap.out(), stderr: cap.err(), exitCode }) }, { unit, count });
      for (const w of writes) inv.io.stdout(w);
      inv.io.stderr('late\n');
      return inv.result(0);
    };
    expect(run('lines', 2, ['a\nb\n'])).toEqual({ stdout: 'a\nb\n', stderr: 'late\n', exitCode: 0 });
    expect(run('lines', 2, ['a\nb\nc\n'])).toEqual({ stdout: 'a\nb\n', stderr: '', exitCode: 141 });
    expect(run('lines', 0, ['a'])).toEqual({ stdout: '', stderr: '', exitCode: 141 });
    expect(run('bytes', 3, ['ab\n', 'cd\n'])).toEqual({ stdout: 'ab\n', stderr: '', exitCode: 141 });
  });
});
