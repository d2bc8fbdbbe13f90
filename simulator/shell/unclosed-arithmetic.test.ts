// The `$((` family that made the shell library's parser loop for ever (issue 7): the session
// must answer each of them at once, as bash does, without handing them to that parser.

import { describe, expect, it } from 'vitest';
import { createSession } from '../index';
import { hasUnclosedArithmetic } from './unclosed-arithmetic';

const HANGING = ['echo $((1+$x', 'echo $((1+ ${', '$(($#', '$(($]', 'echo $(($x', 'echo "$((1+$x"'];

describe('an unclosed arithmetic expansion', () => {
  it('is found outside single quotes, and closed ones are not', () => {
    for (const line of HANGING) expect(hasUnclosedArithmetic(line), line).toBe(true);
    expect(hasUnclosedArithmetic('echo $((1+')).toBe(true);
    for (const line of ['echo $((1+2))', 'echo $(( (1+2)*3 ))', "echo '$((1+'", 'echo \\$((1+', 'echo $(echo 1)', 'echo ((x']) {
      expect(hasUnclosedArithmetic(line), line).toBe(false);
    }
  });

  it('asks for more input at the prompt and, run as it is, gets bash’s EOF error at once', async () => {
    const s = createSession({ seed: 1, now: () => 0 });
    for (const line of HANGING) {
      expect(s.needsMoreInput(line), line).toBe(true);
      expect(await s.run(line), line).toEqual({ stdout: '', stderr: "bash: unexpected EOF while looking for matching `)'\n", exitCode: 2 });
    }
    expect((await s.run('echo $? $((1+2))')).stdout).toBe('2 3\n');
    expect((await s.run("echo '$((1+'")).stdout).toBe('$((1+\n');
  });
});
