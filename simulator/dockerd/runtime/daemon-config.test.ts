// /etc/docker/daemon.json's log settings as dockerd reads them at start, with the messages a real
// dockerd 20.10.24 exited with for each file (checked with --config-file on a private daemon).

import { describe, expect, it } from 'vitest';
import { createSession } from '../../index';

async function session() {
  const s = createSession({ seed: 29, now: () => Date.UTC(2026, 11, 6, 17, 0, 0) });
  await s.run('docker pull busybox');
  return s;
}

async function restartWith(json: string) {
  const s = await session();
  await s.run(`mkdir -p /etc/docker && printf '%s\\n' '${json}' > /etc/docker/daemon.json`);
  const restart = await s.run('systemctl restart docker');
  const journal = (await s.run('journalctl -u docker --no-pager')).stdout;
  return { s, restart, journal };
}

describe('daemon.json log-driver and log-opts', () => {
  it('are read at start only: an edit without a restart changes nothing', async () => {
    const s = await session();
    await s.run(`mkdir -p /etc/docker && echo '{"log-driver":"local","log-opts":{"max-size":"1k"}}' > /etc/docker/daemon.json`);
    expect((await s.run("docker info -f '{{.LoggingDriver}}'")).stdout).toBe('json-file\n');
    expect((await s.run('systemctl restart docker')).exitCode).toBe(0);
    expect((await s.run("docker info -f '{{.LoggingDriver}}'")).stdout).toBe('local\n');
    await s.run('docker create --name c1 busybox true');
    expect((await s.run("docker inspect -f '{{json .HostConfig.LogConfig}}' c1")).stdout).toBe('{"Type":"local","Config":{"max-size":"1k"}}\n');
    await s.run('rm /etc/docker/daemon.json');
    await s.run('systemctl restart docker');
    expect((await s.run("docker info -f '{{.LoggingDriver}}'")).stdout).toBe('json-file\n');
  });

  it('a driver alone is not checked at start: bogus runs, and containers fail at create', async () => {
    const { s, restart } = await restartWith('{"log-driver":"bogus"}');
    expect(restart.exitCode).toBe(0);
    const run = await s.run('docker run busybox true');
    expect(run.stderr).toBe('docker: Error response from daemon: error looking up logging plugin bogus: plugin "bogus" not found.\nSee \'docker run --help\'.\n');
    expect(run.exitCode).toBe(125);
  });

  it('options the driver refuses stop dockerd at start, with its message in the journal', async () => {
    for (const [json, message] of [
      ['{"log-driver":"json-file","log-opts":{"foo":"bar"}}', "failed to start daemon: failed to set log opts: unknown log opt 'foo' for json-file log driver"],
      ['{"log-driver":"local","log-opts":{"tag":"x"}}', "failed to start daemon: failed to set log opts: unknown log opt 'tag' for log driver local"],
      ['{"log-opts":{"cache-disabled":"maybe"}}', 'failed to start daemon: failed to set log opts: invalid value for option cache-disabled: maybe'],
      ['{"log-opts":{"max-size":1}}', 'unable to configure the Docker daemon with file /etc/docker/daemon.json: json: cannot unmarshal number into Go struct field Config.log-opts of type string'],
      ['{"log-driver": 5}', 'unable to configure the Docker daemon with file /etc/docker/daemon.json: json: cannot unmarshal number into Go struct field Config.log-driver of type string'],
      ['[1]', 'unable to configure the Docker daemon with file /etc/docker/daemon.json: json: cannot unmarshal array into Go value of type map[string]interface {}'],
      ['{"log-opts":[1]}', 'unable to configure the Docker daemon with file /etc/docker/daemon.json: json: cannot unmarshal array into Go struct field Config.log-opts of type map[string]string'],
    ] as const) {
      const { s, restart, journal } = await restartWith(json);
      expect(restart.exitCode, json).not.toBe(0);
      expect(journal, json).toContain(message);
      expect((await s.run('docker ps')).stderr, json).toContain('Cannot connect to the Docker daemon');
    }
  });

  it('option values wait for a container start, and none takes any options', async () => {
    const { s, restart } = await restartWith('{"log-opts":{"max-size":"abc"}}');
    expect(restart.exitCode).toBe(0);
    const run = await s.run('docker run -d --name x1 busybox true');
    expect(run.stderr).toBe("docker: Error response from daemon: failed to initialize logging driver: invalid size: 'abc'.\n");
    const none = await restartWith('{"log-driver":"none","log-opts":{"max-size":"1k"}}');
    expect(none.restart.exitCode).toBe(0);
  });
});
