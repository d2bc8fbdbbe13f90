// The log drivers besides json-file, through the docker CLI (moby v20.10.24 daemon/logger; the
// texts are a real dockerd 20.10.24's, tests/oracle/docker/scripts/53-log-drivers.sh).

import { describe, expect, it } from 'vitest';
import { createSession } from '../../index';

async function session() {
  const s = createSession({ seed: 29, now: () => Date.UTC(2026, 11, 6, 17, 0, 0) });
  await s.run('docker pull busybox');
  return s;
}

const ROOT = '/var/lib/docker/containers';

describe('docker run --log-driver', () => {
  it('none keeps nothing, and docker logs says it cannot read', async () => {
    const s = await session();
    expect((await s.run('docker run --name n1 --log-driver none busybox echo hi')).stdout).toBe('hi\n');
    const logs = await s.run('docker logs n1');
    expect([logs.stderr, logs.exitCode]).toEqual(['Error response from daemon: configured logging driver does not support reading\n', 1]);
    expect((await s.run("docker inspect -f '{{json .HostConfig.LogConfig}}[{{.LogPath}}]' n1")).stdout).toBe('{"Type":"none","Config":{}}[]\n');
    const opts = await s.run('docker run --log-driver none --log-opt max-size=1k busybox true');
    expect([opts.stderr, opts.exitCode]).toEqual(["docker: invalid logging opts for driver none.\nSee 'docker run --help'.\n", 125]);
  });

  it('local writes framed entries under local-logs that docker logs reads, both streams', async () => {
    const s = await session();
    await s.run("docker run --name l1 --log-driver local busybox sh -c 'echo a; echo b >&2'");
    const logs = await s.run('docker logs l1');
    expect([logs.stdout, logs.stderr]).toEqual(['a\n', 'b\n']);
    const id = (await s.run("docker inspect -f '{{.Id}}' l1")).stdout.trim();
    expect((await s.run(`stat -c '%a %s' ${ROOT}/${id}/local-logs ${ROOT}/${id}/local-logs/container.log`)).stdout).toBe('700 4096\n640 58\n');
  });

  it('gelf over UDP keeps the dual-logging cache, every other message as 20.10.24 does', async () => {
    const s = await session();
    await s.run("docker run --name g1 --log-driver gelf --log-opt gelf-address=udp://127.0.0.1:12201 busybox sh -c 'for i in 1 2 3 4; do echo l$i; done'");
    expect((await s.run('docker logs g1')).stdout).toBe('l1\nl3\n');
    const id = (await s.run("docker inspect -f '{{.Id}}' g1")).stdout.trim();
    expect((await s.run(`ls ${ROOT}/${id}`)).stdout).toContain('container-cached.log\n');
    await s.run('docker run --name g2 --log-driver gelf --log-opt gelf-address=udp://127.0.0.1:12201 --log-opt cache-disabled=true busybox echo x');
    expect((await s.run('docker logs g2')).stderr).toBe('Error response from daemon: configured logging driver does not support reading\n');
  });

  it('a TCP driver fails its start while nothing listens, and is not simulated where something does', async () => {
    const s = await session();
    const run = await s.run('docker run -d --name f1 --log-driver fluentd busybox true');
    expect(run.stderr).toBe('docker: Error response from daemon: failed to initialize logging driver: dial tcp 127.0.0.1:24224: connect: connection refused.\n');
    expect((await s.run("docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' f1")).stdout).toBe('created 128\n');
    expect((await s.run('docker logs f1')).stderr).toBe('Error response from daemon: dial tcp 127.0.0.1:24224: connect: connection refused\n');
    await s.run('docker pull nginx');
    await s.run('docker run -d -p 24224:80 nginx');
    const served = await s.run('docker run -d --log-driver fluentd busybox true');
    expect(served.stderr).toContain('is not simulated here');
    expect(served.exitCode).toBe(125);
  });

  it('refuses drivers it does not simulate at create, leaving no container', async () => {
    const s = await session();
    for (const line of ['docker run --log-driver journald busybox true', 'docker run --log-driver syslog busybox true', 'docker run --log-driver awslogs --log-opt awslogs-group=g busybox true']) {
      const r = await s.run(line);
      expect(r.stderr, line).toContain('is not simulated here');
      expect(r.exitCode, line).toBe(125);
    }
    expect((await s.run('docker ps -aq')).stdout).toBe('');
  });
});
