import { describe, expect, it } from 'vitest';
import { createSession } from '../session';
import { type RecordedRun, itMatchesRecorded } from './recorded-runs';

// Recorded on bookworm, where /bin/sh is dash 0.5.12, under LC_ALL=C.UTF-8.
const RECORDED: readonly RecordedRun[] = [
  ["sh -c nosuch", "", "sh: 1: nosuch: not found\n", 127],
  ["sh -c 'cd /nope'", "", "sh: 1: cd: can't cd to /nope\n", 2],
  ["sh -c 'echo a; nosuch; echo b'", "a\nb\n", "sh: 1: nosuch: not found\n", 0],
  ["sh -c 'nosuch; echo $?'", "127\n", "sh: 1: nosuch: not found\n", 0],
  ["sh -c '/nope/x'", "", "sh: 1: /nope/x: not found\n", 127],
  ["sh -c './nosuch'", "", "sh: 1: ./nosuch: not found\n", 127],
  ["sh -c 'echo a | nosuch'", "", "sh: 1: nosuch: not found\n", 127],
  ["sh -c 'f() { nosuch; }; f'", "", "sh: 1: nosuch: not found\n", 127],
  ["sh -c 'nosuch' myname", "", "myname: 1: nosuch: not found\n", 127],
  ["sh -c 'echo \"a'", "", "sh: 1: Syntax error: Unterminated quoted string\n", 2],
  ["sh -c 'echo ${x'", "", "sh: 1: Syntax error: Missing '}'\n", 2],
  ["sh -c 'for'", "", "sh: 1: Syntax error: Bad for loop variable\n", 2],
  ["sh -c '. /nope'", "", "sh: 1: .: cannot open /nope: No such file\n", 2],
  ["sh -c 'exec nosuch'", "", "sh: 1: exec: nosuch: not found\n", 127],
  ["sh -c 'shift 3'", "", "sh: 1: shift: can't shift that many\n", 2],
  ["sh -c 'readonly x=1; x=2'", "", "sh: 1: x: is read only\n", 2],
  ["sh -c 'cd /etc/passwd'", "", "sh: 1: cd: can't cd to /etc/passwd\n", 2],
  ["printf 'echo a\\nnosuch\\n' > s.sh; sh s.sh", "a\n", "s.sh: 2: nosuch: not found\n", 127],
  ["printf 'cd /nope\\n' > s.sh; sh ./s.sh", "", "./s.sh: 1: cd: can't cd to /nope\n", 2],
];

describe("the node's sh words its errors as dash", () => {
  itMatchesRecorded(RECORDED);
  it("leaves bash's own words alone", async () => {
    const s = createSession({ seed: 1, now: () => Date.UTC(2026, 10, 28) });
    const r = await s.run('bash -c nosuch');
    expect([r.stderr, r.exitCode]).toEqual(['bash: nosuch: command not found\n', 127]);
  });
});
