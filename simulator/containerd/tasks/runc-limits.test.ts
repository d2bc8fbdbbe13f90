// What runc gives a process of the spec: its rlimits (set by runc init, the rest inherited from
// containerd) and a sysfs that shows the container's own interfaces. Recorded through docker
// 20.10.24 (tests/oracle/docker/scripts/48-learner-fresh-f.sh, 50-learner-fresh-h.sh); ctr's
// default spec carries RLIMIT_NOFILE 1024:1024 (oci/spec.go populateDefaultUnixSpec).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../shell/session';

describe('a container process as runc starts it', () => {
  it('has the spec rlimits, containerd\'s limits elsewhere, in ctr, nerdctl and docker containers', async () => {
    const s = createSession({ seed: 24, now: () => Date.UTC(2026, 11, 6, 2, 0, 0) });
    await s.run('ctr i pull docker.io/library/busybox:latest');
    expect((await s.run("ctr run --rm docker.io/library/busybox:latest l1 sh -c 'ulimit -n; ulimit -u'")).stdout).toBe('1024\n96367\n');
    expect((await s.run("nerdctl run --rm --ulimit nofile=300:400 busybox sh -c 'ulimit -Sn -Hn'")).stdout).toBe('open files                      (-n) 300\nopen files                      (-n) 300\n');
    await s.run('docker pull busybox');
    expect((await s.run("docker run --rm --ulimit nproc=64 --ulimit nofile=1024:2048 busybox sh -c 'ulimit -u; ulimit -Hn'")).stdout).toBe('64\n2048\n');
    expect((await s.run("docker run --rm busybox sh -c 'ulimit -n'")).stdout).toBe('20000\n');
  });

  it('fails to start when the kernel refuses a spec rlimit (open files beyond nr_open)', async () => {
    const s = createSession({ seed: 24, now: () => Date.UTC(2026, 11, 6, 2, 0, 0) });
    await s.run('docker pull busybox');
    const r = await s.run('docker run --rm --ulimit nofile=2000000 busybox true');
    expect(r.stderr).toContain('error during container init: error setting rlimits for ready process: error setting rlimit type 7: operation not permitted: unknown.');
    expect(r.exitCode).toBe(125);
  });

  it('reads its interfaces in /sys/class/net, with the MAC dockerd gave', async () => {
    const s = createSession({ seed: 24, now: () => Date.UTC(2026, 11, 6, 2, 0, 0) });
    await s.run('docker pull busybox');
    expect((await s.run('docker run --rm --mac-address 02:42:ac:11:00:99 busybox cat /sys/class/net/eth0/address')).stdout).toBe('02:42:ac:11:00:99\n');
    expect((await s.run('docker run --rm busybox cat /sys/class/net/eth0/address')).stdout).toBe('02:42:ac:11:00:02\n');
    expect((await s.run('docker run --rm --network none busybox ls /sys/class/net')).stdout).toBe('lo\n');
    // ls -l of an attribute through the class's symlink lists the file itself: read-only, 4096.
    expect((await s.run('docker run --rm busybox ls -l /sys/class/net/eth0/address')).stdout).toMatch(/^-r--r--r-- +1 root +root +4096 .* \/sys\/class\/net\/eth0\/address\n$/);
  });
});
