// busybox printf against what busybox 1.35's sh printed on the oracle machine for the same
// formats (oracle 103 holds them against busybox 1.36 in a container).
import { describe, expect, it } from 'vitest';
import { busyboxPrintf } from './printf';
import { start } from './test-support';

const run = (format: string, ...args: string[]) => {
  const r = busyboxPrintf(format, args);
  const err = (e: string) => `sh: ${e}\n`;
  return [r.errorsBefore.map(err).join('') + r.out + (r.errorAfter ? err(r.errorAfter) : ''), r.status];
};

describe('busybox printf', () => {
  it('pads, aligns and converts integers with their flags', () => {
    expect(run('%5s|%-4d|%x|%03d\\n', 'hi', '7', '255', '5')).toEqual(['   hi|7   |ff|005\n', 0]);
    expect(run('%d %i %o %u %X %#x %#o\\n', '10', '-3', '8', '42', '255', '255', '8')).toEqual(['10 -3 10 42 FF 0xff 010\n', 0]);
    expect(run('%05d|%-05d|%+05d|%.3d|%5.3d|% d\\n', '42', '42', '42', '7', '7', '-3')).toEqual(['00042|42   |+0042|007|  007|-3\n', 0]);
    expect(run('%x %o %u\\n', '-1', '-1', '-1')).toEqual(['ffffffffffffffff 1777777777777777777777 18446744073709551615\n', 0]);
    expect(run('%d %d %d %d\\n', '0x1f', '010', "'A", ' -0x10')).toEqual(['31 8 65 -16\n', 0]);
  });
  it('formats doubles as C does (ties to even, %g dropping zeros)', () => {
    expect(run('%+d % d %5.2f %e %g %G %.3s|%c\\n', '5', '5', '3.14159', '1234.5', '0.0001', '1e20', 'abcdef', 'xyz')).toEqual(['+5  5  3.14 1.234500e+03 0.0001 1E+20 abc|x\n', 0]);
    expect(run('%5.1f|%-8.3e|%g|%g|%g|%#g|%G\\n', '3.14159', '31415.9', '100000', '1000000', '0.00001234', '1', '1e-10')).toEqual(['  3.1|3.142e+04|100000|1e+06|1.234e-05|1.00000|1E-10\n', 0]);
    expect(run('%.0f %.1f %f\\n', '2.5', '0.05', '1e3')).toEqual(['2 0.1 1000.000000\n', 0]);
  });
  it('takes * widths, reuses the format while arguments remain, and stops at \\c', () => {
    expect(run('%*d|%-*s|%.*f\\n', '5', '42', '4', 'ab', '2', '3.14159')).toEqual(['   42|ab  |3.14\n', 0]);
    expect(run('%s-%s\\n', 'a', 'b', 'c')).toEqual(['a-b\nc-\n', 0]);
    expect(run('none\\n', 'a', 'b')).toEqual(['none\n', 0]);
    expect(run('%b\\n', 'a\\tb\\x41\\0101\\c')).toEqual(['a\tbAA', 0]);
    expect(run('x\\cy\\n')).toEqual(['x', 0]);
  });
  it('reports bad numbers before the output and a bad conversion after it, with status 1', () => {
    expect(run('%d\\n', 'abc')).toEqual(["sh: invalid number 'abc'\n0\n", 1]);
    expect(run('%d|%s|\\n')).toEqual(["sh: invalid number ''\n0||\n", 1]);
    expect(run('ab%q\\n', 'x')).toEqual(['absh: %q\\n: invalid format\n', 1]);
    expect(run('%i\\n', '1.5')).toEqual(["sh: invalid number '1.5'\n0\n", 1]);
  });
});

describe('the printf applet', () => {
  it('prints as the builtin does, its errors under its own name', () => {
    const r = start(['sh', '-c', "busybox printf '%d|%s\\n' 7 x abc; echo rc $?; busybox printf"]);
    expect([r.stdout, r.stderr]).toEqual(['7|x\n0|\nrc 1\n', "printf: invalid number 'abc'\nBusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\nUsage: printf FORMAT [ARG]...\n\nFormat and print ARG(s) according to FORMAT (a-la C printf)\n"]);
  });
});
