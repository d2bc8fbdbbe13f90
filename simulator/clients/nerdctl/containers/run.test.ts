// `nerdctl run`'s flags as 0.22.2 applies them (cmd/nerdctl/run*.go@v0.22.2): default names
// `<image basename>-<5 of the id>`, bind mounts and named volumes (kept in the data store's
// volumes dir), image VOLUMEs as anonymous volumes, -e/--env-file, -w, --entrypoint, --net
// host/none, --cpus/-m/--label in the spec and labels, -i with piped stdin, --rm, exit codes.

import { describe, expect, it } from 'vitest';
import { nerdctlSession } from '../images/test-support';

describe('nerdctl run', () => {
  it('names a container after its image with 5 chars of its 64-hex id', async () => {
    const run = nerdctlSession();
    const id = (await run('nerdctl run -d nginx:alpine')).out.trim();
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect((await run('nerdctl ps --format "{{.Names}}"')).out).toBe(`nginx-${id.slice(0, 5)}\n`);
    expect((await run(`ls /var/lib/nerdctl/1935db59/names/default`)).out).toBe(`nginx-${id.slice(0, 5)}\n`);
  });

  it('bind-mounts a node directory and keeps a named volume under the data store', async () => {
    const run = nerdctlSession();
    await run('mkdir -p /srv/www && echo hello-bind > /srv/www/index.html');
    expect((await run('nerdctl run --rm -v /srv/www:/data alpine cat /data/index.html')).out).toBe('hello-bind\n');
    expect((await run("nerdctl run --rm -v myvol:/data alpine sh -c 'echo inside > /data/f; cat /data/f'")).out).toBe('inside\n');
    expect((await run('cat /var/lib/nerdctl/1935db59/volumes/default/myvol/_data/f')).out).toBe('inside\n');
    expect((await run('cat /var/lib/nerdctl/1935db59/volumes/default/myvol/volume.json')).out).toBe('{\n    "labels": {}\n}');
    expect((await run('nerdctl ps -a -q')).out).toBe('');
  });

  it("gives an image's VOLUME an anonymous volume, recorded in the mounts label", async () => {
    const run = nerdctlSession();
    await run('nerdctl run -d --name reg -p 5000:5000 registry:2');
    const mounts = JSON.parse((await run("nerdctl inspect -f '{{json .Mounts}}' reg")).out) as Array<Record<string, unknown>>;
    expect(mounts).toHaveLength(1);
    expect(mounts[0]).toMatchObject({ Type: 'volume', Destination: '/var/lib/registry', Driver: 'local', Mode: '', RW: true, Propagation: '' });
    expect(String(mounts[0]?.Name)).toMatch(/^[0-9a-f]{64}$/);
    expect(mounts[0]?.Source).toBe(`/var/lib/nerdctl/1935db59/volumes/default/${String(mounts[0]?.Name)}/_data`);
  });

  it('applies --env-file then -e, -w and --entrypoint', async () => {
    const run = nerdctlSession();
    await run("printf 'A=1\\n# comment\\nB=two\\n' > /tmp/env.list");
    expect((await run('nerdctl run --rm -e X=y --env-file /tmp/env.list alpine env')).out).toBe(
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nA=1\nB=two\nX=y\nHOME=/root\n',
    );
    expect((await run('nerdctl run --rm -w /tmp alpine pwd')).out).toBe('/tmp\n');
    expect((await run('nerdctl run --rm --entrypoint echo alpine hi there')).out).toBe('hi there\n');
    expect(await run('nerdctl run --rm --env-file /nope alpine true')).toMatchObject({
      code: 1,
      err: expect.stringContaining('msg="failed to open env file /nope: open /nope: no such file or directory"'),
    });
  });

  it('records -u, --cpus, -m and --label in the spec and labels', async () => {
    const run = nerdctlSession();
    const id = (await run('nerdctl run -d --name lim -u 1000:1000 --cpus 0.5 -m 64m --label team=a nginx:alpine')).out.trim();
    const spec = JSON.parse((await run(`ctr c info ${id}`)).out) as { Labels: Record<string, string>; Spec: { process: { user: { uid: number; gid: number } }; linux: { resources: Record<string, unknown> } } };
    expect(spec.Spec.process.user).toMatchObject({ uid: 1000, gid: 1000 });
    expect(spec.Spec.linux.resources.cpu).toEqual({ quota: 50000, period: 100000 });
    expect(spec.Spec.linux.resources.memory).toEqual({ limit: 67108864, swap: 134217728 });
    expect(spec.Labels.team).toBe('a');
  });

  it('--net host shares the node network (no CNI address), --net none has none', async () => {
    const run = nerdctlSession();
    await run('nerdctl run -d --name h --net host nginx:alpine');
    expect((await run("nerdctl inspect -f '{{json .Config.Labels}}' h")).out).toContain('"nerdctl/networks":"[\\"host\\"]"');
    expect((await run('curl -s localhost')).out).toContain('Welcome to nginx!');
    await run('nerdctl run -d --name n --net none nginx:alpine');
    expect((await run("nerdctl inspect -f '{{json .NetworkSettings.Networks}}' n")).out).toBe('{}\n');
  });

  it('-i feeds piped stdin and exits with the process; a failing command gives its code', async () => {
    const run = nerdctlSession();
    expect(await run('echo piped | nerdctl run --rm -i alpine cat')).toMatchObject({ out: 'piped\n', code: 0 });
    expect(await run("nerdctl run --rm alpine sh -c 'echo out; exit 3'")).toMatchObject({ out: 'out\n', err: expect.not.stringContaining('fatal'), code: 3 });
    expect((await run('nerdctl ps -a -q')).out).toBe('');
  });
});
