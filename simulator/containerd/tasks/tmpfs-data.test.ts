// The kernel's tmpfs options (Linux 6.1 shmem_fs_parameters) as a mount's data: docker oracle
// 46 recorded `size=abc` refused by mount(2) with EINVAL behind runc.
import { describe, expect, it } from 'vitest';
import { tmpfsDataRefused } from './tmpfs-data';

describe('tmpfs mount data', () => {
  it.each(['', 'size=1m', 'size=10%', 'size=0x100000', 'mode=700', 'uid=1000,gid=0', 'nr_inodes=1k', 'huge=within_size', 'inode64', 'mpol=local'])('%j is accepted', (data) => {
    expect(tmpfsDataRefused(data)).toBe(false);
  });
  it.each(['size=abc', 'size', 'size=1x', 'mode=9', 'uid=-1', 'huge=sometimes', 'inode64=1', 'foo', 'foo=bar', 'size=1m,bogus'])('%j is refused', (data) => {
    expect(tmpfsDataRefused(data)).toBe(true);
  });
});
