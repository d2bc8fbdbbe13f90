// A child shell (`sh -c`, `bash -c`) is another process: what it does to its variables' flags
// never reaches the shell that started it. Expected answers recorded with /usr/bin/dash 0.5.12
// and bash 5.2.15 on bookworm (child-shell.ts).

import { describe, expect, it } from 'vitest';
import { createSession } from '../session';

const session = () => createSession({ seed: 7, now: () => Date.UTC(2026, 11, 4) });

describe('a child shell leaves its parent as it was', () => {
  it('readonly in `sh -c` or `bash -c` does not make the variable readonly here', async () => {
    const s = session();
    expect(await s.run("sh -c 'readonly x=1'; x=2; echo x=$x")).toEqual({ stdout: 'x=2\n', stderr: '', exitCode: 0 });
    expect(await s.run("bash -c 'readonly z=1'")).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(await s.run('z=2; echo z=$z; x=3; echo x=$x')).toEqual({ stdout: 'z=2\nx=3\n', stderr: '', exitCode: 0 });
  });

  it('export -n in a child does not unexport here; export in a child does not export here', async () => {
    const s = session();
    await s.run('export E=1');
    await s.run("bash -c 'export -n E'");
    expect((await s.run('env | grep ^E=')).stdout).toBe('E=1\n');
    expect((await s.run("sh -c 'export Q=1'; echo Q=$Q; env | grep -c ^Q=")).stdout).toBe('Q=\n0\n');
  });

  it('an exported readonly variable is a plain one in the child, and stays readonly here', async () => {
    const s = session();
    const r = await s.run("readonly R=1; export R; sh -c 'R=2; echo R=$R'; bash -c 'R=3; echo R=$R'");
    expect(r).toEqual({ stdout: 'R=2\nR=3\n', stderr: '', exitCode: 0 });
    expect(await s.run('R=5')).toEqual({ stdout: '', stderr: 'bash: R: readonly variable\n', exitCode: 1 });
  });

  it('shopt, set -o, functions, variables and cd in a child stay there', async () => {
    const s = session();
    await s.run("bash -c 'shopt -s extglob; set -u; f() { echo f; }; v=5; cd /tmp'");
    expect((await s.run('shopt -q extglob; echo $?; echo "v=$v$nosuch"; pwd')).stdout).toBe('1\nv=\n/root\n');
    expect((await s.run('f')).exitCode).toBe(127);
  });
});

// /usr/bin/dash on bookworm (0.5.12): the program /bin/sh links to, with its own name in $0 and errors.
describe('dash', () => {
  it('runs a script as sh does, names itself, and leaves its parent as it was', async () => {
    const s = session();
    expect(await s.run("dash -c 'echo $0 $1' a b")).toEqual({ stdout: 'a b\n', stderr: '', exitCode: 0 });
    expect(await s.run("dash -c 'echo $0'")).toEqual({ stdout: 'dash\n', stderr: '', exitCode: 0 });
    expect(await s.run("dash -c 'nosuch'")).toEqual({ stdout: '', stderr: 'dash: 1: nosuch: not found\n', exitCode: 127 });
    expect(await s.run("echo 'echo in' | dash")).toEqual({ stdout: 'in\n', stderr: '', exitCode: 0 });
    expect(await s.run("dash -c 'readonly y=1'; y=2; echo y=$y")).toEqual({ stdout: 'y=2\n', stderr: '', exitCode: 0 });
  });
});
