// What a docker container's processes see of their mounts and of docker-init, and docker exec -i
// with a redirected stdin, as a private real dockerd 20.10.24 (Debian docker.io, cgroup v1 node on
// an ext4 /dev/vda) answered on 2026-12-07: tests/oracle/docker/scripts/72-fresh-mounts-init-stdin.sh.

import { describe, expect, it } from 'vitest';
import { sessionWithBusybox as session } from '../../clients/docker/containers/test-support';
import { linkIdOf } from '../images/overlay2-links';

const DISK = 'ext4 rw,relatime,discard,resv_strict,resuid=65534,resgid=65534 0 0';
const CGROUPS = ['cpu', 'cpuacct', 'cpuset', 'memory', 'devices', 'freezer', 'blkio', 'pids'];

describe("a docker container's /proc/mounts", () => {
  it('lists the overlay2 root through its short links, the defaults, cgroup v1 and the network files', async () => {
    const run = await session();
    const lines = (await run('docker run --rm busybox cat /proc/mounts')).stdout.split('\n');
    expect(lines[0]).toMatch(
      /^overlay \/ overlay rw,relatime,lowerdir=\/var\/lib\/docker\/overlay2\/l\/[A-Z2-7]{26}:\/var\/lib\/docker\/overlay2\/l\/[A-Z2-7]{26},upperdir=\/var\/lib\/docker\/overlay2\/[0-9a-f]{64}\/diff,workdir=\/var\/lib\/docker\/overlay2\/[0-9a-f]{64}\/work 0 0$/,
    );
    expect(lines.slice(1)).toEqual([
      'proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0',
      'tmpfs /dev tmpfs rw,nosuid,size=65536k,mode=755 0 0',
      'devpts /dev/pts devpts rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=666 0 0',
      'sysfs /sys sysfs ro,nosuid,nodev,noexec,relatime 0 0',
      'tmpfs /sys/fs/cgroup tmpfs rw,nosuid,nodev,noexec,relatime,mode=755 0 0',
      ...CGROUPS.map((c) => `cgroup /sys/fs/cgroup/${c} cgroup ro,nosuid,nodev,noexec,relatime,${c} 0 0`),
      'cgroup /sys/fs/cgroup/systemd cgroup ro,nosuid,nodev,noexec,relatime,name=systemd 0 0',
      'mqueue /dev/mqueue mqueue rw,nosuid,nodev,noexec,relatime 0 0',
      'shm /dev/shm tmpfs rw,nosuid,nodev,noexec,relatime,size=65536k 0 0',
      `/dev/vda /etc/resolv.conf ${DISK}`,
      `/dev/vda /etc/hostname ${DISK}`,
      `/dev/vda /etc/hosts ${DISK}`,
      'proc /proc/bus proc ro,nosuid,nodev,noexec,relatime 0 0',
      'proc /proc/fs proc ro,nosuid,nodev,noexec,relatime 0 0',
      'proc /proc/irq proc ro,nosuid,nodev,noexec,relatime 0 0',
      'proc /proc/sys proc ro,nosuid,nodev,noexec,relatime 0 0',
      'tmpfs /proc/acpi tmpfs ro,relatime 0 0',
      'tmpfs /proc/keys tmpfs rw,nosuid,size=65536k,mode=755 0 0',
      'tmpfs /proc/timer_list tmpfs rw,nosuid,size=65536k,mode=755 0 0',
      'tmpfs /sys/firmware tmpfs ro,relatime 0 0',
      '',
    ]);
  });

  it('names the links that exist on the node, the image layer shared and the init layer its own', async () => {
    const run = await session();
    await run('docker run -d --name m1 busybox sleep 1000');
    const root = (await run('docker exec m1 head -1 /proc/mounts')).stdout;
    const [init, image] = [...root.matchAll(/overlay2\/l\/([A-Z2-7]{26})/g)].map((m) => m[1]);
    expect((await run(`readlink /var/lib/docker/overlay2/l/${image}`)).stdout).toMatch(/^\.\.\/[0-9a-f]{64}\/diff\n$/);
    expect((await run(`readlink /var/lib/docker/overlay2/l/${init}`)).stdout).toMatch(/^\.\.\/[0-9a-f]{64}-init\/diff\n$/);
    // The container's own links go with it; the image layer's stays.
    await run('docker rm -f m1');
    expect((await run(`ls /var/lib/docker/overlay2/l/${init}`)).exitCode).not.toBe(0);
    expect((await run(`ls /var/lib/docker/overlay2/l/${image}`)).exitCode).toBe(0);
    const again = (await run('docker run --rm busybox head -1 /proc/mounts')).stdout;
    expect(again).toContain(`l/${image},upperdir=`);
    expect(again).not.toContain(`l/${init}:`);
  });

  it('puts docker-init, volumes, --tmpfs and the network files in WithMounts order, ro with --read-only', async () => {
    const run = await session();
    const mounts = (line: string) => run(line).then((r) => r.stdout.split('\n').filter((l) => !/^(proc|cgroup|sysfs|devpts|mqueue|overlay) |^tmpfs \/(dev|sys|proc)/.test(l)));
    expect(await mounts('docker run --rm --read-only --tmpfs /data:rw,noexec,size=10m -v v1:/v busybox cat /proc/mounts')).toEqual([
      'shm /dev/shm tmpfs rw,nosuid,nodev,noexec,relatime,size=65536k 0 0',
      `/dev/vda /v ${DISK}`,
      'tmpfs /data tmpfs rw,nosuid,nodev,noexec,relatime,size=10240k 0 0',
      `/dev/vda /etc/resolv.conf ${DISK.replace('rw,', 'ro,')}`,
      `/dev/vda /etc/hostname ${DISK.replace('rw,', 'ro,')}`,
      `/dev/vda /etc/hosts ${DISK.replace('rw,', 'ro,')}`,
      '',
    ]);
    expect(await mounts('docker run --rm --init --shm-size 1m -v v1:/a/b/c busybox cat /proc/mounts')).toEqual([
      'shm /dev/shm tmpfs rw,nosuid,nodev,noexec,relatime,size=1024k 0 0',
      `/dev/vda /sbin/docker-init ${DISK.replace('rw,', 'ro,')}`,
      `/dev/vda /etc/resolv.conf ${DISK}`,
      `/dev/vda /etc/hostname ${DISK}`,
      `/dev/vda /etc/hosts ${DISK}`,
      `/dev/vda /a/b/c ${DISK}`,
      '',
    ]);
    expect((await run('docker run --rm --read-only busybox sh -c "echo x >> /etc/hosts"')).exitCode).toBe(1);
  });

  it('makes link ids of 26 base32 characters, different for a layer and its -init', () => {
    const id = 'c4593973a1c1d4cbcb062a4ca4baa01706c3f9193d66006f53ed523989e0086b';
    expect(linkIdOf(id)).toMatch(/^[A-Z2-7]{26}$/);
    expect(linkIdOf(`${id}-init`)).toMatch(/^[A-Z2-7]{26}$/);
    expect(linkIdOf(`${id}-init`)).not.toBe(linkIdOf(id));
  });
});

describe('docker run --init', () => {
  it("runs the command as tini's child, PID 7 under PID 1, which ps lists", async () => {
    const run = await session();
    // runc init's threads take the next 5 or 6 PIDs first (runc.ts): the fork is 7 or 8.
    expect((await run('docker run --rm --init busybox ps -o pid,ppid,comm')).stdout).toMatch(/^PID {3}PPID  COMMAND\n {4}1 {5}0 docker-init\n {4}[78] {5}1 ps\n$/);
    expect((await run('docker run --rm --init busybox sh -c "echo \\$\\$"')).stdout).toMatch(/^[78]\n$/);
    expect((await run('docker run --rm --init busybox nosuch')).exitCode).toBe(127);
  });
});

describe('docker exec -i', () => {
  it('reads a redirected or piped stdin to its end', async () => {
    const run = await session();
    await run('docker run -d --name p1 busybox sleep 1000');
    expect(await run('docker exec -i p1 cat < /dev/null; echo "status $?"')).toEqual({ stdout: 'status 0\n', stderr: '', exitCode: 0 });
    expect((await run('true | docker exec -i p1 cat; echo "status $?"')).stdout).toBe('status 0\n');
    expect((await run("docker exec -i p1 sh -c 'read x; echo \"read $?\"' < /dev/null")).stdout).toBe('read 1\n');
    expect((await run('echo hi | docker exec -i p1 cat')).stdout).toBe('hi\n');
  });
});
