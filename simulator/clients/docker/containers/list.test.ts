// docker ps over dockerd's records, each expectation what a private real dockerd 20.10.24
// (Debian's /usr/bin/docker client) printed for the same three containers (test-support.ts), ages aside (the real run was 3
// minutes old; NOW here makes them the same).

import { describe, expect, it } from 'vitest';
import { sessionWithContainers } from './test-support';

describe('docker ps', () => {
  it('-a lists all, newest first, the Command quoted; without -a only running ones', async () => {
    const { run } = sessionWithContainers();
    expect((await run('docker ps -a')).stdout).toBe(
      [
        'CONTAINER ID   IMAGE     COMMAND            CREATED         STATUS                     PORTS     NAMES',
        '734b8d80040d   busybox   "sh"               3 minutes ago   Created                              c1',
        '8890fa921071   busybox   "sh -c \'exit 3\'"   3 minutes ago   Exited (3) 3 minutes ago             e1',
        '9ebeccbcdd63   busybox   "sleep 3600"       3 minutes ago   Up 3 minutes                         b1',
        '',
      ].join('\n'),
    );
    expect((await run('docker ps')).stdout.split('\n')[1]).toBe('9ebeccbcdd63   busybox   "sleep 3600"   3 minutes ago   Up 3 minutes             b1');
  });

  it('-s adds SIZE `0B (virtual 1.98MB)`; -q, -aq, -n 1, -l -q; --no-trunc the full ids', async () => {
    const { run } = sessionWithContainers();
    expect((await run('docker ps -a --format table -s')).stdout.split('\n')[0]).toBe(
      'CONTAINER ID   IMAGE     COMMAND            CREATED         STATUS                     PORTS     NAMES     SIZE',
    );
    expect((await run('docker ps -s')).stdout.split('\n')[1]).toBe('9ebeccbcdd63   busybox   "sleep 3600"   3 minutes ago   Up 3 minutes             b1        0B (virtual 1.98MB)');
    expect((await run('docker ps -aq')).stdout).toBe('734b8d80040d\n8890fa921071\n9ebeccbcdd63\n');
    expect((await run('docker ps -n 1')).stdout.split('\n')[1]).toBe('734b8d80040d   busybox   "sh"      3 minutes ago   Created             c1');
    expect((await run('docker ps -l -q')).stdout).toBe('734b8d80040d\n');
    expect((await run('docker ps -a --no-trunc -q')).stdout.split('\n')[0]).toBe('734b8d80040d83bda56b78b52f1712826b6a8bd6329267391b72b11ecd5b602e');
  });

  it('filters: status, exited (which lists stopped ones without -a), label, ancestor, before, since, id, name', async () => {
    const { run } = sessionWithContainers();
    const q = async (f: string) => (await run(`docker ps ${f} -q`)).stdout.trim().split('\n').join(' ');
    expect(await q('-a -f status=exited')).toBe('8890fa921071');
    expect(await q('-f exited=3')).toBe('8890fa921071');
    // A created container's exit code 0 is no exit: it never started (list.go's StartedAt check).
    expect(await q('-f exited=0')).toBe('');
    expect(await q('-a -f status=running -f status=exited')).toBe('8890fa921071 9ebeccbcdd63');
    expect(await q('-a -f label=com.example.vendor')).toBe('734b8d80040d');
    expect(await q('-a -f label=com.example.vendor=acme')).toBe('734b8d80040d');
    expect(await q('-a -f ancestor=busybox')).toBe('734b8d80040d 8890fa921071 9ebeccbcdd63');
    expect(await q('-a -f before=b1')).toBe('');
    expect(await q('-f before=e1')).toBe('9ebeccbcdd63');
    expect(await q('-a -f since=b1')).toBe('734b8d80040d 8890fa921071');
    expect(await q('-a -f id=9eb')).toBe('9ebeccbcdd63');
    expect(await q("-a -f 'name=^b1$'")).toBe('9ebeccbcdd63');
    expect(await q("-a -f 'NAME= b1 '")).toBe('9ebeccbcdd63');
    expect(await q('-a -f name=[')).toBe('');
    expect(await q('-a -f network=bridge')).toBe('734b8d80040d 8890fa921071 9ebeccbcdd63');
    expect(await q('-a -f publish=80')).toBe('');
    expect(await q('-a -n 2 -f status=exited')).toBe('8890fa921071');
  });

  it('bad filters: the daemon’s words, exit 1; one without `=` is a flag error, exit 125', async () => {
    const { run } = sessionWithContainers();
    const err = (text: string) => ({ stdout: '', stderr: `Error response from daemon: ${text}\n`, exitCode: 1 });
    expect(await run('docker ps -f bad=1')).toEqual(err("Invalid filter 'bad'"));
    expect(await run('docker ps -f status=nope')).toEqual(err("Invalid filter 'status=nope'"));
    expect(await run('docker ps -a -f exited=x')).toEqual(err('strconv.Atoi: parsing "x": invalid syntax'));
    expect(await run('docker ps -a -f since=nosuch')).toEqual(err('no such container nosuch'));
    expect(await run('docker ps -a -f health=foo')).toEqual(err('Unrecognised filter value for health: foo'));
    expect(await run('docker ps -a -f is-task=x')).toEqual(err("Invalid filter 'is-task=[x]'"));
    expect(await run('docker ps -f name')).toEqual({
      stdout: '',
      stderr: 'invalid argument "name" for "-f, --filter" flag: bad format of filter (expected name=value)\nSee \'docker ps --help\'.\n',
      exitCode: 125,
    });
  });

  it('docker rm $(docker ps -aq) removes them all', async () => {
    const { run } = sessionWithContainers();
    expect(await run('docker rm -f $(docker ps -aq)')).toEqual({ stdout: '734b8d80040d\n8890fa921071\n9ebeccbcdd63\n', stderr: '', exitCode: 0 });
    expect((await run('docker ps -aq')).stdout).toBe('');
  });
});

describe('docker ps --format', () => {
  it('{{json .}}: every column, keys sorted, sizes asked for because .Size is used', async () => {
    const { run } = sessionWithContainers();
    expect((await run("docker ps -a --format '{{json .}}' -n 1")).stdout).toBe(
      '{"Command":"\\"sh\\"","CreatedAt":"2026-12-05 04:15:09 +0000 UTC","ID":"734b8d80040d","Image":"busybox","Labels":"com.example.vendor=acme","LocalVolumes":"0","Mounts":"","Names":"c1","Networks":"bridge","Ports":"","RunningFor":"3 minutes ago","Size":"0B (virtual 1.98MB)","State":"created","Status":"Created"}\n',
    );
  });

  it('table with a label column named after its last part; raw', async () => {
    const { run } = sessionWithContainers();
    expect((await run('docker ps -a --format \'table {{.ID}}\\t{{.Names}}\\t{{.Label "com.example.vendor"}}\'')).stdout).toBe(
      'CONTAINER ID   NAMES     vendor\n734b8d80040d   c1        acme\n8890fa921071   e1        \n9ebeccbcdd63   b1        \n',
    );
    expect((await run('docker ps --format raw')).stdout).toBe(
      'container_id: 9ebeccbcdd63\nimage: busybox\ncommand: "sleep 3600"\ncreated_at: 2026-12-05 04:15:08 +0000 UTC\nstate: running\nstatus: Up 3 minutes\nnames: b1\nlabels:\nports:\n\n',
    );
    expect((await run("docker ps --format '{{.Size}}'")).stdout).toBe('0B (virtual 1.98MB)\n');
    expect((await run('docker ps -q --format raw')).stdout).toBe('container_id: 9ebeccbcdd63\n');
    expect((await run("docker ps --format '{{.Names}} {{.Ports}} {{.Mounts}} {{.Networks}} {{.LocalVolumes}} {{.CreatedAt}} {{.State}}'")).stdout).toBe(
      'b1   bridge 0 2026-12-05 04:15:08 +0000 UTC running\n',
    );
  });

  it('-q with a custom format: the custom format stands (20.10.24; later clients warn)', async () => {
    const { run } = sessionWithContainers();
    expect(await run("docker ps -q --format '{{.Names}}'")).toEqual({ stdout: 'b1\n', stderr: '', exitCode: 0 });
  });

  it('a bad template: failed to parse / failed to execute, exit 1', async () => {
    const { run } = sessionWithContainers();
    expect(await run("docker ps --format '{{.ID'")).toEqual({ stdout: '', stderr: 'failed to parse template: template: :1: unclosed action\n', exitCode: 1 });
    expect(await run("docker ps --format '{{.Foo}}'")).toEqual({
      stdout: '',
      stderr: 'failed to execute template: template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.ContainerContext\n',
      exitCode: 1,
    });
    expect((await run("docker ps -a --format 'table {{.Foo}}'")).stderr).toBe(
      'failed to execute template: template: :1:8: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.ContainerContext\n',
    );
  });
});
