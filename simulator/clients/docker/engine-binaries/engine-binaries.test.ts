// `dockerd` and `docker-init` typed at the node's shell, held to Debian's dockerd 20.10.24 and
// tini 0.19 (docker-init) as they answer on this project's machines (same streams, exit codes),
// and run only from docker.io's files.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

const session = () => createSession({ seed: 7, now: () => Date.UTC(2026, 11, 6, 21, 0, 0) });
const SEE = "See 'dockerd --help'., Code: 125\n";
const VERSION = 'Docker version 20.10.24+dfsg1, build 5d6db84\n';

describe('dockerd by hand', () => {
  it('prints its version and help', async () => {
    const s = session();
    expect(await s.run('dockerd --version')).toMatchObject({ stdout: VERSION, exitCode: 0 });
    expect(await s.run('dockerd -v')).toMatchObject({ stdout: VERSION, exitCode: 0 });
    const help = await s.run('dockerd --help');
    expect(help.stdout.startsWith('\nUsage:\tdockerd [OPTIONS]\n\nA self-sufficient runtime for containers.\n')).toBe(true);
    expect(help.stdout).toHaveLength(11892);
    expect((await s.run('dockerd -h')).stdout).toBe(`Flag shorthand -h has been deprecated, please use --help\n${help.stdout}`);
    // cobra acts on --help, then on --version, before it checks the arguments.
    expect(await s.run('dockerd -D --help')).toMatchObject({ stdout: help.stdout, exitCode: 0 });
    expect(await s.run('dockerd x --version')).toMatchObject({ stdout: VERSION, exitCode: 0 });
    expect(await s.run('/usr/sbin/dockerd -Dv')).toMatchObject({ stdout: VERSION, exitCode: 0 });
  });

  it('refuses arguments, unknown flags and missing values as cobra does', async () => {
    const s = session();
    expect(await s.run('dockerd version')).toMatchObject({
      stderr: "\"dockerd\" accepts no argument(s).\nSee 'dockerd --help'.\n\nUsage:  dockerd [OPTIONS]\n\nA self-sufficient runtime for containers.\n",
      exitCode: 1,
    });
    expect(await s.run('dockerd --bogus')).toMatchObject({ stderr: `Status: unknown flag: --bogus\n${SEE}`, exitCode: 1 });
    expect(await s.run('dockerd -v --bogus')).toMatchObject({ stdout: '', stderr: `Status: unknown flag: --bogus\n${SEE}`, exitCode: 1 });
    expect(await s.run('dockerd -Z')).toMatchObject({ stderr: `Status: unknown shorthand flag: 'Z' in -Z\n${SEE}`, exitCode: 1 });
    expect(await s.run('dockerd --data-root')).toMatchObject({ stderr: `Status: flag needs an argument: --data-root\n${SEE}`, exitCode: 1 });
    expect(await s.run('dockerd -p')).toMatchObject({ stderr: `Status: flag needs an argument: 'p' in -p\n${SEE}`, exitCode: 1 });
  });

  it('says a second daemon is not simulated, and the node keeps its own', async () => {
    const s = session();
    const r = await s.run('dockerd --data-root /tmp/d -D');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('not simulated here');
    expect((await s.run('dockerd --version=false')).stderr).toContain('not simulated here');
    expect((await s.run('docker info -f {{.ServerVersion}}')).stdout).toBe('20.10.24+dfsg1\n');
  });
});

describe('docker-init by hand', () => {
  it('prints its version, usage and licence', async () => {
    const s = session();
    expect(await s.run('docker-init --version')).toMatchObject({ stdout: 'tini version 0.19.0\n', exitCode: 0 });
    const help = await s.run('docker-init -h');
    expect(help.exitCode).toBe(0);
    expect(help.stdout.startsWith('docker-init (tini version 0.19.0)\nUsage: docker-init [OPTIONS] PROGRAM -- [ARGS] | --version\n')).toBe(true);
    expect(help.stdout).toHaveLength(873);
    expect(await s.run('docker-init -hx')).toMatchObject({ stdout: help.stdout, exitCode: 0 });
    const licence = await s.run('docker-init -l');
    expect([licence.stdout.length, licence.stdout.split('\n')[0], licence.exitCode]).toEqual([1099, 'The MIT License (MIT)', 0]);
    expect(await s.run('docker-init')).toMatchObject({ stdout: '', stderr: help.stdout, exitCode: 1 });
    expect(await s.run('docker-init -v -s')).toMatchObject({ stdout: '', stderr: help.stdout, exitCode: 1 });
  });

  it('complains as getopt does', async () => {
    const s = session();
    const usage = (await s.run('docker-init -h')).stdout;
    expect(await s.run('docker-init -xh')).toMatchObject({ stderr: `docker-init: invalid option -- 'x'\n${usage}`, exitCode: 1 });
    // --version counts only alone; otherwise getopt reads its first dash as an option.
    expect(await s.run('docker-init -s --version')).toMatchObject({ stderr: `docker-init: invalid option -- '-'\n${usage}`, exitCode: 1 });
    expect(await s.run('docker-init -p')).toMatchObject({ stderr: `docker-init: option requires an argument -- 'p'\n${usage}`, exitCode: 1 });
    expect((await s.run('docker-init -s -- sleep 1')).stderr).toContain('not simulated here');
  });
});

describe('docker.io’s files', () => {
  it('are what runs them: without its file each is bash’s command not found', async () => {
    const s = session();
    expect((await s.run('which dockerd docker-init')).stdout).toBe('/usr/sbin/dockerd\n/usr/bin/docker-init\n');
    await s.run('rm /usr/sbin/dockerd /usr/bin/docker-init');
    expect(await s.run('dockerd --version')).toMatchObject({ stderr: 'bash: dockerd: command not found\n', exitCode: 127 });
    expect(await s.run('docker-init --version')).toMatchObject({ stderr: 'bash: docker-init: command not found\n', exitCode: 127 });
  });
});
