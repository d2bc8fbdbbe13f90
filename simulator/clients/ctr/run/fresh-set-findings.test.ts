// What a fresh learner set (oracle 114-118) found, as a real ctr 1.6.20 on containerd
// 1.6.20 answered: a label with an empty key refused by bolt (container and namespace alike, and
// nothing stored), a --cwd with `..` seen by getcwd as the directory it names, a non-root user
// refused writes into a directory it may not write, and a native view using nothing of its own.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

const BB = 'docker.io/library/busybox:latest';

async function session() {
  let t = Date.UTC(2026, 11, 7, 4, 0, 0);
  const s = createSession({ seed: 39, now: () => (t += 7) });
  await s.run(`ctr i pull ${BB}`);
  return s;
}

describe('what a fresh ctr learner set found', () => {
  it('refuses a container label with an empty key and stores no container', async () => {
    const s = await session();
    const r = await s.run(`ctr run --label =v ${BB} l4 true`);
    expect(r).toEqual({ stdout: '', stderr: 'ctr: failed to write container "l4": failed to set label ""="v": key required: unknown\n', exitCode: 1 });
    expect((await s.run('ctr c ls -q')).stdout).toBe('');
    // An empty key with an empty value is dropped before it reaches the store.
    expect((await s.run(`ctr run --rm --label = ${BB} l5 true`)).exitCode).toBe(0);
  });

  it('refuses a namespace label with an empty key, even with an empty value, and creates nothing', async () => {
    const s = await session();
    expect(await s.run('ctr ns create team3 =v')).toEqual({ stdout: '', stderr: 'ctr: key required: unknown\n', exitCode: 1 });
    expect(await s.run('ctr ns create team4 =')).toEqual({ stdout: '', stderr: 'ctr: key required: unknown\n', exitCode: 1 });
    expect((await s.run('ctr ns ls -q')).stdout).toBe('default\n');
  });

  it('runs in the directory --cwd names: pwd prints it without `..`', async () => {
    const s = await session();
    expect((await s.run(`ctr run --rm --cwd /tmp/../etc ${BB} w4 pwd`)).stdout).toBe('/etc\n');
    expect((await s.run(`ctr run --rm --cwd /etc/./ ${BB} w5 pwd`)).stdout).toBe('/etc\n');
  });

  it('lets a non-root user write only where the mode bits let it', async () => {
    const s = await session();
    await s.run(`ctr run -d ${BB} x1 sleep 600`);
    const r = await s.run(`ctr t exec --exec-id a --user nobody x1 sh -c 'touch /root/x; echo $?; touch /tmp/y; echo $?; mkdir /etc/d; echo $?'`);
    expect(r.stdout).toBe('1\n0\n1\n');
    expect(r.stderr).toBe("touch: /root/x: Permission denied\nmkdir: can't create directory '/etc/d': Permission denied\n");
    // What it made is its own: it may touch it again, root's /etc/passwd it may not.
    const again = await s.run(`ctr t exec --exec-id b --user 65534 x1 sh -c 'touch /tmp/y; echo $?; touch /etc/passwd; echo $?'`);
    expect(again.stdout).toBe('0\n1\n');
    expect((await s.run(`ctr t exec --exec-id c x1 sh -c 'touch /root/x; echo $?'`)).stdout).toBe('0\n');
  });

  it('counts no usage for a native view', async () => {
    const s = await session();
    await s.run('ctr snapshots --snapshotter native prepare n1');
    await s.run('ctr snapshots --snapshotter native commit nc1 n1');
    await s.run('ctr snapshots --snapshotter native view nv1 nc1');
    const r = await s.run('ctr snapshots --snapshotter native usage nv1');
    expect(r.stdout).toBe('KEY SIZE  INODES \nnv1 0.0 B 0      \n');
  });
});

describe('ctr run --rootfs', () => {
  it('stores a container without image or snapshot; runc refuses a root that is not there', async () => {
    const s = await session();
    const r = await s.run('ctr run --rootfs /nonexistent rf3 true');
    expect(r).toEqual({
      stdout: '',
      stderr: 'ctr: failed to create shim task: OCI runtime create failed: runc create failed: invalid rootfs: stat /nonexistent: no such file or directory: unknown\n',
      exitCode: 1,
    });
    // REF is made absolute against ctr's directory, even when it reads like an image name.
    expect((await s.run(`ctr run --rootfs ${BB} rf1 true`)).stderr).toContain('invalid rootfs: stat /root/docker.io/library/busybox:latest: no such file or directory');
    expect((await s.run('ctr c ls')).stdout).toBe(
      'CONTAINER    IMAGE    RUNTIME                  \nrf1          -        io.containerd.runc.v2    \nrf3          -        io.containerd.runc.v2    \n',
    );
  });

  it('runs from a directory of the node: an empty one has no program, runc makes its mount points there', async () => {
    const s = await session();
    await s.run('mkdir -p /tmp/rootdir');
    const r = await s.run('ctr run --rootfs /tmp/rootdir rf2 true');
    expect(r.stderr).toBe('ctr: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "true": executable file not found in $PATH: unknown\n');
    expect((await s.run('ls /tmp/rootdir')).stdout).toBe('dev\nproc\nrun\nsys\n');
  });
});
