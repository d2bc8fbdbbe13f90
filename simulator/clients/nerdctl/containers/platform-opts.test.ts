// nerdctl run's security and platform flags as setPlatformOptions (cmd/nerdctl/run_linux.go,
// run_security_linux.go, run_ulimit.go@v0.22.2) applies them (no nerdctl binary on these
// machines): the spec they give (`ctr c info --spec`), their warnings and their refusals.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';

const NOW = Date.UTC(2026, 11, 6, 1, 30, 0);
const session = () => createSession({ seed: 13, now: () => NOW });
type Spec = {
  process: { capabilities: { bounding?: string[] }; rlimits?: unknown[]; noNewPrivileges?: boolean; oomScoreAdj?: number; user: Record<string, unknown> };
  mounts: { destination: string; type: string; source: string; options?: string[] }[];
  linux: Record<string, unknown> & { namespaces: { type: string }[]; seccomp?: { defaultAction: string } };
};
async function run(s: ReturnType<typeof session>, flags: string): Promise<{ spec: Spec; stderr: string }> {
  const r = await s.run(`nerdctl run -d --name p1 ${flags} busybox sleep 3600`);
  expect(r.exitCode, r.stderr).toBe(0);
  const id = (await s.run("nerdctl inspect -f '{{.Id}}' p1")).stdout.trim();
  return { spec: JSON.parse((await s.run(`ctr c info --spec ${id}`)).stdout) as Spec, stderr: r.stderr };
}
const fatal = (why: string) => `time="2026-12-06T01:30:00Z" level=fatal msg="${why.replaceAll('"', '\\"')}"\n`;

describe('nerdctl run security flags', () => {
  it('has the default seccomp profile and no new privileges allowed by default', async () => {
    const { spec } = await run(session(), '');
    expect(spec.linux.seccomp?.defaultAction).toBe('SCMP_ACT_ERRNO');
    expect(spec.process.noNewPrivileges).toBeUndefined();
  });

  it('canonicalises capability names, warns about unknown ones, and knows ALL', async () => {
    const s = session();
    const { spec, stderr } = await run(s, '--cap-add net_admin --cap-add sys_foo --cap-drop CAP_CHOWN');
    expect(spec.process.capabilities.bounding).toContain('CAP_NET_ADMIN');
    expect(spec.process.capabilities.bounding).toContain('CAP_SYS_FOO');
    expect(spec.process.capabilities.bounding).not.toContain('CAP_CHOWN');
    expect(stderr).toContain('level=warning msg="Unknown capability name \\"CAP_SYS_FOO\\""');
    await s.run('nerdctl rm -f p1');
    const dropped = await run(s, '--cap-drop ALL --cap-add NET_RAW --cap-add chown');
    expect(dropped.spec.process.capabilities.bounding).toEqual(['CAP_NET_RAW', 'CAP_CHOWN']);
  });

  it('--privileged gives every capability, no seccomp, and writable sysfs and cgroupfs', async () => {
    const { spec } = await run(session(), '--privileged --cap-drop ALL');
    expect(spec.process.capabilities.bounding).toHaveLength(41);
    expect(spec.linux.seccomp).toBeUndefined();
    expect(spec.mounts.find((m) => m.destination === '/sys/fs/cgroup')?.options).toEqual(['rw', 'nosuid', 'noexec', 'nodev']);
  });

  it('--security-opt seccomp=unconfined, no-new-privileges, and an AppArmor profile this kernel cannot apply', async () => {
    const { spec, stderr } = await run(session(), '--security-opt seccomp=unconfined --security-opt no-new-privileges --security-opt apparmor=docker-default --security-opt label=disable');
    expect(spec.linux.seccomp).toBeUndefined();
    expect(spec.process.noNewPrivileges).toBe(true);
    expect(stderr).toContain('Unknown security-opt: \\"label\\"');
    expect(stderr).toContain('The host does not support AppArmor. Ignoring profile \\"docker-default\\"');
  });

  it('a seccomp profile file is read when the spec is built', async () => {
    const s = session();
    await s.run(`echo '{"defaultAction":"SCMP_ACT_ALLOW"}' > /root/allow.json`);
    expect((await run(s, '--security-opt seccomp=/root/allow.json')).spec.linux.seccomp).toEqual({ defaultAction: 'SCMP_ACT_ALLOW' });
    const missing = await s.run('nerdctl run -d --name p2 --security-opt seccomp=/root/none.json busybox sleep 1');
    expect(missing.stderr.replace(/^time="[^"]*"/, 'time=T')).toBe(fatal('cannot load seccomp profile "/root/none.json": open /root/none.json: no such file or directory').replace(/^time="[^"]*"/, 'time=T'));
  });
});

describe('nerdctl run platform flags', () => {
  it('--shm-size, --ulimit, --sysctl, --oom-score-adj and --umask land in the spec in Go struct order', async () => {
    const { spec } = await run(session(), '--shm-size 128m --ulimit nofile=2048:4096 --ulimit nproc=100 --sysctl net.ipv4.ip_forward=1 --sysctl kernel.msgmax=65536 --oom-score-adj 500 --umask 0077');
    expect(spec.mounts.find((m) => m.destination === '/dev/shm')?.options).toEqual(['nosuid', 'noexec', 'nodev', 'mode=1777', 'size=131072k']);
    expect(spec.process.rlimits).toEqual([
      { type: 'RLIMIT_NOFILE', hard: 4096, soft: 2048 },
      { type: 'RLIMIT_NPROC', hard: 100, soft: 100 },
    ]);
    expect(Object.keys(spec.linux).slice(0, 2)).toEqual(['sysctl', 'resources']);
    expect(JSON.stringify(spec.linux.sysctl)).toBe('{"kernel.msgmax":"65536","net.ipv4.ip_forward":"1"}');
    expect(Object.keys(spec.process).at(-1)).toBe('oomScoreAdj');
    expect(spec.process.oomScoreAdj).toBe(500);
    expect(Object.keys(spec.process.user).slice(0, 3)).toEqual(['uid', 'gid', 'umask']);
    expect(spec.process.user.umask).toBe(63);
  });

  it('--ipc host leaves the ipc namespace out and binds the host /dev/shm and /dev/mqueue', async () => {
    const { spec } = await run(session(), '--ipc host');
    expect(spec.linux.namespaces.map((n) => n.type)).not.toContain('ipc');
    expect(spec.mounts.find((m) => m.destination === '/dev/shm')).toEqual({ destination: '/dev/shm', type: 'bind', source: '/dev/shm', options: ['rbind', 'nosuid', 'noexec', 'nodev'] });
  });

  it.each([
    ['--ulimit nofile', 'invalid ulimit argument: nofile'],
    ['--ulimit bogus=1', 'invalid ulimit type: bogus'],
    ['--ulimit nofile=10:5', 'ulimit soft limit must be less than or equal to hard limit: 10 > 5'],
    ['--ulimit nofile=1:2:3', 'too many limit value arguments - 1:2:3, can only have up to two, `soft[:hard]`'],
    ['--ulimit nofile=x', 'strconv.ParseInt: parsing "x": invalid syntax'],
    ['--ipc shareable', "error: invalid ipc value, supported values are 'private' or 'host'"],
    ['--oom-score-adj 1001', 'invalid value 1001, range for oom score adj is [-1000, 1000]'],
    ['--umask 9', 'invalid Umask Value:9'],
    ['--shm-size lots', "invalid size: 'lots'"],
    ['--security-opt seccomp=', 'invalid security-opt "seccomp"'],
    ['--security-opt no-new-privileges=maybe', 'invalid "no-new-privileges" value: "maybe": strconv.ParseBool: parsing "maybe": invalid syntax'],
    ['--label-file /nope', 'open /nope: no such file or directory'],
  ])('%s is refused before the image is looked at', async (flags, why) => {
    const r = await session().run(`nerdctl run -d ${flags} no-such-image:1`);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(fatal(why));
  });
});

describe('nerdctl run DNS flags', () => {
  it('--dns, --dns-search and --dns-option write the container resolv.conf; what is not given comes from the node', async () => {
    const s = session();
    await s.run('nerdctl run -d --name d1 --dns 1.1.1.1 --dns 1.1.1.1 --dns 9.9.9.9 --dns-search corp.example --dns-opt ndots:2 --dns-option timeout:1 busybox sleep 3600');
    expect((await s.run('nerdctl exec d1 cat /etc/resolv.conf')).stdout).toBe('search corp.example\nnameserver 1.1.1.1\nnameserver 9.9.9.9\noptions ndots:2 timeout:1\n');
    await s.run('nerdctl run -d --name d2 --dns-search corp.example busybox sleep 3600');
    const host = (await s.run('nerdctl run --rm --name d3 busybox cat /etc/resolv.conf')).stdout;
    const withSearch = (await s.run('nerdctl exec d2 cat /etc/resolv.conf')).stdout;
    expect(withSearch).toBe(`search corp.example\n${host.replace(/^search .*\n/m, '')}`);
  });
});
