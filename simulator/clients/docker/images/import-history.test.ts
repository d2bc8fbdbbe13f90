// docker import and docker history, as a private real dockerd 20.10.24 printed them (this
// machine's docker.io; `docker import rootfs.tar bb:1` of a busybox-static rootfs, then
// `docker history bb:1`, `-H=false`, `--no-trunc`, `-q`, and the -c/-m variants quoted below).

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';

const NOW = Date.UTC(2026, 11, 5, 4, 14, 29, 515);

function session() {
  let now = NOW;
  const s = createSession({ seed: 5, now: () => now });
  const run = async (line: string) => {
    const r = await s.run(line);
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  };
  return Object.assign(run, { advance: (ms: number) => (now += ms) });
}

/** A rootfs tarball as a learner makes one: busybox and a shell link. */
const MAKE_ROOTFS = 'mkdir -p /root/rfs/bin && echo "#!/bin/sh" > /root/rfs/bin/busybox && ln -s busybox /root/rfs/bin/sh && tar -C /root/rfs -cf /root/rootfs.tar .';

describe('docker import', () => {
  it('prints the new id; the image has one layer and the comment `Imported from -`', async () => {
    const run = session();
    await run(MAKE_ROOTFS);
    const r = await run('docker import /root/rootfs.tar bb:1');
    expect(r.stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    const id = r.stdout.trim();
    expect((await run('docker images --no-trunc -q bb:1')).stdout).toBe(`${id}\n`);
    expect((await run('docker image inspect bb:1 --format "{{.Comment}} {{.DockerVersion}} {{.Architecture}} {{len .RootFS.Layers}} {{json .Config.Cmd}}"')).stdout).toBe('Imported from - 20.10.24+dfsg1 amd64 1 null\n');
  });

  it('the same tarball at the same moment gives the same id (the config is its digest)', async () => {
    const run = session();
    await run(MAKE_ROOTFS);
    const a = (await run('docker import /root/rootfs.tar')).stdout;
    const b = (await run('cat /root/rootfs.tar | docker import -')).stdout;
    expect(a).toBe(b);
  });

  it('-c applies the commit commands, -m replaces the comment (`docker import -c \'CMD ["sh"]\' -m "my msg"`)', async () => {
    const run = session();
    await run(MAKE_ROOTFS);
    await run(`docker import -c 'ENV A=1' -c 'EXPOSE 80' -c 'WORKDIR /x' -c 'ENTRYPOINT ["a"]' -c 'USER u' -c 'LABEL a=b' -c 'VOLUME /v' -c 'CMD echo hi' -c 'ONBUILD RUN x' -c 'HEALTHCHECK NONE' /root/rootfs.tar ch:1`);
    // The recorded `docker image inspect ch:1 --format '{{json .Config}}'`.
    expect((await run("docker image inspect ch:1 --format '{{json .Config}}'")).stdout).toBe(
      '{"Hostname":"","Domainname":"","User":"u","AttachStdin":false,"AttachStdout":false,"AttachStderr":false,"ExposedPorts":{"80/tcp":{}},"Tty":false,"OpenStdin":false,"StdinOnce":false,"Env":["A=1"],"Cmd":["/bin/sh","-c","echo hi"],"Healthcheck":{"Test":["NONE"]},"Image":"","Volumes":{"/v":{}},"WorkingDir":"/x","Entrypoint":["a"],"OnBuild":["RUN x"],"Labels":{"a":"b"}}\n',
    );
    await run(`docker import -c 'CMD ["sh"]' -m 'hello msg' /root/rootfs.tar ch:2`);
    expect((await run('docker history ch:2')).stdout).toMatch(/^IMAGE          CREATED                  CREATED BY   SIZE      COMMENT\n[0-9a-f]{12}   Less than a second ago                \d+B +hello msg\n$/);
  });

  it('bad input: the daemon\'s and the client\'s refusals', async () => {
    const run = session();
    await run(MAKE_ROOTFS);
    expect(await run('docker import nosuch.tar')).toEqual({ stdout: '', stderr: 'open nosuch.tar: no such file or directory\n', exitCode: 1 });
    await run('echo garbage > /root/bad.tar');
    expect((await run('docker import /root/bad.tar')).stderr).toBe('Error response from daemon: Error processing tar file(exit status 1): unexpected EOF\n');
    expect((await run("docker import -c 'FOO bar' /root/rootfs.tar")).stderr).toBe('Error response from daemon: foo is not a valid change command\n');
    expect((await run("docker import -c 'RUN echo' /root/rootfs.tar")).stderr).toBe('Error response from daemon: run is not a valid change command\n');
    expect((await run("docker import -c 'ENV' /root/rootfs.tar")).stderr).toBe('Error response from daemon: ENV requires at least one argument\n');
    expect((await run("docker import -c '' /root/rootfs.tar")).stderr).toBe('Error response from daemon: file with no instructions\n');
    expect(await run('docker import /root/rootfs.tar Bad:x')).toEqual({ stdout: '', stderr: 'invalid reference format: repository name must be lowercase\n', exitCode: 1 });
    expect((await run('docker images -q')).stdout).toBe('');
  });

  it('an empty input is an empty layer: 0B, the digest of nothing (`docker import /dev/null e:1`)', async () => {
    const run = session();
    await run('docker import /dev/null e:1');
    expect((await run("docker inspect e:1 --format '{{.Size}} {{json .RootFS}}'")).stdout).toBe('0 {"Type":"layers","Layers":["sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"]}\n');
  });
});

describe('docker history', () => {
  it('an imported image: one row, no CREATED BY (recorded: `4e85f7316ec5   2026-12-05T04:14:29Z                1982284   Imported from -`)', async () => {
    const run = session();
    await run(MAKE_ROOTFS);
    const id = (await run('docker import /root/rootfs.tar bb:1')).stdout.trim().slice(7, 19);
    run.advance(4000);
    expect((await run('docker history bb:1')).stdout).toBe(
      `IMAGE          CREATED         CREATED BY   SIZE      COMMENT\n${id}   4 seconds ago                17B       Imported from -\n`,
    );
    expect((await run('docker history -H=false bb:1')).stdout).toBe(
      `IMAGE          CREATED AT             CREATED BY   SIZE      COMMENT\n${id}   2026-12-05T04:14:29Z                17        Imported from -\n`,
    );
    expect((await run('docker history -q bb:1')).stdout).toBe(`${id}\n`);
    expect((await run('docker history --no-trunc -q bb:1')).stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    expect((await run('docker history --format "{{.ID}}|{{.Size}}|{{.Comment}}" bb:1')).stdout).toBe(`${id}|17B|Imported from -\n`);
  });

  it('a pulled or loaded image: <missing> below the top, CREATED BY cut to 45 with an ellipsis', async () => {
    const run = session();
    await run('docker pull -q nginx:alpine');
    const lines = (await run('docker history nginx:alpine')).stdout.split('\n').filter(Boolean);
    expect(lines[0]).toMatch(/^IMAGE {10}CREATED +CREATED BY {38}SIZE {6}COMMENT$/);
    expect(lines[1]).toMatch(/^[0-9a-f]{12}   /);
    expect(lines.slice(2).every((l) => l.startsWith('<missing>      '))).toBe(true);
    const at = (lines[0] ?? '').indexOf('CREATED BY');
    const createdBy = lines.slice(1).map((l) => l.slice(at, at + 48).trimEnd());
    expect(createdBy.every((c) => [...c].length <= 45)).toBe(true);
    expect(createdBy.some((c) => c.endsWith('…'))).toBe(true);
  });

  it('an unknown image: the daemon names it with its default tag (real 20.10.24: `No such image: nosuch:latest`)', async () => {
    expect(await session()('docker history nosuch')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such image: nosuch:latest\n', exitCode: 1 });
  });
});
