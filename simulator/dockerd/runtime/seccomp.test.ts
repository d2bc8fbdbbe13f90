// The spec's seccomp profile dockerd 20.10.24 chooses (WithSeccomp, setupSeccomp on amd64).

import { describe, expect, it } from 'vitest';
import { seccompOf } from './seccomp';

type Syscall = { names: string[]; action: string; errnoRet?: number; args?: unknown[] };

describe('dockerd seccomp profile', () => {
  it('keeps the amd64 rules and those of the capabilities held; without CAP_SYS_ADMIN clone3 fails with ENOSYS', () => {
    const profile = seccompOf('', ['CAP_CHOWN', 'CAP_SYS_CHROOT']) as { defaultAction: string; architectures: string[]; syscalls: Syscall[] };
    expect(profile.defaultAction).toBe('SCMP_ACT_ERRNO');
    expect(profile.architectures).toEqual(['SCMP_ARCH_X86_64', 'SCMP_ARCH_X86', 'SCMP_ARCH_X32']);
    const names = profile.syscalls.flatMap((s) => s.names);
    expect(names).toContain('arch_prctl');
    expect(names).toContain('chroot');
    expect(names).not.toContain('arm_fadvise64_64');
    expect(names).not.toContain('reboot');
    expect(profile.syscalls.find((s) => s.names[0] === 'clone3')).toEqual({ names: ['clone3'], action: 'SCMP_ACT_ERRNO', errnoRet: 38 });
    expect(profile.syscalls.filter((s) => s.names[0] === 'personality')).toHaveLength(5);
  });

  it('unconfined is none; a profile sent by the client is used as it is', () => {
    expect(seccompOf('unconfined', [])).toBeUndefined();
    expect(seccompOf('{"defaultAction":"SCMP_ACT_ALLOW"}', [])).toEqual({ defaultAction: 'SCMP_ACT_ALLOW' });
    expect(() => seccompOf('[]', [])).toThrow(/^Decoding seccomp profile failed: /);
  });
});
