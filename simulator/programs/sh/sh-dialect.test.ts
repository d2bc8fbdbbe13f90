import { describe, expect, it } from 'vitest';
import type { ContainerFile, ContainerFs } from '../program';
import { shellBanner } from './sh-dialect';

function fsWith(files: Record<string, ContainerFile>): ContainerFs {
  return { lookup: (p: string) => files[p], list: () => undefined, readOnlyAt: () => false } as unknown as ContainerFs;
}

describe('the ash banner', () => {
  it("names docker.io busybox:1.37.0's own build, and Debian's package for any other busybox", () => {
    const official = fsWith({ '/bin/busybox': { kind: 'file', mode: 0o755, size: 1_130_504 } });
    expect(shellBanner('ash', official)).toContain('\nBusyBox v1.37.0 (2024-09-26 21:31:42 UTC) built-in shell (ash)\n');
    const debian = fsWith({ '/bin/busybox': { kind: 'file', mode: 0o755, size: 1_982_256 } });
    expect(shellBanner('ash', debian)).toContain('\nBusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) built-in shell (ash)\n');
    expect(shellBanner('dash', official)).toBe('');
  });
});
