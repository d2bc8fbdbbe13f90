// A container's /proc/mounts and busybox mount's listing of it, as the oracle's real containerd
// 1.6.20 node showed them (tests/oracle/scripts/153-fresh-run-rare-flags.sh and
// 158-fresh-busybox-applets.sh): rootfs overlay, the spec's mounts, readonly and masked paths.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../index';

const SNAPSHOTS = '/var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots';

describe('/proc/mounts in a container', () => {
  it('lists what runc mounted, in its order, with the options the kernel prints', async () => {
    const s = createSession({ seed: 4, now: () => Date.UTC(2026, 11, 7, 11, 0, 0) });
    await s.run('ctr i pull docker.io/library/busybox:latest');
    const r = await s.run('ctr run --rm docker.io/library/busybox:latest m1 cat /proc/mounts');
    expect(r.stdout).toBe(
      `overlay / overlay rw,relatime,lowerdir=${SNAPSHOTS}/1/fs,upperdir=${SNAPSHOTS}/2/fs,workdir=${SNAPSHOTS}/2/work 0 0\n` +
        'proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0\n' +
        'tmpfs /dev tmpfs rw,nosuid,size=65536k,mode=755 0 0\n' +
        'devpts /dev/pts devpts rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=666 0 0\n' +
        'shm /dev/shm tmpfs rw,nosuid,nodev,noexec,relatime,size=65536k 0 0\n' +
        'mqueue /dev/mqueue mqueue rw,nosuid,nodev,noexec,relatime 0 0\n' +
        'sysfs /sys sysfs ro,nosuid,nodev,noexec,relatime 0 0\n' +
        'tmpfs /run tmpfs rw,nosuid,size=65536k,mode=755 0 0\n' +
        'proc /proc/bus proc ro,nosuid,nodev,noexec,relatime 0 0\n' +
        'proc /proc/fs proc ro,nosuid,nodev,noexec,relatime 0 0\n' +
        'proc /proc/irq proc ro,nosuid,nodev,noexec,relatime 0 0\n' +
        'proc /proc/sys proc ro,nosuid,nodev,noexec,relatime 0 0\n' +
        'tmpfs /proc/acpi tmpfs ro,relatime 0 0\n' +
        'tmpfs /proc/keys tmpfs rw,nosuid,size=65536k,mode=755 0 0\n' +
        'tmpfs /proc/timer_list tmpfs rw,nosuid,size=65536k,mode=755 0 0\n' +
        'tmpfs /sys/firmware tmpfs ro,relatime 0 0\n',
    );
    const ro = await s.run("ctr run --rm --read-only --mount type=tmpfs,dst=/s1,options=size=1m docker.io/library/busybox:latest m2 grep -E ' / | /s1 ' /proc/mounts");
    expect(ro.stdout).toMatch(/^overlay \/ overlay ro,relatime,lowerdir=/);
    expect(ro.stdout).toContain('\n /s1 tmpfs rw,relatime,size=1024k 0 0\n');
    expect((await s.run('ctr run --rm docker.io/library/busybox:latest m3 mount -t devpts')).stdout).toBe(
      'devpts on /dev/pts type devpts (rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=666)\n',
    );
  });
});
