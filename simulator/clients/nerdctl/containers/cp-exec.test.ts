// `nerdctl cp` both ways (cp_linux.go kopy@v0.22.2: file into a directory, directory by name,
// a running container only) and `nerdctl exec` (exec.go@v0.22.2: -w, -e, the exit-code error,
// -i with piped stdin, -d).

import { describe, expect, it } from 'vitest';
import { nerdctlSession } from '../images/test-support';

describe('nerdctl cp', () => {
  it('copies out of and into a running container; writes land in its own layer', async () => {
    const run = nerdctlSession();
    await run('nerdctl run -d --name web -p 80:80 nginx:alpine');
    expect(await run('nerdctl cp web:/etc/nginx/conf.d/default.conf /tmp/')).toEqual({ out: '', err: '', code: 0 });
    expect((await run('head -2 /tmp/default.conf')).out).toBe('server {\n    listen       80;\n');
    await run('echo from-host > /root/page.html');
    expect((await run('nerdctl cp /root/page.html web:/usr/share/nginx/html/page.html')).code).toBe(0);
    expect((await run('curl -s localhost/page.html')).out).toBe('from-host\n');
    expect((await run('nerdctl cp web:/usr/share/nginx/html /tmp/html')).code).toBe(0);
    expect((await run('ls /tmp/html')).out).toBe('50x.html\nindex.html\npage.html\n');
    // A new container from the same image does not see it.
    expect((await run('nerdctl run --rm nginx:alpine ls /usr/share/nginx/html')).out).toBe('50x.html\nindex.html\n');
  });

  it('refuses what kopy refuses, and a container that does not run', async () => {
    const run = nerdctlSession();
    await run('nerdctl run -d --name web nginx:alpine');
    const pid = (await run('nerdctl inspect -f "{{.State.Pid}}" web')).out.trim();
    expect((await run('nerdctl cp web:/nope /tmp/x')).err).toContain(`msg="stat /proc/${pid}/root/nope: no such file or directory"`);
    expect((await run('nerdctl cp /tmp web:/etc/hostname')).err).toContain('msg="cannot copy a directory to a file"');
    expect((await run('nerdctl cp a:/x b:/y')).err).toContain('msg="one of src or dest must be a local file specification"');
    expect((await run('nerdctl cp /a /b')).err).toContain('msg="one of src or dest must be a container file specification"');
    await run('nerdctl stop web');
    expect(await run('nerdctl cp web:/etc/hostname /tmp/h')).toMatchObject({ code: 1, err: expect.stringContaining('msg="expected container status running, got stopped"') });
  });
});

describe('nerdctl exec', () => {
  it('runs in the container with -w and -e; a non-zero exit is nerdctl\'s error', async () => {
    const run = nerdctlSession();
    await run('nerdctl run -d --name web nginx:alpine');
    expect((await run('nerdctl exec -w /etc web pwd')).out).toBe('/etc\n');
    expect((await run("nerdctl exec -e GREETING=hi web sh -c 'echo $GREETING'")).out).toBe('hi\n');
    expect(await run('nerdctl exec web ls /nope')).toMatchObject({ out: '', code: 1, err: expect.stringMatching(/No such file or directory\n.*level=fatal msg="exec failed with exit code 1"\n$/s) });
    expect((await run('echo typed | nerdctl exec -i web cat')).out).toBe('typed\n');
    expect(await run('nerdctl exec -d web sleep 5')).toEqual({ out: '', err: '', code: 0 });
    expect(await run('nerdctl exec -d -t web sh')).toMatchObject({ code: 1, err: expect.stringContaining('msg="currently flag -t and -d cannot be specified together (FIXME)"') });
  });
});
