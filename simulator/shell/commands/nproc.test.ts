// nproc against GNU coreutils 9.1's /usr/bin/nproc on a bookworm host with two CPUs, as the
// recorded node1 has (docker info: CPUs: 2). Each row: argv after `nproc`, stdout, stderr and
// exit status as the host's nproc gave them.
import { describe, expect, it } from 'vitest';
import { createSession } from '../session';

const REAL: Array<[string[], string, string, number]> = [
  [[], "2\n", "", 0],
  [["--all"], "2\n", "", 0],
  [["--ignore=1"], "1\n", "", 0],
  [["--ignore", "1"], "1\n", "", 0],
  [["--ignore=5"], "1\n", "", 0],
  [["--ignore=0"], "2\n", "", 0],
  [["--ignore=-1"], "", "nproc: invalid number: ‘-1’\n", 1],
  [["--ignore=x"], "", "nproc: invalid number: ‘x’\n", 1],
  [["--ignore="], "", "nproc: invalid number: ‘’\n", 1],
  [["--ignore=99999999999999999999999"], "", "nproc: invalid number: ‘99999999999999999999999’: Value too large for defined data type\n", 1],
  [["--ig=1"], "1\n", "", 0],
  [["--a"], "2\n", "", 0],
  [["--ignore"], "", "nproc: option '--ignore' requires an argument\nTry 'nproc --help' for more information.\n", 1],
  [["--help"], "Usage: nproc [OPTION]...\nPrint the number of processing units available to the current process,\nwhich may be less than the number of online processors\n\n      --all      print the number of installed processors\n      --ignore=N  if possible, exclude N processing units\n      --help        display this help and exit\n      --version     output version information and exit\n\nGNU coreutils online help: <https://www.gnu.org/software/coreutils/>\nReport any translation bugs to <https://translationproject.org/team/>\nFull documentation <https://www.gnu.org/software/coreutils/nproc>\nor available locally via: info '(coreutils) nproc invocation'\n", "", 0],
  [["--version"], "nproc (GNU coreutils) 9.1\nCopyright (C) 2022 Free Software Foundation, Inc.\nLicense GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\nThis is free software: you are free to change and redistribute it.\nThere is NO WARRANTY, to the extent permitted by law.\n\nWritten by Giuseppe Scrivano.\n", "", 0],
  [["--vers"], "nproc (GNU coreutils) 9.1\nCopyright (C) 2022 Free Software Foundation, Inc.\nLicense GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\nThis is free software: you are free to change and redistribute it.\nThere is NO WARRANTY, to the extent permitted by law.\n\nWritten by Giuseppe Scrivano.\n", "", 0],
  [["-a"], "", "nproc: invalid option -- 'a'\nTry 'nproc --help' for more information.\n", 1],
  [["x"], "", "nproc: extra operand ‘x’\nTry 'nproc --help' for more information.\n", 1],
  [["--", "x"], "", "nproc: extra operand ‘x’\nTry 'nproc --help' for more information.\n", 1],
  [["--"], "2\n", "", 0],
  [["--all", "x"], "", "nproc: extra operand ‘x’\nTry 'nproc --help' for more information.\n", 1],
  [["--bogus"], "", "nproc: unrecognized option '--bogus'\nTry 'nproc --help' for more information.\n", 1],
  [["--all=1"], "", "nproc: option '--all' doesn't allow an argument\nTry 'nproc --help' for more information.\n", 1],
  [["--ignore= 1"], "1\n", "", 0],
  [["--ignore=+1"], "1\n", "", 0],
  [["--help", "--bogus"], "Usage: nproc [OPTION]...\nPrint the number of processing units available to the current process,\nwhich may be less than the number of online processors\n\n      --all      print the number of installed processors\n      --ignore=N  if possible, exclude N processing units\n      --help        display this help and exit\n      --version     output version information and exit\n\nGNU coreutils online help: <https://www.gnu.org/software/coreutils/>\nReport any translation bugs to <https://translationproject.org/team/>\nFull documentation <https://www.gnu.org/software/coreutils/nproc>\nor available locally via: info '(coreutils) nproc invocation'\n", "", 0],
  [["--bogus", "--help"], "", "nproc: unrecognized option '--bogus'\nTry 'nproc --help' for more information.\n", 1],
];

const quote = (a: string) => `'${a.replace(/'/g, "'\\''")}'`;

describe('nproc (coreutils 9.1)', () => {
  const s = createSession({ seed: 7, now: () => Date.UTC(2026, 11, 4) });
  it.each(REAL.map(([args, stdout, stderr, code]) => ({ line: ['nproc', ...args.map(quote)].join(' '), stdout, stderr, code })))(
    '$line',
    async ({ line, stdout, stderr, code }) => {
      expect(await s.run(line)).toEqual({ stdout, stderr, exitCode: code });
    },
  );

  it('is /usr/bin/nproc', async () => {
    expect(await s.run('which nproc; type nproc')).toEqual({ stdout: '/usr/bin/nproc\nnproc is /usr/bin/nproc\n', stderr: '', exitCode: 0 });
  });
});
