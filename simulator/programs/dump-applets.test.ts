// od and hexdump -C as Debian's busybox-static 1.35 prints them (this machine's /bin/busybox with
// the same bytes; oracle 169 runs them in a container on a real containerd 1.6.20 node).
import { describe, expect, it } from 'vitest';
import { findProgram } from './registry';
import { testCtx } from './test-support';

function run(argv: string[], stdin?: string) {
  const r = findProgram(argv[0] ?? '')?.run(testCtx(argv, { stdin }));
  const text = (stream: string) => (r?.out ?? []).filter((c) => c.stream === stream).map((c) => c.text).join('');
  return { stdout: text('stdout'), stderr: text('stderr'), code: r?.exit?.code };
}

const LINE = 'hello world, this is a long-ish line\n\u0001';

describe('od', () => {
  it('prints octal shorts by default, and the types -t and the short options name', () => {
    expect(run(['od'], 'hello world, thi').stdout).toBe('0000000 062550 066154 020157 067567 066162 026144 072040 064550\n0000020\n');
    expect(run(['od', '-c'], 'hi\n\u0001').stdout).toBe('0000000   h   i  \\n 001\n0000004\n');
    expect(run(['od', '-An', '-tx1'], 'abcd').stdout).toBe(' 61 62 63 64\n');
    expect(run(['od', '-tx4'], 'abc').stdout).toBe('0000000 00636261\n0000003\n');
    expect(run(['od', '-td1'], 'hel').stdout).toBe('0000000  104  101  108\n0000003\n');
    expect(run(['od', '-tu2'], 'hello ').stdout).toBe('0000000 25960 27756  8303\n0000006\n');
    expect(run(['od', '-to4'], 'hell').stdout).toBe('0000000 15433062550\n0000004\n');
    expect(run(['od', '-b'], 'hel').stdout).toBe('0000000 150 145 154\n0000003\n');
    expect(run(['od', '-c'], '\0\u0007\b\f\r\t\v\\').stdout).toBe('0000000  \\0  \\a  \\b  \\f  \\r  \\t  \\v   \\\n0000010\n');
  });

  it('folds equal lines into * unless -v, and takes -A, -N, -j, -w and a second type', () => {
    expect(run(['od', '-c'], 'a'.repeat(40)).stdout).toBe(`0000000${'   a'.repeat(16)}\n*\n0000040${'   a'.repeat(8)}\n0000050\n`);
    expect(run(['od', '-v', '-c'], 'a'.repeat(34)).stdout.split('\n')[1]).toBe(`0000020${'   a'.repeat(16)}`);
    expect(run(['od', '-Ax'], LINE).stdout.split('\n').slice(-3)).toEqual(['000020 064554 062556 000412', '000026', '']);
    expect(run(['od', '-Ad'], LINE).stdout.split('\n').at(-2)).toBe('0000038');
    expect(run(['od', '-j2', '-N3', '-c'], LINE).stdout).toBe('0000002   l   l   o\n0000005\n');
    expect(run(['od', '-w4', '-c'], 'hello').stdout).toBe('0000000   h   e   l   l\n0000004   o\n0000005\n');
    expect(run(['od', '-c', '-tx1'], 'hi').stdout).toBe('0000000   h   i\n        68 69\n0000002\n');
    expect(run(['od'], '').stdout).toBe('0000000\n');
  });

  it('refuses a bad type and names a missing file', () => {
    expect(run(['od', '-t', 'z'], 'x')).toMatchObject({ stderr: "od: invalid character 'z' in type string 'z'\n", code: 1 });
    expect(run(['od', 'nofile'])).toMatchObject({ stdout: '', stderr: 'od: nofile: No such file or directory\n', code: 1 });
  });
});

describe('hexdump -C', () => {
  it('prints offsets, two groups of eight and the printable bytes', () => {
    expect(run(['hexdump', '-C'], 'AB\tc\n').stdout).toBe('00000000  41 42 09 63 0a                                    |AB.c.|\n00000005\n');
    expect(run(['hexdump', '-C'], 'a'.repeat(40)).stdout).toBe(
      '00000000  61 61 61 61 61 61 61 61  61 61 61 61 61 61 61 61  |aaaaaaaaaaaaaaaa|\n*\n' +
        '00000020  61 61 61 61 61 61 61 61                           |aaaaaaaa|\n00000028\n',
    );
    expect(run(['hexdump', '-C'], '')).toMatchObject({ stdout: '', code: 0 });
  });
});
