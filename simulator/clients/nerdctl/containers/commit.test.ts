// `nerdctl commit` (cmd/nerdctl/commit.go, pkg/imgutil/commit/commit.go@v0.22.2) on the diff
// service (containerd/diff/walking-differ.ts): the new image, its config and manifest as Go
// marshals them, the container's changes (deletions too) in a fresh container of the image,
// and the refusals in commit.go's order.

import { describe, expect, it } from 'vitest';
import { nerdctlSession } from '../images/test-support';

const DIGEST = /^sha256:[0-9a-f]{64}\n$/;

async function changedNginx() {
  const run = nerdctlSession();
  await run('nerdctl run -d --name w nginx:alpine');
  await run(`nerdctl exec w sh -c 'echo hello > /usr/share/nginx/html/hi.txt; rm /etc/nginx/conf.d/default.conf'`);
  return run;
}

describe('nerdctl commit', () => {
  it('prints the config digest; a container of the new image sees the changes and the deletion', async () => {
    const run = await changedNginx();
    const committed = await run('nerdctl commit w myimg:1');
    expect(committed.out).toMatch(DIGEST);
    expect(committed.code).toBe(0);
    const config = JSON.parse((await run(`ctr content get ${committed.out.trim()}`)).out);
    expect(Object.keys(config)).toEqual(['created', 'architecture', 'os', 'config', 'rootfs', 'history']);
    expect(config.history.at(-1)).toEqual({ created: config.created, created_by: '/docker-entrypoint.sh nginx -g daemon off;' });
    expect(config.rootfs.diff_ids).toHaveLength(9);
    expect((await run('nerdctl run --rm myimg:1 cat /usr/share/nginx/html/hi.txt')).out).toBe('hello\n');
    expect((await run('nerdctl run --rm myimg:1 ls /etc/nginx/conf.d')).out).toBe('');
    // The container keeps running: --pause paused it only while the layer was taken.
    expect((await run('nerdctl ps --format "{{.Names}} {{.Status}}"')).out).toBe('w Up\n');
  });

  it('writes a Docker schema 2 manifest indented by four spaces, the new layer last, with gc labels', async () => {
    const run = await changedNginx();
    await run('nerdctl commit w myimg:1');
    const target = (await run(`ctr i ls | awk '/myimg/{print $3}'`)).out.trim();
    const text = (await run(`ctr content get ${target}`)).out;
    expect(text).toMatch(/^\{\n {4}"mediaType": "application\/vnd\.docker\.distribution\.manifest\.v2\+json",\n {4}"schemaVersion": 2,\n {4}"config": \{\n {8}"mediaType": "application\/vnd\.docker\.container\.image\.v1\+json",/);
    const manifest = JSON.parse(text);
    expect(manifest.layers.at(-1).mediaType).toBe('application/vnd.docker.image.rootfs.diff.tar.gzip');
    const labels = (await run(`ctr content ls | grep ${target}`)).out;
    expect(labels).toContain(`containerd.io/gc.ref.content.0=${manifest.config.digest}`);
    expect(labels).toContain(`containerd.io/gc.ref.content.9=${manifest.layers.at(-1).digest}`);
    // The layer is a real gzip of a tar holding the new file and the whiteout.
    const listing = (await run(`ctr content get ${manifest.layers.at(-1).digest} | tar tz`)).out;
    expect(listing.split('\n')).toEqual(expect.arrayContaining(['etc/nginx/conf.d/.wh.default.conf', 'usr/share/nginx/html/hi.txt']));
    expect((await run('ctr leases ls -q')).out).toBe('');
  });

  it('--change CMD/ENTRYPOINT, --author and --message reach the config; the last CMD wins with a warning', async () => {
    const run = await changedNginx();
    const r = await run(`nerdctl commit -a 'me <me@x>' -m 'my msg' -c 'CMD ["echo","one"]' -c 'CMD ["echo","two"]' w myimg:2`);
    expect(r.err).toMatch(/level=warning msg="multiple change flags supplied for the CMD directive, overriding with last supplied"\n$/);
    const config = JSON.parse((await run(`ctr content get ${r.out.trim()}`)).out);
    expect(config.author).toBe('me <me@x>');
    expect(config.config.Cmd).toEqual(['echo', 'two']);
    expect(config.history.at(-1)).toMatchObject({ author: 'me <me@x>', comment: 'my msg' });
    expect((await run('nerdctl run --rm myimg:2')).out).toBe('two\n');
  });

  it('committing the same name again moves it to the new image', async () => {
    const run = await changedNginx();
    const first = (await run('nerdctl commit w myimg:1')).out;
    await run('nerdctl exec w touch /more');
    const second = (await run('nerdctl commit w myimg:1')).out;
    expect(second).not.toBe(first);
    expect((await run('nerdctl images --format "{{.Repository}}:{{.Tag}}"')).out).toBe('myimg:1\nnginx:alpine\n');
  });

  it('refuses as commit.go does, in its order', async () => {
    const run = await changedNginx();
    expect(await run('nerdctl commit w')).toMatchObject({ code: 1, err: expect.stringContaining('msg="accepts 2 arg(s), received 1"') });
    expect((await run('nerdctl commit nosuch x')).err).toContain('msg="no such container nosuch"');
    expect((await run(`nerdctl commit -c 'USER x' w y`)).err).toContain('msg="unknown change directive \\"USER\\""');
    expect((await run(`nerdctl commit -c 'CMD [x' w y`)).err).toContain('msg="malformed json in change flag value \\"CMD [x\\""');
    expect((await run(`nerdctl commit -c '' w y`)).err).toContain('msg="received an empty value in change flag"');
    expect((await run('nerdctl commit w Bad:Ref')).err).toContain('msg="invalid reference format: repository name must be lowercase"');
    // The reference is parsed before the container is looked for.
    expect((await run('nerdctl commit nosuch Bad:Ref')).err).toContain('invalid reference format');
  });
});
