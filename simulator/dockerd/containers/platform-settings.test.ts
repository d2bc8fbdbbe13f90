import { describe, expect, it } from 'vitest';
import { platformWarning, verifyPlatformSettings, verifyStorageOpts } from './platform-settings';

describe("dockerd 20.10.24's platform checks at create", () => {
  it('refuses an isolation, OOM score or runtime the daemon does not take (texts of a real 20.10.24)', () => {
    expect(() => verifyPlatformSettings({ Isolation: 'hyperv' })).toThrow(`Invalid isolation: "hyperv" - linux only supports 'default'`);
    expect(() => verifyPlatformSettings({ OomScoreAdj: -1001 })).toThrow('Invalid value -1001, range for oom score adj is [-1000, 1000]');
    expect(() => verifyPlatformSettings({ Runtime: 'nosuch' })).toThrow('Unknown runtime specified nosuch');
    expect(() => verifyStorageOpts({ StorageOpt: { size: '1G' } })).toThrow("--storage-opt is supported only for overlay over xfs with 'pquota' mount option");
    expect(verifyPlatformSettings({ Isolation: 'DEFAULT', Runtime: 'io.containerd.runc.v2' })).toEqual([]);
  });

  it('warns of a disabled OOM killer without a memory limit and discards weight devices', () => {
    const host = { OomKillDisable: true, BlkioWeightDevice: [{ Path: '/dev/sda', Weight: 300 }] };
    expect(verifyPlatformSettings(host)).toEqual([
      'Your kernel does not support Block I/O weight_device or the cgroup is not mounted. Weight-device discarded.',
      'OOM killer is disabled for the container, but no memory limit is set, this can result in the system running out of resources.',
    ]);
    expect(host.BlkioWeightDevice).toEqual([]);
    expect(verifyPlatformSettings({ OomKillDisable: true, Memory: 8 << 20 })).toEqual([]);
  });

  it("warns of an image of another platform than the node's linux/amd64 (386 runs without a word)", () => {
    expect(platformWarning({ os: 'linux', architecture: 'arm64', variant: 'v8' })).toEqual([
      "The requested image's platform (linux/arm64/v8) does not match the detected host platform (linux/amd64) and no specific platform was requested",
    ]);
    expect(platformWarning({ os: 'linux', architecture: 'amd64' })).toEqual([]);
    expect(platformWarning({ os: 'linux', architecture: '386' })).toEqual([]);
  });
});
