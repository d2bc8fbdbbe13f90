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

// The rest of daemon.json as a real dockerd 20.10.24 took it (a private daemon with --config-file,
// its `docker info` read with Debian's docker 20.10 CLI).
describe('daemon.json beyond the log settings', () => {
  it('debug, labels, insecure registries, mirrors and live-restore show in docker info after a restart', async () => {
    const { s, restart } = await restartWith(
      '{"labels": ["env=lab"], "insecure-registries": ["harbor.mydomain.com", "10.1.2.3/8"], "registry-mirrors": ["https://mirror.example.com"], "live-restore": true, "debug": true}',
    );
    expect(restart.exitCode).toBe(0);
    const info = (await s.run('docker info')).stdout;
    const tail = info.slice(info.indexOf(' Docker Root Dir:'));
    expect(tail).toMatch(
      /^ Docker Root Dir: \/var\/lib\/docker\n Debug Mode: true\n {2}File Descriptors: \d+\n {2}Goroutines: \d+\n {2}System Time: \S+Z\n {2}EventsListeners: 0\n Registry: https:\/\/index\.docker\.io\/v1\/\n Labels:\n {2}env=lab\n Experimental: false\n Insecure Registries:\n {2}harbor\.mydomain\.com\n {2}10\.0\.0\.0\/8\n {2}127\.0\.0\.0\/8\n Registry Mirrors:\n {2}https:\/\/mirror\.example\.com\/\n Live Restore Enabled: true\n\n$/,
    );
    expect((await s.run("docker info -f '{{json .RegistryConfig.Mirrors}} {{json .RegistryConfig.InsecureRegistryCIDRs}} {{.Labels}} {{.Debug}} {{.LiveRestoreEnabled}}'")).stdout).toBe(
      '["https://mirror.example.com/"] ["10.0.0.0/8","127.0.0.0/8"] [env=lab] true true\n',
    );
    expect((await s.run("docker info -f '{{json .RegistryConfig.IndexConfigs}}'")).stdout).toBe(
      '{"docker.io":{"Name":"docker.io","Mirrors":["https://mirror.example.com/"],"Secure":true,"Official":true},"harbor.mydomain.com":{"Name":"harbor.mydomain.com","Mirrors":[],"Secure":false,"Official":false}}\n',
    );
    // Removing the file and restarting brings the defaults back.
    await s.run('rm /etc/docker/daemon.json && systemctl restart docker');
    expect((await s.run("docker info -f '{{.Debug}} {{.Labels}} {{json .RegistryConfig.Mirrors}} {{.LiveRestoreEnabled}}'")).stdout).toBe('false [] [] false\n');
  });

  it('refusals stop the start with dockerd\'s message in the journal, the CLI then finds no daemon', async () => {
    const unable = 'unable to configure the Docker daemon with file /etc/docker/daemon.json: ';
    for (const [json, message] of [
      ['{"hosts": ["tcp://0.0.0.0:2375"]}', `${unable}the following directives are specified both as a flag and in the configuration file: hosts: (from flag: [fd://], from file: [tcp://0.0.0.0:2375])`],
      ['{"registry-mirors": ["https://m.example.com"]}', `${unable}the following directives don't match any configuration option: registry-mirors`],
      ['{"debug": "yes"}', `${unable}json: cannot unmarshal string into Go struct field Config.debug of type bool`],
      ['{"registry-mirrors": ["ftp://x"]}', 'failed to start daemon: invalid mirror: unsupported scheme "ftp" in "ftp://x"'],
      ['{"registry-mirrors": ["https://m.example.com/path"]}', 'failed to start daemon: invalid mirror: path, query, or fragment at end of the URI "https://m.example.com/path"'],
      ['{"registry-mirrors": ["https://u:p@m.example.com"]}', 'failed to start daemon: invalid mirror: username/password not allowed in URI "https://u:xxxxx@m.example.com"'],
      ['{"insecure-registries": ["a://b"]}', "failed to start daemon: insecure registry a://b should not contain '://'"],
      ['{"insecure-registries": ["myreg:99999"]}', 'failed to start daemon: insecure registry myreg:99999 is not valid: invalid port "99999"'],
      ['{"exec-opts": ["native.cgroupdriver=bogus"]}', 'failed to start daemon: native.cgroupdriver option bogus not supported'],
      ['{"exec-opts": ["native.cgroupdriver=none"]}', 'failed to start daemon: native.cgroupdriver option none is internally used and cannot be specified manually'],
      ['{"labels": ["a=b", "a=c"]}', ']: conflict labels for a=c and a=b'],
    ] as const) {
      const { s, restart, journal } = await restartWith(json);
      expect(restart.exitCode, json).not.toBe(0);
      expect(journal, json).toContain(message);
      expect((await s.run('docker ps')).stderr, json).toContain('Cannot connect to the Docker daemon');
    }
  });

  it('a flag\'s own name passes the key check but sets nothing: the mirror is ignored', async () => {
    const { s, restart } = await restartWith('{"registry-mirror": ["https://m.example.com"]}');
    expect(restart.exitCode).toBe(0);
    expect((await s.run('docker info | grep -A2 "Insecure Registries"')).stdout).toBe(' Insecure Registries:\n  127.0.0.0/8\n Live Restore Enabled: false\n');
  });

  it('an insecure registry given with http:// is kept without it, after a warning in the journal', async () => {
    const { s, restart, journal } = await restartWith('{"insecure-registries": ["http://192.168.0.10:5000"]}');
    expect(restart.exitCode).toBe(0);
    expect(journal).toMatch(/dockerd\[\d+\]: time="[^"]+" level=warning msg="insecure registry http:\/\/192\.168\.0\.10:5000 should not contain 'http:\/\/' and 'http:\/\/' has been removed from the insecure registry config"\n/);
    expect((await s.run('docker info | grep -A3 "Insecure Registries"')).stdout).toBe(' Insecure Registries:\n  192.168.0.10:5000\n  127.0.0.0/8\n Live Restore Enabled: false\n');
  });

  it('an empty file, a directory and a null are what dockerd makes of them', async () => {
    const empty = await restartWith('');
    // printf '%s\n' '' writes a lone newline: still nothing to decode.
    expect(empty.journal).toContain('unable to configure the Docker daemon with file /etc/docker/daemon.json: EOF');
    const nothing = await restartWith('null');
    expect(nothing.restart.exitCode).toBe(0);
    const s = await session();
    await s.run('rm -f /etc/docker/daemon.json; mkdir -p /etc/docker/daemon.json');
    expect((await s.run('systemctl restart docker')).exitCode).not.toBe(0);
    expect((await s.run('journalctl -u docker --no-pager')).stdout).toContain(
      'unable to configure the Docker daemon with file /etc/docker/daemon.json: read /etc/docker/daemon.json: is a directory',
    );
  });
});
