// exec, top, stats, port, diff and export over dockerd's records when no task is needed: what
// a private real dockerd 20.10.24 (Debian's /usr/bin/docker) printed for the stopped e1, the
// running b1 without ports and a missing name (test-support.ts has the containers).

import { describe, expect, it } from 'vitest';
import { mkdir, writeFile } from '../../../host/vfs';
import { B1, E1, sessionWithContainers } from './test-support';

const NOT_RUNNING = (id: string) => `Error response from daemon: Container ${id} is not running\n`;

describe('docker exec / top / stats into a stopped or missing container', () => {
  it('exec: the daemon refuses a stopped one; a missing one is the inspect’s not-found', async () => {
    const { run } = sessionWithContainers();
    expect(await run('docker exec e1 ls')).toEqual({ stdout: '', stderr: NOT_RUNNING(E1), exitCode: 1 });
    expect(await run('docker exec nosuch ls')).toEqual({ stdout: '', stderr: 'Error: No such container: nosuch\n', exitCode: 1 });
    expect(await run('docker exec -it b1 sh')).toEqual({ stdout: '', stderr: 'the input device is not a TTY\n', exitCode: 1 });
    expect((await run('docker exec b1')).exitCode).toBe(1);
    expect(await run('docker exec --env-file /nosuch b1 ls')).toEqual({ stdout: '', stderr: 'open /nosuch: no such file or directory\n', exitCode: 1 });
  });

  it('top: not running / no such container, in the daemon’s words', async () => {
    const { run } = sessionWithContainers();
    expect(await run('docker top e1')).toEqual({ stdout: '', stderr: NOT_RUNNING(E1), exitCode: 1 });
    expect(await run('docker top nosuch')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such container: nosuch\n', exitCode: 1 });
  });

  it('stats --no-stream of a stopped container: a row of zeros; a missing one, the daemon’s error', async () => {
    const { run } = sessionWithContainers();
    expect(await run('docker stats --no-stream e1')).toEqual({
      stdout:
        'CONTAINER ID   NAME      CPU %     MEM USAGE / LIMIT   MEM %     NET I/O   BLOCK I/O   PIDS\n' +
        '8890fa921071   e1        0.00%     0B / 0B             0.00%     0B / 0B   0B / 0B     0\n',
      stderr: '',
      exitCode: 0,
    });
    expect(await run('docker stats --no-stream nosuch')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such container: nosuch\n', exitCode: 1 });
    expect((await run("docker stats --no-stream --format '{{.Name}}: {{.MemUsage}}' e1")).stdout).toBe('e1: 0B / 0B\n');
  });
});

describe('docker port', () => {
  it('none published: nothing; one asked for: the recorded error; a missing container', async () => {
    const { run } = sessionWithContainers();
    expect(await run('docker port b1')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(await run('docker port b1 80')).toEqual({ stdout: '', stderr: "Error: No public port '80/tcp' published for b1\n", exitCode: 1 });
    expect(await run('docker port nosuch')).toEqual({ stdout: '', stderr: 'Error: No such container: nosuch\n', exitCode: 1 });
  });

  it('-p 8080:80 on a running container: both address families, as 20.10 writes them', async () => {
    const { session, run } = sessionWithContainers();
    const b1 = session.node.state.dockerd.containers[B1];
    if (!b1) throw new Error('no b1');
    b1.hostConfig.PortBindings = { '80/tcp': [{ HostIp: '', HostPort: '8080' }] };
    b1.config.ExposedPorts = { '80/tcp': {} };
    expect((await run('docker port b1')).stdout).toBe('80/tcp -> 0.0.0.0:8080\n80/tcp -> :::8080\n');
    expect((await run('docker port b1 80/tcp')).stdout).toBe('0.0.0.0:8080\n:::8080\n');
    expect((await run('docker ps --format {{.Ports}}')).stdout).toBe('0.0.0.0:8080->80/tcp, :::8080->80/tcp\n');
    expect((await run('docker ps -q -f publish=8080')).stdout).toBe('9ebeccbcdd63\n');
    expect((await run('docker ps -q -f expose=80')).stdout).toBe('9ebeccbcdd63\n');
  });
});

describe('docker diff', () => {
  it('reads the container’s upper dir: whiteouts D, what the image has C, the rest A (real 20.10.24’s lines)', async () => {
    const { session, run } = sessionWithContainers();
    const b1 = session.node.state.dockerd.containers[B1] as unknown as Record<string, unknown>;
    const mountId = '2edfa5770a8cca7d3648e51ef923b4ef1e517209dea22cf8338110c55fe73e56';
    b1.mountId = mountId;
    const files = session.node.state.host.files;
    const layer = session.node.state.dockerd.layers?.['sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef'];
    if (!layer) throw new Error('no layer');
    for (const dir of ['/bin', '/etc', '/root', '/tmp']) layer.files[dir] = { kind: 'dir', mode: 0o755 };
    layer.files['/bin/ls'] = { kind: 'symlink', content: 'busybox', mode: 0o777 };
    layer.files['/etc/group'] = { kind: 'file', content: 'root:x:0:\n', mode: 0o644 };
    const upper = `/var/lib/docker/overlay2/${mountId}/diff`;
    const at = { parents: true, mode: 0o755, mtimeMs: 0 };
    for (const d of ['/bin', '/etc', '/root/a/b', '/tmp']) mkdir(files, `${upper}${d}`, at);
    writeFile(files, `${upper}/bin/.wh.ls`, '', { mode: 0o644, mtimeMs: 0 });
    writeFile(files, `${upper}/etc/group`, 'root:x:0:\nx\n', { mode: 0o644, mtimeMs: 0 });
    writeFile(files, `${upper}/root/a/b/f`, 'hi\n', { mode: 0o644, mtimeMs: 0 });
    writeFile(files, `${upper}/tmp/x`, '', { mode: 0o644, mtimeMs: 0 });
    // runc's mountpoints and docker's own files land in the init layer on a real node: never shown.
    mkdir(files, `${upper}/proc`, at);
    writeFile(files, `${upper}/etc/hostname`, 'b1\n', { mode: 0o644, mtimeMs: 0 });
    expect(await run('docker diff b1')).toEqual({
      stdout: 'C /bin\nD /bin/ls\nC /etc\nC /etc/group\nC /root\nA /root/a\nA /root/a/b\nA /root/a/b/f\nC /tmp\nA /tmp/x\n',
      stderr: '',
      exitCode: 0,
    });
    // -s: the upper dir's file bytes (12 + 3 + 3 + 0 + the empty whiteout), over the image.
    expect((await run("docker ps -s --format '{{.Size}}'")).stdout).toBe('18B (virtual 1.98MB)\n');
    expect((await run("docker inspect -s -f '{{.SizeRw}} {{.SizeRootFs}}' b1")).stdout).toBe('18 1984190\n');
    expect(await run('docker diff c1')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(await run('docker diff nosuch')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such container: nosuch\n', exitCode: 1 });
  });
});

describe('docker export', () => {
  it('a missing container: the daemon’s error; a stopped one: its layers, mounted for the export', async () => {
    const { run, session } = sessionWithContainers();
    expect(await run('docker export nosuch -o /tmp/e.tar')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such container: nosuch\n', exitCode: 1 });
    expect(await run('docker export e1 -o /tmp/e.tar')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    // The -init layer's mount points (initlayer.Setup) are in every export, as on a real 20.10.24 (oracle 34).
    const listed = (await run("tar -tvf /tmp/e.tar | grep -E ' (etc/mtab|dev/console|\\.dockerenv)'")).stdout;
    expect(listed).toContain('root/root');
    expect(listed).toContain('etc/mtab -> /proc/mounts');
    expect(listed).toContain('dev/console');
    // The overlay mounted for the export is gone again.
    expect(Object.keys(session.node.state.host.mounts ?? {}).filter((m) => m.includes('overlay2'))).toEqual([]);
  });
});

describe('docker cp without a running container', () => {
  it('the argument errors and a missing container in 20.10.24’s words; a stopped one’s layers both ways', async () => {
    const { run } = sessionWithContainers();
    expect(await run('docker cp nosuch:/etc/hosts /tmp/')).toEqual({ stdout: '', stderr: 'Error: No such container:path: nosuch:/etc/hosts\n', exitCode: 1 });
    expect(await run('docker cp a b')).toEqual({ stdout: '', stderr: 'must specify at least one container source\n', exitCode: 1 });
    expect(await run('docker cp b1:/a e1:/b')).toEqual({ stdout: '', stderr: 'copying between containers is not supported\n', exitCode: 1 });
    // Never started: /etc/hostname is the -init layer's empty file (a real 20.10.24 copies 0 bytes).
    expect(await run('docker cp e1:/etc/hostname /tmp/h')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect((await run('wc -c < /tmp/h')).stdout).toBe('0\n');
    expect((await run('echo hi > /tmp/in; docker cp /tmp/in e1:/in')).exitCode).toBe(0);
    expect((await run('docker cp e1:/in -')).exitCode).toBe(0);
    expect((await run('docker diff e1')).stdout).toBe('A /in\n');
  });
});
