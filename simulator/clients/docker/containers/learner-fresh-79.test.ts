// Lines of tests/oracle/docker/scripts/79-fresh-run-mixes-filters.sh, as a real dockerd 20.10.24
// answered them.

import { describe, expect, it } from 'vitest';
import { writeFile } from '../../../host/vfs';
import { sessionWithContainers } from './test-support';

describe('docker run --env-file (opts/file.go parseKeyValueFile)', () => {
  it('a name holding white space, or no name before `=`, is a poorly formatted environment', async () => {
    const { session, run } = sessionWithContainers();
    const files = session.node.state.host.files;
    writeFile(files, '/root/bad.env', '# fine\n\nbad line with space=1\n', { mode: 0o644, mtimeMs: 0 });
    writeFile(files, '/root/noname.env', '  =x\n', { mode: 0o644, mtimeMs: 0 });
    expect(await run('docker run --rm --env-file /root/bad.env busybox true')).toEqual({
      stdout: '',
      stderr: "docker: poorly formatted environment: variable 'bad line with space' contains whitespaces.\nSee 'docker run --help'.\n",
      exitCode: 125,
    });
    expect(await run('docker create --env-file /root/noname.env busybox true')).toEqual({
      stdout: '',
      stderr: "docker: poorly formatted environment: no variable name on line '=x'.\nSee 'docker create --help'.\n",
      exitCode: 125,
    });
  });
});

describe('lines of 80-fresh-lifecycle-errors.sh', () => {
  it('kill -s with a number outside the signal map is refused before the container is asked', async () => {
    const { run } = sessionWithContainers();
    expect(await run('docker kill -s 65 e1')).toEqual({ stdout: '', stderr: 'Error response from daemon: Cannot kill container: e1: The linux daemon does not support signal 65\n', exitCode: 1 });
    expect(await run('docker kill -s 33 b1')).toEqual({ stdout: '', stderr: 'Error response from daemon: Cannot kill container: b1: The linux daemon does not support signal 33\n', exitCode: 1 });
    expect(await run('docker kill -s -1 b1')).toEqual({ stdout: '', stderr: 'Error response from daemon: Cannot kill container: b1: The linux daemon does not support signal 18446744073709551615\n', exitCode: 1 });
    expect((await run('docker inspect -f {{.State.Status}} b1')).stdout).toBe('running\n');
  });

  it('run and create parse the image reference in the client (ParseAnyReference); --pull never does not pull', async () => {
    const { run } = sessionWithContainers();
    expect(await run('docker run Busybox')).toEqual({ stdout: '', stderr: "docker: invalid reference format: repository name must be lowercase.\nSee 'docker run --help'.\n", exitCode: 125 });
    expect(await run('docker run busybox@sha256:abc')).toEqual({ stdout: '', stderr: "docker: invalid reference format.\nSee 'docker run --help'.\n", exitCode: 125 });
    expect(await run('docker create bad//ref')).toEqual({ stdout: '', stderr: 'invalid reference format\n', exitCode: 1 });
    expect(await run('docker run --pull never busybox:nosuchtag')).toEqual({ stdout: '', stderr: "docker: Error response from daemon: No such image: busybox:nosuchtag.\nSee 'docker run --help'.\n", exitCode: 125 });
    // 20.10.24 does not check the value: one other than always or missing never pulls.
    expect(await run('docker run --pull sometimes busybox:nosuchtag')).toEqual({ stdout: '', stderr: "docker: Error response from daemon: No such image: busybox:nosuchtag.\nSee 'docker run --help'.\n", exitCode: 125 });
  });
});
