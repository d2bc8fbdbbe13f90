// The kernel's answers to cpuset writes, as runc 1.1.5 met them on a 2-CPU, 1-node cgroup v1
// machine (Debian bookworm, `runc run` of a spec carrying linux.resources.cpu.cpus / .mems).
import { describe, expect, it } from 'vitest';
import { cpusWriteError, memsWriteError } from './cpuset-list';

describe('cpuset.cpus writes', () => {
  it.each(['0', '1', '0-1', '1,0', '0-1,1', ' 0', '0,', ',0', '0 ,1', '00', '0-1:1/2', '0\t'])('%j is accepted', (v) => {
    expect(cpusWriteError(v)).toBeUndefined();
  });
  it.each([
    ['5', 'numerical result out of range'],
    ['0-3', 'numerical result out of range'],
    ['2', 'numerical result out of range'],
    ['4095', 'numerical result out of range'],
    ['1-0', 'invalid argument'],
    ['0-', 'invalid argument'],
    ['-1', 'invalid argument'],
    ['abc', 'invalid argument'],
    ['0-9999999999', 'value too large for defined data type'],
  ])('%j is refused: %s', (v, why) => {
    expect(cpusWriteError(v)).toBe(why);
  });
});

describe('cpuset.mems writes', () => {
  it.each(['0', '00'])('%j is accepted', (v) => expect(memsWriteError(v)).toBeUndefined());
  it.each(['0-1', '2', 'abc', '1'])('%j is refused as invalid', (v) => expect(memsWriteError(v)).toBe('invalid argument'));
});
