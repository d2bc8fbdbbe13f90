// nerdctl cp and symlinks (cp_linux.go@v0.22.2 kopy): the container side of the copy is
// securejoin.SecureJoin'ed under /proc/<pid>/root, so a linked container source is resolved
// whole and arrives under its target's name; a node source goes through `cp -a`, which copies
// a link as a link unless -L (`cp -a -L`); links inside a copied directory stay links unless
// -L (`tar -h`).

import { describe, expect, it } from 'vitest';
import { nerdctlSession } from '../images/test-support';

/** A session with alpine running as `c`, and `setup` run on the node. */
async function sessionWith(setup: string) {
  const run = nerdctlSession();
  await run('nerdctl run -d --name c alpine sleep 1000');
  await run(setup);
  return run;
}

describe('nerdctl cp -L', () => {
  it('node to container: a linked file goes as the link, or with -L as the file', async () => {
    const run = await sessionWith('echo hi > /root/f && ln -s /root/f /root/lf');
    expect((await run('nerdctl cp /root/lf c:/tmp/')).code).toBe(0);
    expect((await run('nerdctl cp -L /root/lf c:/tmp/lf2')).code).toBe(0);
    const ls = (await run('nerdctl exec c ls -l /tmp/lf /tmp/lf2')).out;
    expect(ls).toMatch(/^lrwxrwxrwx .* \/tmp\/lf -> \/root\/f\n-rw-r--r-- .* 3 .* \/tmp\/lf2\n$/);
  });

  it('container to node: links inside a directory stay links unless -L', async () => {
    const run = await sessionWith(`nerdctl exec c sh -c 'mkdir /tmp/d && echo x > /tmp/d/f && ln -s /etc/alpine-release /tmp/d/h'`);
    expect((await run('nerdctl cp -L c:/tmp/d /root/deref')).code).toBe(0);
    expect((await run('ls -l /root/deref')).out).toMatch(/\n-rw-r--r-- 1 root root +2 .* f\n-rw-r--r-- 1 root root +\d+ .* h\n$/);
    expect((await run('nerdctl cp c:/tmp/d /root/kept')).code).toBe(0);
    expect((await run('ls -l /root/kept')).out).toMatch(/\nlrwxrwxrwx 1 root root +19 .* h -> \/etc\/alpine-release\n$/);
  });

  it('container to node: a linked source is resolved whole and lands under its target name', async () => {
    const run = await sessionWith('nerdctl exec c ln -s /etc/alpine-release /tmp/rel');
    expect((await run('nerdctl cp c:/tmp/rel /root/')).code).toBe(0);
    expect((await run('ls /root')).out).toBe('alpine-release\n');
  });
});
