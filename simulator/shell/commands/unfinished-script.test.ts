// Scripts that end inside an open `$((`, run by bash and sh as bookworm's bash 5.2.15 and dash
// 0.5.12 answer them (recorded; see unfinished-script.ts).

import { describe, expect, it } from 'vitest';
import { createSession } from '../session';

const EOF_PAREN = "unexpected EOF while looking for matching `)'";

async function session() {
  const s = createSession({ seed: 7, now: () => Date.UTC(2026, 11, 4) });
  await s.run("printf 'echo a\\necho $((1+\\n' > /tmp/g.sh");
  return s;
}

describe('a script whose $(( never closes', () => {
  it.each([
    ['bash -c \'echo $((1+\'', '', `bash: -c: line 1: ${EOF_PAREN}\n`],
    ["bash -c $'echo a\\necho $((1+\\n'", 'a\n', `bash: -c: line 2: ${EOF_PAREN}\n`],
    ["sh -c 'echo $((1+'", '', "sh: 1: Syntax error: Missing '))'\n"],
    ['bash /tmp/g.sh', 'a\n', `/tmp/g.sh: line 2: ${EOF_PAREN}\n`],
    ['sh /tmp/g.sh', 'a\n', "/tmp/g.sh: 3: Syntax error: Missing '))'\n"],
  ])('%s', async (line, stdout, stderr) => {
    const s = await session();
    expect(await s.run(line)).toEqual({ stdout, stderr, exitCode: 2 });
  });

  it('leaves every other script to the shell', async () => {
    const s = await session();
    expect((await s.run("bash -c 'echo $((1+2))'; sh -c 'echo hi'")).stdout).toBe('3\nhi\n');
  });
});
