// docker inspect / docker container inspect over dockerd's records: the whole types.ContainerJSON
// against the recorded real one (conformance 10 #61, `docker inspect sleeper`, Docker 20.10.24),
// random ids (overlay2 dirs, sandbox, network) aside; the rest checked against a private real
// dockerd 20.10.24 (Debian's /usr/bin/docker) with test-support.ts' containers.

import { describe, expect, it } from 'vitest';
import { networkStore } from '../../../dockerd/network/network-store';
import { B1, IMAGE_ID, sessionWithContainers } from './test-support';

declare global {
  interface ImportMeta {
    glob(pattern: string, options: { query: '?raw'; import: 'default'; eager: true }): Record<string, string>;
  }
}

// Read by the test runner's bundler (no Node file API: the simulator runs in the browser too).
const RECORDED_TEXT = Object.values(
  import.meta.glob('../../../../tests/conformance/recorded/10-docker-engine.jsonl', { query: '?raw', import: 'default', eager: true }),
)[0] ?? '';
const RECORDED = RECORDED_TEXT
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as { cmd: string; stdout: string });

/** The recording's random ids and its recorder's exec root, made comparable. */
function normalise(text: string): string {
  return text
    .replace(/overlay2\/[0-9a-f]{64}/g, 'overlay2/LAYER')
    .replace(/"(SandboxID|NetworkID)": "[0-9a-f]{64}"/g, '"$1": "ID"')
    .replace(/"SandboxKey": "[^"]*\/netns\/[0-9a-f]{12}"/, '"SandboxKey": "NETNS"');
}

describe('docker inspect of a container', () => {
  it('prints the recorded sleeper’s JSON: every field, its order and 4-space indentation', async () => {
    const recorded = RECORDED.find((r) => r.cmd === 'docker inspect sleeper');
    if (!recorded) throw new Error('conformance 10 has no `docker inspect sleeper`');
    const { session, run } = sessionWithContainers();
    const id = '67683b95fd8841644acf92eb1ad9321d097d8da7e20dcac29a400bbaeae0c097';
    const imageId = 'fc480f01af0ac256cc3196a957b5ae9d2bec486fc389156e1cfcb470865a7d30';
    const dockerd = session.node.state.dockerd;
    const image = dockerd.images[IMAGE_ID];
    if (!image) throw new Error('no image');
    dockerd.images[imageId] = { ...image, id: imageId };
    dockerd.containers[id] = {
      id,
      name: 'sleeper',
      image: 'busybox',
      imageId,
      created: '2026-11-28T05:30:24.56451993Z',
      path: 'sleep',
      args: ['3600'],
      config: { Hostname: '67683b95fd88', Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['sleep', '3600'], Image: 'busybox', Labels: {} },
      hostConfig: { NetworkMode: 'default' },
      state: { status: 'exited', pid: 0, exitCode: 137, startedAt: '2026-11-28T05:30:25.027963609Z', finishedAt: '2026-11-28T05:30:36.872158778Z' },
      ipAddress: '',
      restartCount: 0,
    };
    // It ran once: the network layer keeps its sandbox and the bridge it was on.
    const networks = networkStore(session.node);
    const bridge = Object.values(networks.networks).find((n) => n.name === 'bridge');
    if (!bridge) throw new Error('no bridge network');
    networks.sandboxes[id] = { id: '3007d805495f556b587f7080779623a5ecba679cfdd252fa7c113bf8508fab25', attached: { [bridge.id]: { aliases: [] } } };
    const r = await run('docker inspect sleeper');
    expect(r.exitCode).toBe(0);
    expect(normalise(r.stdout)).toBe(normalise(recorded.stdout));
  });

  it('-f with typed fields, index, range and json; the Config labels as a Go map', async () => {
    const { run } = sessionWithContainers();
    expect((await run("docker inspect -f '{{.State.Pid}} {{.Config.Cmd}} {{index .Config.Cmd 0}} {{range .Config.Env}}{{.}}{{end}}' b1")).stdout).toBe(
      '5571 [sleep 3600] sleep PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n',
    );
    expect((await run("docker inspect -f '{{.Config.Labels}}' c1")).stdout).toBe('map[com.example.vendor:acme]\n');
    expect((await run("docker inspect -f '{{json .State}}' b1")).stdout).toBe(
      '{"Status":"running","Running":true,"Paused":false,"Restarting":false,"OOMKilled":false,"Dead":false,"Pid":5571,"ExitCode":0,"Error":"","StartedAt":"2026-12-05T04:15:09.013Z","FinishedAt":"0001-01-01T00:00:00Z"}\n',
    );
    expect((await run("docker inspect -f '{{.Name}}' b1 e1")).stdout).toBe('/b1\n/e1\n');
    // Unset slices, maps and pointers are typed nils: [] / map[] / <nil>, as Go prints them.
    expect((await run("docker inspect -f '{{.ExecIDs}} {{.HostConfig.PidsLimit}} {{.Config.Volumes}} {{.HostConfig.Binds}} {{.NetworkSettings.Networks.bridge.IPAMConfig}}' e1")).stdout).toBe(
      '[] <nil> map[] [] <nil>\n',
    );
    expect((await run("docker inspect -f '{{.HostConfig.RestartPolicy}}' e1")).stdout).toBe('{no 0}\n');
    expect((await run("docker inspect -f '{{.Id}}' b1 busybox")).stdout).toBe(`${B1}\nsha256:${IMAGE_ID}\n`);
  });

  it('-s adds SizeRw and SizeRootFs', async () => {
    const { run } = sessionWithContainers();
    expect((await run("docker container inspect -s -f '{{.SizeRw}} {{.SizeRootFs}}' b1")).stdout).toBe('0 1984172\n');
    // Any other object warns once per object found (real 20.10.24: `docker inspect -s busybox b1 busybox`).
    expect(await run("docker inspect -s -f '{{.Id}}' busybox b1 busybox")).toEqual({
      stdout: `sha256:${IMAGE_ID}\n${B1}\nsha256:${IMAGE_ID}\n`,
      stderr: 'WARNING: --size ignored for image\nWARNING: --size ignored for image\n',
      exitCode: 0,
    });
  });

  it('missing objects: No such object / container / image / volume after the output, exit 1', async () => {
    const { run } = sessionWithContainers();
    expect(await run('docker inspect nosuch')).toEqual({ stdout: '[]\n', stderr: 'Error: No such object: nosuch\n', exitCode: 1 });
    expect(await run("docker inspect nosuch b1 -f '{{.Name}}'")).toEqual({ stdout: '/b1\n', stderr: 'Error: No such object: nosuch\n', exitCode: 1 });
    expect(await run('docker container inspect nosuch')).toEqual({ stdout: '[]\n', stderr: 'Error: No such container: nosuch\n', exitCode: 1 });
    expect(await run("docker container inspect b1 nosuch -f '{{.Name}}'")).toEqual({ stdout: '/b1\n', stderr: 'Error: No such container: nosuch\n', exitCode: 1 });
    expect(await run('docker inspect --type container busybox')).toEqual({ stdout: '[]\n', stderr: 'Error: No such container: busybox\n', exitCode: 1 });
    expect(await run('docker inspect --type image b1')).toEqual({ stdout: '[]\n', stderr: 'Error: No such image: b1\n', exitCode: 1 });
    expect(await run('docker inspect --type volume b1')).toEqual({ stdout: '[]\n', stderr: 'Error: No such volume: b1\n', exitCode: 1 });
    expect(await run('docker inspect --type network b1')).toEqual({ stdout: '[]\n', stderr: 'Error: No such network: b1\n', exitCode: 1 });
    expect(await run('docker inspect --type foo b1')).toEqual({ stdout: '', stderr: '"foo" is not a valid value for --type\n', exitCode: 1 });
  });

  it('bad templates: a blank line then the fallback’s error (exit 1); one that does not parse, exit 64', async () => {
    const { run } = sessionWithContainers();
    expect(await run("docker inspect -f '{{.Foo}}' b1")).toEqual({
      stdout: '\n',
      stderr: 'template parsing error: template: :1:2: executing "" at <.Foo>: map has no entry for key "Foo"\n',
      exitCode: 1,
    });
    expect(await run("docker inspect -f '{{.State.Status}} {{.Id}}' b1 busybox")).toEqual({
      stdout: `running ${B1}\n`,
      stderr: 'template parsing error: template: :1:8: executing "" at <.State.Status>: map has no entry for key "State"\n',
      exitCode: 1,
    });
    expect(await run("docker container inspect -f '{{.ID' b1")).toEqual({ stdout: '', stderr: 'template parsing error: template: :1: unclosed action\n', exitCode: 64 });
  });
});

describe('docker image inspect through the same printer', () => {
  it('a missing image with --format: an empty line, then the error; a bad template: exit 64 (real 20.10.24)', async () => {
    const { run } = sessionWithContainers();
    expect(await run("docker image inspect --format '{{.Id}}' nosuch")).toEqual({ stdout: '\n', stderr: 'Error: No such image: nosuch\n', exitCode: 1 });
    expect(await run("docker image inspect --format '{{.ID' busybox")).toEqual({ stdout: '', stderr: 'template parsing error: template: :1: unclosed action\n', exitCode: 64 });
    expect((await run("docker image inspect --format '{{.Id}}' busybox")).stdout).toBe(`sha256:${IMAGE_ID}\n`);
  });
});
