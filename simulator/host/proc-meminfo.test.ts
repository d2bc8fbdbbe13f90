// /proc/meminfo as Debian's 6.1 kernel lays it out (fs/proc/meminfo.c's order and widths).
import { describe, expect, it } from 'vitest';
import { procMeminfo } from './proc-meminfo';

describe('/proc/meminfo', () => {
  const lines = procMeminfo().split('\n').slice(0, -1);
  it('has the kernel fields in order, each label padded to 16 and its kB value to 8', () => {
    expect(lines).toHaveLength(53);
    expect(lines[0]).toBe('MemTotal:       24685560 kB');
    expect(lines.map((l) => l.slice(0, l.indexOf(':'))).slice(-9)).toEqual(['HugePages_Total', 'HugePages_Free', 'HugePages_Rsvd', 'HugePages_Surp', 'Hugepagesize', 'Hugetlb', 'DirectMap4k', 'DirectMap2M', 'DirectMap1G']);
    expect(lines).toContain('HugePages_Total:       0');
    expect(lines).toContain('HardwareCorrupted:     0 kB');
    expect(lines).toContain('VmallocTotal:   34359738367 kB');
  });
  it('gives no more free or available memory than there is', () => {
    const kb = (name: string) => Number(/(\d+) kB/.exec(lines.find((l) => l.startsWith(`${name}:`)) ?? '')?.[1]);
    expect(kb('MemFree')).toBeLessThan(kb('MemAvailable'));
    expect(kb('MemAvailable')).toBeLessThan(kb('MemTotal'));
  });
});
