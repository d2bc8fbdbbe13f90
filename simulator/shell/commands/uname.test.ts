// uname as GNU coreutils 9.1 answers on a bookworm node (texts checked against uname 9.1 here;
// the kernel is the conformance node's, 6.1.0-28-amd64).

import { describe, expect, it } from 'vitest';
import { createSession } from '../session';

const ALL = 'Linux node1 6.1.0-28-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.119-1 (2024-11-22) x86_64 GNU/Linux\n';
const TRY = "Try 'uname --help' for more information.\n";

describe('uname', () => {
  it.each([
    ['uname', 'Linux\n', '', 0],
    ['uname -a', ALL, '', 0],
    ['uname -a -p', ALL, '', 0],
    ['uname -r', '6.1.0-28-amd64\n', '', 0],
    ['uname -nm', 'node1 x86_64\n', '', 0],
    ['uname -p -i -o', 'unknown unknown GNU/Linux\n', '', 0],
    ['uname --kernel-n --', 'Linux\n', '', 0],
    ['uname -z', '', `uname: invalid option -- 'z'\n${TRY}`, 1],
    ['uname x', '', `uname: extra operand ‘x’\n${TRY}`, 1],
    ['uname --ker', '', `uname: option '--ker' is ambiguous; possibilities: '--kernel-name' '--kernel-release' '--kernel-version'\n${TRY}`, 1],
    ['uname --all=x', '', `uname: option '--all' doesn't allow an argument\n${TRY}`, 1],
  ])('%s', async (line, stdout, stderr, exitCode) => {
    const s = createSession({ seed: 7, now: () => Date.UTC(2026, 11, 4) });
    expect(await s.run(line)).toEqual({ stdout, stderr, exitCode });
  });

  it('follows the hostname', async () => {
    const s = createSession({ seed: 7, now: () => Date.UTC(2026, 11, 4) });
    expect((await s.run('hostname node2; uname -n')).stdout).toBe('node2\n');
  });
});
