// `readonly x=1` (found by the junk-line fuzz): bash keeps x and refuses to assign it, and every
// later line runs as before. The shell library keeps the readonly flag between lines but not
// the value, so the session brings the value back without assigning it.

import { describe, expect, it } from 'vitest';
import { createSession } from './session';

describe('readonly variables', () => {
  it('keep their value and refuse assignment, and later lines run', async () => {
    const s = createSession({ seed: 7, now: () => Date.UTC(2026, 11, 4) });
    await s.run('readonly x=1; declare -r y="a b"');
    expect(await s.run('echo "$x|$y"')).toEqual({ stdout: '1|a b\n', stderr: '', exitCode: 0 });
    expect(await s.run('x=2')).toEqual({ stdout: '', stderr: 'bash: x: readonly variable\n', exitCode: 1 });
    expect((await s.run('echo $x; z=3')).stdout).toBe('1\n');
    expect((await s.run('echo $z; export x; env | grep "^x="')).stdout).toBe('3\nx=1\n');
    expect((await s.run('ctr ns ls -q; echo alive')).stdout).toBe('alive\n');
    expect((await s.run('env | grep -c "^y="')).stdout).toBe('0\n');
  });
});

describe('readonly variables of the shell itself', () => {
  it('HOME made readonly stays so, through a line that execs, and later lines run', async () => {
    const s = createSession({ seed: 7, now: () => Date.UTC(2026, 11, 4) });
    await s.run('readonly HOME=/tmp');
    await s.run('exec ctr 9 -q > /tmp/9');
    expect(await s.run('echo alive $HOME')).toEqual({ stdout: 'alive /tmp\n', stderr: '', exitCode: 0 });
    expect((await s.run('HOME=/x')).stderr).toBe('bash: HOME: readonly variable\n');
  });
});

describe('a variable bigger than the library parses in a script', () => {
  it('is kept, stays unexported, and later lines run', async () => {
    const s = createSession({ seed: 7, now: () => Date.UTC(2026, 11, 4) });
    await s.run("x=$(printf '%*s' 2000000 a)");
    expect((await s.run('echo ${#x}; env | grep -c "^x="')).stdout).toBe('2000000\n0\n');
    expect((await s.run('unset x; echo "[${#x}]"')).stdout).toBe('[0]\n');
  });
});
