// `dockerd` and `docker-init` typed at the node's shell, held to Debian's dockerd 20.10.24 and
// tini 0.19 (docker-init) as they answer on this project's machines (same streams, exit codes).

import { describe, expect, it } from 'vitest';
import { createSession } from '../../index';

const session = () => createSession({ seed: 7, now: () => Date.UTC(2026, 11, 6, 21, 0, 0) });
const SEE = "See 'dockerd --help'., Code: 125\n";

describe('dockerd by hand', () => {
  it('prints its version and help', async () => {
    const s = session();
    expect(await s.run('dockerd --version')).toMatchObject({ stdout: 'Docker version 20.10.24+dfsg1, build 5d6db84\n', exitCode: 0 });
    expect(await s.run('dockerd -v')).toMatchObject({ stdout: 'Docker version 20.10.24+dfsg1, build 5d6db84\n', exitCode: 0 });
    const help = await s.run('dockerd --help');
    expect(help.stdout.startsWith('\nUsage:\tdockerd [OPTIONS]\n\nA self-sufficient runtime for containers.\n')).toBe(true);
    expect(help.stdout).toHaveLength(11892);
    expect((await s.run('dockerd -h')).stdout).toBe(`Flag shorthand -h has been deprecated, please use --help\n${help.stdout}`);
  });

  it('refuses arguments, unknown flags and missing values as cobra does', async () => {
    const s = session();
    expect(await s.run('dockerd version')).toMatchObject({
      stderr: "\"dockerd\" accepts no argument(s).\nSee 'dockerd --help'.\n\nUsage:  dockerd [OPTIONS]\n\nA self-sufficient runtime for containers.\n",
      exitCode: 1,
    });
    expect(await s.run('dockerd --bogus')).toMatchObject({ stderr: `Status: unknown flag: --bogus\n${SEE}`, exitCode: 1 });
    expect(await s.run('dockerd -Z')).toMatchObject({ stderr: `Status: unknown shorthand flag: 'Z' in -Z\n${SEE}`, exitCode: 1 });
    expect(await s.run('dockerd --data-root')).toMatchObject({ stderr: `Status: flag needs an argument: --data-root\n${SEE}`, exitCode: 1 });
    expect(await s.run('dockerd -p')).toMatchObject({ stderr: `Status: flag needs an argument: 'p' in -p\n${SEE}`, exitCode: 1 });
  });

  it('says a second daemon is not simulated, and the node keeps its own', async () => {
    const s = session();
    const r = await s.run('dockerd --data-root /tmp/d -D');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('not simulated here');
    expect((await s.run('docker info -f {{.ServerVersion}}')).stdout).toBe('20.10.24+dfsg1\n');
  });
});

describe('docker-init by hand', () => {
  it('prints its version and usage', async () => {
    const s = session();
    expect(await s.run('docker-init --version')).toMatchObject({ stdout: 'tini version 0.19.0\n', exitCode: 0 });
    const help = await s.run('docker-init -h');
    expect(help.exitCode).toBe(0);
    expect(help.stdout.startsWith('docker-init (tini version 0.19.0)\nUsage: docker-init [OPTIONS] PROGRAM -- [ARGS] | --version\n')).toBe(true);
    expect(help.stdout).toHaveLength(873);
    expect(await s.run('docker-init')).toMatchObject({ stdout: '', stderr: help.stdout, exitCode: 1 });
    expect(await s.run('docker-init -x')).toMatchObject({ stderr: `docker-init: invalid option -- 'x'\n${help.stdout}`, exitCode: 1 });
  });
});
