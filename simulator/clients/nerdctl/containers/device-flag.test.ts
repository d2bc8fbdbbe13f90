// nerdctl run --device (run_cgroup_linux.go parseDevice@v0.22.2, then containerd v1.6.20's
// oci.WithLinuxDevice over DeviceFromPath inside NewContainer).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';

const session = () => createSession({ seed: 43, now: () => Date.UTC(2026, 11, 6, 4, 30, 0) });
const fatal = (msg: string) => `level=fatal msg=${JSON.stringify(msg)}\n`;

describe('nerdctl run --device', () => {
  it('adds the node to linux.devices and an allow rule to the device cgroup; runc makes it in /dev', async () => {
    const s = session();
    expect((await s.run('nerdctl run --rm --device /dev/fuse busybox ls -l /dev/fuse')).stdout).toMatch(/^crw------- {4}1 root {5}root {7}10, 229 .* \/dev\/fuse\n$/);
    const list = (await s.run('nerdctl run --rm --device /dev/kvm:r busybox cat /sys/fs/cgroup/devices/devices.list')).stdout;
    expect(list).toContain('c 10:232 r\n');
    await s.run('nerdctl run -d --name d1 --device /dev/fuse:/dev/fuse:rw busybox sleep 100');
    const id = (await s.run("nerdctl inspect -f '{{.Id}}' d1")).stdout.trim();
    const spec = JSON.parse((await s.run(`ctr c info ${id}`)).stdout).Spec as { linux: Record<string, unknown> & { resources: { devices: unknown[] } } };
    expect(spec.linux.devices).toEqual([{ path: '/dev/fuse', type: 'c', major: 10, minor: 229, fileMode: 0o600, uid: 0, gid: 0 }]);
    expect(spec.linux.resources.devices.at(-1)).toEqual({ allow: true, type: 'c', major: 10, minor: 229, access: 'rw' });
    expect(Object.keys(spec.linux).indexOf('devices')).toBe(Object.keys(spec.linux).indexOf('namespaces') + 1);
  });

  it('parse errors come first; a path that is no device fails NewContainer and leaves nothing behind', async () => {
    const s = session();
    const cases: Array<[string, string]> = [
      ['/dev/fuse:/dev/f', 'failed to parse device "/dev/fuse:/dev/f": changing the path inside the container is not supported yet'],
      ['dev/fuse', 'failed to parse device "dev/fuse": "dev/fuse" is not an absolute path'],
      ['/dev/fuse:rwx', 'failed to parse device "/dev/fuse:rwx": invalid mode "rwx": unexpected rune 120'],
      ['/a:/a:r:x', 'failed to parse device "/a:/a:r:x": too many `:` symbols'],
      ['/dev/nope', 'lstat /dev/nope: no such file or directory'],
      ['/etc/hosts', 'not a device node'],
      ['/etc/hosts/x', 'lstat /etc/hosts/x: not a directory'],
    ];
    for (const [device, msg] of cases) {
      const r = await s.run(`nerdctl run --rm --name dev --device ${device} busybox true`);
      expect(r.exitCode, device).toBe(1);
      expect(r.stderr, device).toContain(fatal(msg));
    }
    // gcContainer released the name each time.
    expect((await s.run('nerdctl ps -a -q')).stdout).toBe('');
    expect((await s.run('nerdctl run --rm --name dev busybox true')).exitCode).toBe(0);
  });
});

describe('nerdctl run --device --privileged', () => {
  it('lists the device before the node’s and keeps only the allow-all rule', async () => {
    const s = session();
    await s.run('nerdctl create --name p1 --privileged --device /dev/fuse:r busybox true');
    const id = (await s.run("nerdctl inspect -f '{{.Id}}' p1")).stdout.trim();
    const linux = JSON.parse((await s.run(`ctr c info ${id}`)).stdout).Spec.linux as { devices: Array<{ path: string }>; resources: { devices: unknown[] } };
    expect(linux.devices[0]?.path).toBe('/dev/fuse');
    expect(linux.devices.filter((d) => d.path === '/dev/fuse')).toHaveLength(2);
    expect(linux.resources.devices).toEqual([{ allow: true, access: 'rwm' }]);
  });
});
