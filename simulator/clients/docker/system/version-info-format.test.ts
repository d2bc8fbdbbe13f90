// docker version/info --format, as the real 20.10.24 client printed them on 2026-12-05 (with a
// private dockerd, and with DOCKER_HOST at a socket no daemon listens on).

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

const NOW = Date.UTC(2026, 11, 5, 7, 20, 1, 250);

function session() {
  const s = createSession({ seed: 23, now: () => NOW });
  return async (line: string) => {
    const r = await s.run(line);
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  };
}

const CLIENT_JSON =
  '{"Platform":{"Name":""},"Version":"20.10.24+dfsg1","ApiVersion":"1.41","DefaultAPIVersion":"1.41","GitCommit":"297e128","GoVersion":"go1.19.8","Os":"linux","Arch":"amd64","BuildTime":"Thu May  7 21:09:36 2026","Context":"default","Experimental":true}';
const NO_DAEMON = 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n';

describe('docker version --format', () => {
  it('fields of both versions, Go names in the template and json tags in json', async () => {
    const run = session();
    expect(await run("docker version --format '{{.Server.Version}}'")).toEqual({ stdout: '20.10.24+dfsg1\n', stderr: '', exitCode: 0 });
    expect((await run("docker version --format '{{.Server.APIVersion}} {{.Client.APIVersion}} {{.Server.Os}}/{{.Server.Arch}}'")).stdout).toBe('1.41 1.41 linux/amd64\n');
    expect((await run("docker version --format '{{json .Client}}'")).stdout).toBe(`${CLIENT_JSON}\n`);
    expect((await run("docker version --format '{{json .Server.Version}}'")).stdout).toBe('"20.10.24+dfsg1"\n');
  });
  it('the Engine component\'s BuildTime in ANSIC (runVersion rewrites it), the top-level one as the daemon sent it', async () => {
    const run = session();
    const server = JSON.parse((await run("docker version --format '{{json .Server}}'")).stdout) as { BuildTime: string; Components: { Name: string; Details: Record<string, string> }[] };
    expect(server.Components.find((c) => c.Name === 'Engine')?.Details.BuildTime).toBe('Thu May  7 21:09:36 2026');
    expect(server.BuildTime).toBe('2026-05-07T21:09:36.000000000+00:00');
    expect((await run('docker version --format \'{{index (index .Server.Components 0).Details "BuildTime"}}\'')).stdout).toBe('Thu May  7 21:09:36 2026\n');
  });
  it('template errors: parsing exits 64, executing prints the newline then the error, exit 1', async () => {
    const run = session();
    expect(await run("docker version --format '{{'")).toEqual({ stdout: '', stderr: 'template parsing error: template: version:1: unclosed action\n', exitCode: 64 });
    expect(await run("docker version --format '{{.Nosuch}}'")).toEqual({
      stdout: '\n',
      stderr: 'template: version:1:2: executing "version" at <.Nosuch>: can\'t evaluate field Nosuch in type system.versionInfo\n',
      exitCode: 1,
    });
    expect((await run("docker version --format '{{.Server.Nosuch}}'")).stderr).toBe('template: version:1:9: executing "version" at <.Server.Nosuch>: can\'t evaluate field Nosuch in type *types.Version\n');
  });
  it('no daemon: Server is null and the connection error is the one printed', async () => {
    const run = session();
    await run('systemctl stop docker');
    expect(await run("docker version --format '{{json .}}'")).toEqual({ stdout: `{"Client":${CLIENT_JSON},"Server":null}\n`, stderr: NO_DAEMON, exitCode: 1 });
    expect(await run("docker version --format '{{.Server.Version}}'")).toEqual({ stdout: '\n', stderr: NO_DAEMON, exitCode: 1 });
  });
});

describe('docker info --format', () => {
  it('promoted fields of types.Info, json in its field order', async () => {
    const run = session();
    expect((await run("docker info --format '{{.ServerVersion}}'")).stdout).toBe('20.10.24+dfsg1\n');
    expect((await run("docker info --format '{{.Containers}} {{.ContainersRunning}} {{.Images}} {{.Driver}} {{.CgroupDriver}} {{.LoggingDriver}}'")).stdout).toBe('0 0 0 overlay2 cgroupfs json-file\n');
    expect((await run("docker info --format '{{json .Plugins}}'")).stdout).toBe(
      '{"Volume":["local"],"Network":["bridge","host","ipvlan","macvlan","null","overlay"],"Authorization":null,"Log":["awslogs","fluentd","gcplogs","gelf","journald","json-file","local","logentries","splunk","syslog"]}\n',
    );
    const all = JSON.parse((await run("docker info --format '{{json .}}'")).stdout) as Record<string, unknown>;
    // The real one's keys, in order (a private dockerd 20.10.24's `{{json .}}`).
    expect(Object.keys(all).join(' ')).toBe(
      'ID Containers ContainersRunning ContainersPaused ContainersStopped Images Driver DriverStatus Plugins MemoryLimit SwapLimit KernelMemory KernelMemoryTCP CpuCfsPeriod CpuCfsQuota CPUShares CPUSet PidsLimit IPv4Forwarding BridgeNfIptables BridgeNfIp6tables Debug NFd OomKillDisable NGoroutines SystemTime LoggingDriver CgroupDriver CgroupVersion NEventsListener KernelVersion OperatingSystem OSVersion OSType Architecture IndexServerAddress RegistryConfig NCPU MemTotal GenericResources DockerRootDir HttpProxy HttpsProxy NoProxy Name Labels ExperimentalBuild ServerVersion Runtimes DefaultRuntime Swarm LiveRestoreEnabled Isolation InitBinary ContainerdCommit RuncCommit InitCommit SecurityOptions Warnings ClientInfo',
    );
    expect(all.SystemTime).toBe('2026-12-05T07:20:01.25Z');
    expect(all.Runtimes).toEqual({ 'io.containerd.runc.v2': { path: 'runc' }, 'io.containerd.runtime.v1.linux': { path: 'runc' }, runc: { path: 'runc' } });
  });
  it('template errors, and no daemon: ServerErrors in the data, a field of Info a reflect error', async () => {
    const run = session();
    expect(await run("docker info --format '{{{'")).toEqual({ stdout: '', stderr: 'template parsing error: template: :1: unexpected "{" in command\n', exitCode: 64 });
    expect(await run("docker info --format '{{.Nosuch}}'")).toEqual({ stdout: '\n', stderr: 'template: :1:2: executing "" at <.Nosuch>: can\'t evaluate field Nosuch in type system.info\n', exitCode: 1 });
    await run('systemctl stop docker');
    expect(await run("docker info --format '{{json .}}'")).toEqual({
      stdout: `{"ServerErrors":["${NO_DAEMON.trim()}"],"ClientInfo":{"Debug":false,"Context":"default","Plugins":[],"Warnings":null}}\n`,
      stderr: '',
      exitCode: 0,
    });
    expect(await run("docker info --format '{{.ServerVersion}}'")).toEqual({
      stdout: '\n',
      stderr: 'template: :1:2: executing "" at <.ServerVersion>: reflect: indirection through nil pointer to embedded struct field Info\n',
      exitCode: 1,
    });
  });
});
