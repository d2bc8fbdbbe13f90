import { describe, expect, it } from 'vitest';
import { checkAttach, checkDeviceCgroupRule, checkGpus, checkLink, checkThrottleBps, checkWeightDevice, parseDevice, parseGpuRequest } from './device-opts';

describe('docker run device flags (docker/cli 20.10.24 opts)', () => {
  it('parses --device as validateLinuxPath and parseLinuxDevice do', () => {
    expect(parseDevice('/dev/null')).toEqual({ PathOnHost: '/dev/null', PathInContainer: '/dev/null', CgroupPermissions: 'rwm' });
    expect(parseDevice('/dev/null:r')).toEqual({ PathOnHost: '/dev/null', PathInContainer: '/dev/null', CgroupPermissions: 'r' });
    expect(parseDevice('/dev/null:/dev/n3:rw')).toEqual({ PathOnHost: '/dev/null', PathInContainer: '/dev/n3', CgroupPermissions: 'rw' });
    expect(() => parseDevice('/dev/null:/dev/n2:rwz')).toThrow('bad mode specified: rwz');
    expect(() => parseDevice('/dev/null:/dev/n2:rrw')).toThrow('bad mode specified: rrw');
    expect(() => parseDevice('/dev/null:relative')).toThrow('relative is not an absolute path');
    expect(() => parseDevice(':/dev/x')).toThrow('bad format for path: :/dev/x');
  });

  it('reads --gpus as GpuOpts.Set', () => {
    expect(parseGpuRequest('all')).toEqual({ Driver: '', Count: -1, DeviceIDs: null, Capabilities: [['gpu']], Options: {} });
    expect(parseGpuRequest('"device=0,1"').DeviceIDs).toEqual(['0', '1']);
    expect(parseGpuRequest('"device=0,1"').Count).toBe(0);
    expect(parseGpuRequest('capabilities=utility').Capabilities).toEqual([['utility', 'gpu']]);
    expect(checkGpus('count=x')).toBe('count must be an integer: strconv.Atoi: parsing "x": invalid syntax');
    expect(checkGpus('bogus=1')).toBe("unexpected key 'bogus' in 'bogus=1'");
    expect(checkGpus('count=1,count=2')).toBe("gpu request key 'count' can be specified only once");
  });

  it("refuses the blkio, cgroup-rule, link and attach values pflag refuses", () => {
    expect(checkThrottleBps('/dev/sda:1mb')).toBeUndefined();
    expect(checkThrottleBps('bogus')).toBe('bad format: bogus');
    expect(checkThrottleBps('sda:1mb')).toBe('bad format for device path: sda:1mb');
    expect(checkWeightDevice('/dev/sda:5')).toBe('invalid weight for device: /dev/sda:5');
    expect(checkWeightDevice('/dev/sda:0')).toBeUndefined();
    expect(checkDeviceCgroupRule('c 1:3 rwm')).toBeUndefined();
    expect(checkDeviceCgroupRule('a *:* rwm')).toBeUndefined();
    expect(checkDeviceCgroupRule('bogus')).toBe("invalid device cgroup format 'bogus'");
    expect(checkLink('lsrc:a:b')).toBe('bad format for links: lsrc:a:b');
    expect(checkAttach('STDOUT')).toBeUndefined();
    expect(checkAttach('bogus')).toBe('valid streams are STDIN, STDOUT and STDERR');
  });
});
