// ctr tasks exec --user, as a real containerd 1.6.20 (Debian 1.6.20~ds1-1+deb12u3) answered
// with the oracle's busybox image (tests/oracle/scripts/51-exec-user.sh).
import { describe, expect, it } from 'vitest';
import { addTestImage } from '../../../containerd/containers/test-image';
import { makeTestNode } from '../../../containerd/namespaces/test-support';
import { ctr } from '../ctr-test-support';

const BB = 'docker.io/library/busybox:latest';

async function running() {
  const node = makeTestNode();
  addTestImage(node, 'default', BB);
  await ctr(node, `run -d ${BB} u1 sleep 3600`);
  return node;
}

const mountFailure = (what: string) => new RegExp(`^ctr: mount callback failed on /tmp/containerd-mount\\d+: ${what}\\n$`);

describe('ctr tasks exec --user', () => {
  it('resolves names and ids from the image /etc/passwd and /etc/group', async () => {
    const node = await running();
    const id = async (user: string, n: number) => (await ctr(node, `t exec --exec-id e${n} --user ${user} u1 id`)).stdout;
    expect(await id('nobody', 1)).toBe('uid=65534(nobody) gid=65534(nogroup) groups=65534(nogroup)\n');
    expect(await id('1234', 2)).toBe('uid=1234 gid=0(root) groups=0(root)\n');
    expect(await id('nobody:root', 3)).toBe('uid=65534(nobody) gid=0(root) groups=0(root)\n');
    expect(await id('5:6', 4)).toBe('uid=5 gid=6(disk) groups=6(disk)\n');
    expect(await id(':', 5)).toBe('uid=0(root) gid=0(root) groups=0(root)\n');
  });

  it('fails as ctr words it: unknown names, three fields, ids outside int32', async () => {
    const node = await running();
    expect((await ctr(node, 't exec --exec-id a --user alice u1 id')).stderr).toMatch(mountFailure('no users found'));
    expect((await ctr(node, 't exec --exec-id b --user nobody:nogrp u1 id')).stderr).toMatch(mountFailure('no groups found'));
    expect((await ctr(node, 't exec --exec-id c --user -1 u1 id')).stderr).toMatch(mountFailure('no users found'));
    expect((await ctr(node, 't exec --exec-id d --user 4294967296 u1 id')).stderr).toMatch(mountFailure('no users found'));
    expect(await ctr(node, 't exec --exec-id e --user 1:2:3 u1 id')).toEqual({ stdout: '', stderr: 'ctr: invalid USER value 1:2:3\n', exit: 1 });
  });

  it('looks the user up before the task: a container without one fails on the name first', async () => {
    const node = makeTestNode();
    addTestImage(node, 'default', BB);
    await ctr(node, `c create ${BB} c1`);
    expect((await ctr(node, 't exec --exec-id a --user alice c1 id')).stderr).toMatch(mountFailure('no users found'));
    expect((await ctr(node, 't exec --exec-id a --user nobody c1 id')).stderr).toBe('ctr: no running task found: task c1 not found: not found\n');
  });

  it('checks --log-uri against -t and --fifo-dir only once the task is loaded', async () => {
    const node = await running();
    expect((await ctr(node, 't exec --exec-id a --log-uri file:///l missing id')).stderr).toBe('ctr: container "missing" in namespace "default": not found\n');
    expect((await ctr(node, 't exec --exec-id a -t --log-uri file:///l u1 id')).stderr).toBe("ctr: can't use log-uri with tty\n");
    expect((await ctr(node, 't exec --exec-id a --fifo-dir /tmp --log-uri file:///l u1 id')).stderr).toBe("ctr: can't use log-uri with fifo-dir\n");
  });
});
