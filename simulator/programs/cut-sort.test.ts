// busybox cut and sort, held to Debian's busybox-static 1.35 on this machine: each case below is
// what `printf STDIN | busybox ARGV` printed there (stdout, stderr, exit code).
import { describe, expect, it } from 'vitest';
import { findProgram } from './registry';
import { testCtx } from './test-support';

type Case = [argv: string[], stdin: string, stdout: string, stderr: string, code: number];

const CASES: Case[] = [
  [
   [
    "sort"
   ],
   "b\na\nB\n10\n9\n",
   "10\n9\nB\na\nb\n",
   "",
   0
  ],
  [
   [
    "sort",
    "-n"
   ],
   "3\n20\n1\n-5\n2.5\nabc\n\n 7\n+4\n1e2\n",
   "-5\n\nabc\n1\n2.5\n3\n+4\n 7\n20\n1e2\n",
   "",
   0
  ],
  [
   [
    "sort",
    "-rn"
   ],
   "3\n20\n1\n",
   "20\n3\n1\n",
   "",
   0
  ],
  [
   [
    "sort",
    "-k2"
   ],
   "x 3\ny 1\nz 2\n",
   "y 1\nz 2\nx 3\n",
   "",
   0
  ],
  [
   [
    "sort",
    "-k2n"
   ],
   "x 10\ny 9\nz 2\n",
   "z 2\ny 9\nx 10\n",
   "",
   0
  ],
  [
   [
    "sort",
    "-k2,2",
    "-s"
   ],
   "b 2\na 2\nc 1\n",
   "c 1\nb 2\na 2\n",
   "",
   0
  ],
  [
   [
    "sort",
    "-k2,2"
   ],
   "b 2\na 2\nc 1\n",
   "c 1\na 2\nb 2\n",
   "",
   0
  ],
  [
   [
    "sort",
    "-t:",
    "-k2,2n",
    "-r"
   ],
   "b:2:z\na:10:y\nc:1:x\n",
   "c:1:x\nb:2:z\na:10:y\n",
   "",
   0
  ],
  [
   [
    "sort",
    "-t:",
    "-k3",
    "-r"
   ],
   "b:2:z\na:10:y\nc:1:x\n",
   "b:2:z\na:10:y\nc:1:x\n",
   "",
   0
  ],
  [
   [
    "sort",
    "-t",
    ":",
    "-k2",
    "-k1r"
   ],
   "b:1\na:1\nc:0\n",
   "c:0\nb:1\na:1\n",
   "",
   0
  ],
  [
   [
    "sort",
    "-u"
   ],
   "b\na\nb\na\n",
   "a\nb\n",
   "",
   0
  ],
  [
   [
    "sort",
    "-nu"
   ],
   "10\n9\n010\n",
   "9\n010\n",
   "",
   0
  ],
  [
   [
    "sort",
    "-f"
   ],
   "B\na\nC\nb\n",
   "a\nB\nb\nC\n",
   "",
   0
  ],
  [
   [
    "sort",
    "-fu"
   ],
   "B\na\nb\nA\n",
   "A\nB\n",
   "",
   0
  ],
  [
   [
    "sort",
    "-b"
   ],
   "  b\na\n c\n",
   "a\n  b\n c\n",
   "",
   0
  ],
  [
   [
    "sort"
   ],
   "  b\na\n c\n",
   "  b\n c\na\n",
   "",
   0
  ],
  [
   [
    "sort",
    "-k1.2"
   ],
   "ab\nba\ncc\n",
   "ba\nab\ncc\n",
   "",
   0
  ],
  [
   [
    "sort",
    "-k1.2,1.2"
   ],
   "abz\nbay\ncc\n",
   "bay\nabz\ncc\n",
   "",
   0
  ],
  [
   [
    "sort",
    "-t:",
    "-k2.2"
   ],
   "x:ab\ny:ba\n",
   "y:ba\nx:ab\n",
   "",
   0
  ],
  [
   [
    "sort",
    "-d"
   ],
   "a-c\nab\n_z\n",
   "ab\na-c\n_z\n",
   "",
   0
  ],
  [
   [
    "sort",
    "-g"
   ],
   "1e3\n5\nfoo\n-inf\nnan\n0x10\n",
   "foo\nnan\n-inf\n5\n0x10\n1e3\n",
   "",
   0
  ],
  [
   [
    "sort",
    "-M"
   ],
   "Feb\njan\nDEC\nx\n",
   "x\njan\nFeb\nDEC\n",
   "",
   0
  ],
  [
   [
    "sort",
    "-r"
   ],
   "a\n\nb\n",
   "b\na\n\n",
   "",
   0
  ],
  [
   [
    "sort",
    "-c"
   ],
   "b\na\n",
   "",
   "Check line 1\n",
   1
  ],
  [
   [
    "sort",
    "-cu"
   ],
   "a\na\n",
   "",
   "Check line 1\n",
   1
  ],
  [
   [
    "sort",
    "-k0"
   ],
   "a\n",
   "",
   "sort: bad field specification\n",
   2
  ],
  [
   [
    "sort",
    "-k1x"
   ],
   "a\n",
   "",
   "sort: unknown key option\n",
   2
  ],
  [
   [
    "sort",
    "-k1,1,2"
   ],
   "a\n",
   "",
   "sort: unknown key option\n",
   2
  ],
  [
   [
    "sort",
    "-t"
   ],
   "a\n",
   "",
   "sort: option requires an argument -- 't'\nBusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\nUsage: sort [-nrugMcszbdfiokt] [-o FILE] [-k START[.OFS][OPTS][,END[.OFS][OPTS]] [-t CHAR] [FILE]...\n\nSort lines of text\n\n\t-o FILE\tOutput to FILE\n\t-c\tCheck whether input is sorted\n\t-b\tIgnore leading blanks\n\t-f\tIgnore case\n\t-i\tIgnore unprintable characters\n\t-d\tDictionary order (blank or alphanumeric only)\n\t-n\tSort numbers\n\t-g\tGeneral numerical sort\n\t-M\tSort month\n\t-V\tSort version\n\t-t CHAR\tField separator\n\t-k N[,M] Sort by Nth field\n\t-r\tReverse sort order\n\t-s\tStable (don't sort ties alphabetically)\n\t-u\tSuppress duplicate lines\n\t-z\tNUL terminated input and output\n",
   2
  ],
  [
   [
    "sort",
    "-tab"
   ],
   "a\n",
   "",
   "sort: bad -t parameter\n",
   2
  ],
  [
   [
    "sort",
    "-x"
   ],
   "a\n",
   "",
   "sort: invalid option -- 'x'\nBusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\nUsage: sort [-nrugMcszbdfiokt] [-o FILE] [-k START[.OFS][OPTS][,END[.OFS][OPTS]] [-t CHAR] [FILE]...\n\nSort lines of text\n\n\t-o FILE\tOutput to FILE\n\t-c\tCheck whether input is sorted\n\t-b\tIgnore leading blanks\n\t-f\tIgnore case\n\t-i\tIgnore unprintable characters\n\t-d\tDictionary order (blank or alphanumeric only)\n\t-n\tSort numbers\n\t-g\tGeneral numerical sort\n\t-M\tSort month\n\t-V\tSort version\n\t-t CHAR\tField separator\n\t-k N[,M] Sort by Nth field\n\t-r\tReverse sort order\n\t-s\tStable (don't sort ties alphabetically)\n\t-u\tSuppress duplicate lines\n\t-z\tNUL terminated input and output\n",
   2
  ],
  [
   [
    "sort",
    "-k",
    "2",
    "-t",
    " "
   ],
   "a 2\nb 1\n",
   "b 1\na 2\n",
   "",
   0
  ],
  [
   [
    "sort",
    "-",
    "-r"
   ],
   "a\nb\n",
   "b\na\n",
   "",
   0
  ],
  [
   [
    "sort",
    "-z"
   ],
   "b\u0000a\u0000",
   "a\u0000b\u0000",
   "",
   0
  ],
  [
   [
    "sort",
    "--help"
   ],
   "",
   "",
   "BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\nUsage: sort [-nrugMcszbdfiokt] [-o FILE] [-k START[.OFS][OPTS][,END[.OFS][OPTS]] [-t CHAR] [FILE]...\n\nSort lines of text\n\n\t-o FILE\tOutput to FILE\n\t-c\tCheck whether input is sorted\n\t-b\tIgnore leading blanks\n\t-f\tIgnore case\n\t-i\tIgnore unprintable characters\n\t-d\tDictionary order (blank or alphanumeric only)\n\t-n\tSort numbers\n\t-g\tGeneral numerical sort\n\t-M\tSort month\n\t-V\tSort version\n\t-t CHAR\tField separator\n\t-k N[,M] Sort by Nth field\n\t-r\tReverse sort order\n\t-s\tStable (don't sort ties alphabetically)\n\t-u\tSuppress duplicate lines\n\t-z\tNUL terminated input and output\n",
   0
  ],
  [
   [
    "cut",
    "-d:",
    "-f2"
   ],
   "b:2:z\na:10:y\nnone\n",
   "2\n10\nnone\n",
   "",
   0
  ],
  [
   [
    "cut",
    "-d:",
    "-sf2"
   ],
   "b:2:z\nnone\n",
   "2\n",
   "",
   0
  ],
  [
   [
    "cut",
    "-c1-3,5"
   ],
   "abcdefg\nxy\n",
   "abce\nxy\n",
   "",
   0
  ],
  [
   [
    "cut",
    "-c5,1-2,4"
   ],
   "abcdef\n",
   "abde\n",
   "",
   0
  ],
  [
   [
    "cut",
    "-c-2"
   ],
   "abcdef\n",
   "ab\n",
   "",
   0
  ],
  [
   [
    "cut",
    "-c3-"
   ],
   "abcdef\n",
   "cdef\n",
   "",
   0
  ],
  [
   [
    "cut",
    "-c0"
   ],
   "abc\n",
   "a\n",
   "",
   0
  ],
  [
   [
    "cut",
    "-c0-2"
   ],
   "abc\n",
   "ab\n",
   "",
   0
  ],
  [
   [
    "cut",
    "-c2-0"
   ],
   "abcdef\n",
   "",
   "cut: 0<1\n",
   1
  ],
  [
   [
    "cut",
    "-c3-1"
   ],
   "abc\n",
   "",
   "cut: 1<2\n",
   1
  ],
  [
   [
    "cut",
    "-c2-1"
   ],
   "abc\n",
   "b\n",
   "",
   0
  ],
  [
   [
    "cut",
    "-f2"
   ],
   "a\tb\tc\nd\te\n",
   "b\ne\n",
   "",
   0
  ],
  [
   [
    "cut",
    "-d:",
    "-f3,1",
    "-O+"
   ],
   "a:b:c\n",
   "a+c\n",
   "",
   0
  ],
  [
   [
    "cut",
    "-d:",
    "-f1-2",
    "-D"
   ],
   "a:b:c\n",
   "a:b\n",
   "",
   0
  ],
  [
   [
    "cut",
    "-d:",
    "-f3,1",
    "-D"
   ],
   "a:b:c\n",
   "c:a\n",
   "",
   0
  ],
  [
   [
    "cut",
    "-c3,1",
    "-D"
   ],
   "abc\n",
   "ca\n",
   "",
   0
  ],
  [
   [
    "cut",
    "-b1",
    "-f1"
   ],
   "a\n",
   "",
   "BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\nUsage: cut [OPTIONS] [FILE]...\n\nPrint selected fields from FILEs to stdout\n\n\t-b LIST\tOutput only bytes from LIST\n\t-c LIST\tOutput only characters from LIST\n\t-d SEP\tField delimiter for input (default -f TAB, -F run of whitespace)\n\t-O SEP\tField delimiter for output (default = -d for -f, one space for -F)\n\t-D\tDon't sort/collate sections or match -fF lines without delimiter\n\t-f LIST\tPrint only these fields (-d is single char)\n\t-F LIST\tPrint only these fields (-d is regex)\n\t-s\tOutput only lines containing delimiter\n\t-n\tIgnored\n",
   1
  ],
  [
   [
    "cut",
    "-s",
    "-c1"
   ],
   "a\n",
   "",
   "cut: suppressing non-delimited lines makes sense only when operating on fields\n",
   1
  ],
  [
   [
    "cut",
    "-d:",
    "-c1"
   ],
   "a\n",
   "",
   "cut: a delimiter may be specified only when operating on fields\n",
   1
  ],
  [
   [
    "cut",
    "-f",
    ""
   ],
   "a\n",
   "",
   "cut: missing list of positions\n",
   1
  ],
  [
   [
    "cut",
    "-f",
    ","
   ],
   "a\n",
   "",
   "cut: missing list of positions\n",
   1
  ],
  [
   [
    "cut",
    "-fx"
   ],
   "a\n",
   "",
   "cut: invalid number 'x'\n",
   1
  ],
  [
   [
    "cut",
    "-f1-2-3"
   ],
   "a\n",
   "",
   "cut: invalid number '2-3'\n",
   1
  ],
  [
   [
    "cut",
    "-d:",
    "-f2"
   ],
   "a:b",
   "b\n",
   "",
   0
  ],
  [
   [
    "cut",
    "--help"
   ],
   "",
   "",
   "BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\nUsage: cut [OPTIONS] [FILE]...\n\nPrint selected fields from FILEs to stdout\n\n\t-b LIST\tOutput only bytes from LIST\n\t-c LIST\tOutput only characters from LIST\n\t-d SEP\tField delimiter for input (default -f TAB, -F run of whitespace)\n\t-O SEP\tField delimiter for output (default = -d for -f, one space for -F)\n\t-D\tDon't sort/collate sections or match -fF lines without delimiter\n\t-f LIST\tPrint only these fields (-d is single char)\n\t-F LIST\tPrint only these fields (-d is regex)\n\t-s\tOutput only lines containing delimiter\n\t-n\tIgnored\n",
   0
  ],
  [
   [
    "cut",
    "-x"
   ],
   "",
   "",
   "cut: invalid option -- 'x'\nBusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\nUsage: cut [OPTIONS] [FILE]...\n\nPrint selected fields from FILEs to stdout\n\n\t-b LIST\tOutput only bytes from LIST\n\t-c LIST\tOutput only characters from LIST\n\t-d SEP\tField delimiter for input (default -f TAB, -F run of whitespace)\n\t-O SEP\tField delimiter for output (default = -d for -f, one space for -F)\n\t-D\tDon't sort/collate sections or match -fF lines without delimiter\n\t-f LIST\tPrint only these fields (-d is single char)\n\t-F LIST\tPrint only these fields (-d is regex)\n\t-s\tOutput only lines containing delimiter\n\t-n\tIgnored\n",
   1
  ],
  [
   [
    "cut",
    "-d:",
    "-f2-1"
   ],
   "a:b:c\n",
   "\n",
   "",
   0
  ],
  [
   [
    "cut",
    "-c1-0"
   ],
   "abc\n",
   "a\n",
   "",
   0
  ],
  [
   [
    "sort",
    "-k2,1"
   ],
   "b a\na b\n",
   "a b\nb a\n",
   "",
   0
  ],
  [
   [
    "sort",
    "-n"
   ],
   "-0\n0\n-1\n",
   "-1\n-0\n0\n",
   "",
   0
  ]
];

function run(argv: string[], stdin: string) {
  const program = findProgram(argv[0] ?? '');
  if (!program) throw new Error(`no ${argv[0]}`);
  const r = program.run(testCtx(argv, { stdin }));
  const text = (stream: string) => r.out.filter((c) => c.stream === stream).map((c) => c.text).join('');
  return [text('stdout'), text('stderr'), r.exit?.code];
}

describe('busybox cut and sort', () => {
  for (const [argv, stdin, stdout, stderr, code] of CASES) {
    it(`${argv.join(' ')} <<< ${JSON.stringify(stdin)}`, () => {
      expect(run(argv, stdin)).toEqual([stdout, stderr, code]);
    });
  }

  it('waits on a stdin that never closes, and reads files and stdin in operand order', () => {
    const program = findProgram('sort');
    const waiting = program?.run(testCtx(['sort'], { stdin: undefined }));
    expect(waiting?.exit).toBeUndefined();
    expect(run(['sort', '-', '/nope'], 'b\na\n')).toEqual(['', 'sort: /nope: No such file or directory\n', 2]);
    expect(run(['cut', '-c1', '/nope', '-'], 'xy\n')).toEqual(['x\n', 'cut: /nope: No such file or directory\n', 1]);
  });

  it('says what it does not simulate', () => {
    expect(run(['sort', '-V'], 'a\n')[2]).toBe(2);
    expect(String(run(['sort', '-V'], 'a\n')[1])).toContain('not simulated here');
    expect(String(run(['cut', '-F', '1'], 'a\n')[1])).toContain('not simulated here');
  });
});
