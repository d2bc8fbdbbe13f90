import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSpec, type SpecOptions } from './default-spec';
import { ALL_CURRENT_CAPS } from './privileged';
import { defaultSeccompProfile } from './seccomp-profile';

const base: SpecOptions = {
  namespace: 'default', id: 'c1', env: [], args: ['sh'], cwd: '/', uid: 0, gid: 0, hostHostname: 'node1', annotations: {},
  terminal: false, netHost: false, mounts: [], readOnly: false, allowNewPrivileges: false, capAdd: [], capDrop: [],
};

type Linux = Record<string, unknown> & { resources: { devices: unknown[] }; devices?: Array<{ path: string }> };

describe('ctr --privileged (oci.WithPrivileged, WithAllDevicesAllowed, WithHostDevices)', () => {
  it('grants every current capability, unmasks, makes sysfs writable and allows every device', () => {
    const spec = generateSpec({ ...base, privileged: true });
    expect(spec.process.capabilities).toEqual({ bounding: ALL_CURRENT_CAPS, effective: ALL_CURRENT_CAPS, permitted: ALL_CURRENT_CAPS });
    const linux = spec.linux as Linux;
    expect(Object.keys(linux)).toEqual(['resources', 'cgroupsPath', 'namespaces', 'devices']);
    expect(linux.resources.devices).toEqual([{ allow: true, access: 'rwm' }]);
    expect(linux.devices?.map((d) => d.path)).toContain('/dev/null');
    expect(spec.mounts.find((m) => m.type === 'sysfs')?.options).toEqual(['nosuid', 'noexec', 'nodev', 'rw']);
  });

  it('adds before it drops, so --cap-add X --cap-drop X leaves X out', () => {
    const spec = generateSpec({ ...base, capAdd: ['CAP_NET_ADMIN'], capDrop: ['CAP_NET_ADMIN', 'CAP_CHOWN'] });
    const caps = (spec.process.capabilities as { bounding: string[] }).bounding;
    expect(caps).not.toContain('CAP_NET_ADMIN');
    expect(caps).not.toContain('CAP_CHOWN');
  });

  it('an unprivileged spec keeps its masked and read-only paths and no seccomp unless asked', () => {
    const linux = generateSpec(base).linux as Linux;
    expect(Object.keys(linux)).toEqual(['resources', 'cgroupsPath', 'namespaces', 'maskedPaths', 'readonlyPaths']);
    const withSeccomp = generateSpec({ ...base, seccomp: 'default' }).linux as Linux;
    expect(Object.keys(withSeccomp)).toEqual(['resources', 'cgroupsPath', 'namespaces', 'seccomp', 'maskedPaths', 'readonlyPaths']);
    const propagated = generateSpec({ ...base, seccomp: 'default', rootfsPropagation: 'rslave' }).linux as Linux;
    expect(Object.keys(propagated)).toEqual(['resources', 'cgroupsPath', 'namespaces', 'seccomp', 'rootfsPropagation', 'maskedPaths', 'readonlyPaths']);
  });
});

describe('contrib/seccomp DefaultProfile', () => {
  type Rule = { names: string[]; action: string; errnoRet?: number };
  const rules = (caps: readonly string[]) => (defaultSeccompProfile(caps) as { syscalls: Rule[] }).syscalls;

  it('without CAP_SYS_ADMIN: clone without namespace flags, clone3 fails with ENOSYS', () => {
    const last = rules(['CAP_CHOWN']).slice(-2);
    expect(last.map((r) => r.names)).toEqual([['clone'], ['clone3']]);
    expect(last[1]).toEqual({ names: ['clone3'], action: 'SCMP_ACT_ERRNO', errnoRet: 38 });
    expect(rules(['CAP_SYS_ADMIN']).some((r) => r.action === 'SCMP_ACT_ERRNO')).toBe(false);
  });

  it('one rule per capability that adds syscalls, in the bounding set order (property)', () => {
    const withRules = ['CAP_SYS_CHROOT', 'CAP_SYS_ADMIN', 'CAP_SYS_PTRACE', 'CAP_BPF', 'CAP_SYSLOG', 'CAP_SYS_TIME'];
    fc.assert(
      fc.property(fc.subarray(ALL_CURRENT_CAPS as string[]), (caps) => {
        const got = rules(caps);
        // the allow-list, five personality rules, ptrace and the amd64 pair come first
        expect(got.slice(0, 8).map((r) => r.names[0])).toEqual(['accept', ...Array(5).fill('personality'), 'ptrace', 'arch_prctl']);
        const adminTail = caps.includes('CAP_SYS_ADMIN') ? 0 : 2;
        const perCap = got.slice(8, got.length - adminTail);
        const expected = caps.filter((c) => withRules.includes(c) || ['CAP_DAC_READ_SEARCH', 'CAP_SYS_BOOT', 'CAP_SYS_MODULE', 'CAP_SYS_PACCT', 'CAP_SYS_RAWIO', 'CAP_SYS_TTY_CONFIG', 'CAP_SYS_NICE', 'CAP_PERFMON'].includes(c));
        expect(perCap.length).toBe(expected.length);
      }),
    );
  });
});
