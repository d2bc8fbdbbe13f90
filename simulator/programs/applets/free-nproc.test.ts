// busybox free and nproc against Debian's busybox 1.35 on a bookworm host with two CPUs. free
// there takes total, free, shared and buffers from sysinfo(2) and the rest from /proc/meminfo (the
// simulator's text, bind-mounted); MEMINFO below is that text with the sysinfo numbers of the
// recording put in, so every row is the real output. Rows: argv, stdout, stderr, exit status.
import { describe, expect, it } from 'vitest';
import { procMeminfo } from '../../host/proc-meminfo';
import { start, testFs } from '../test-support';

const SYSINFO: Record<string, number> = { MemTotal: 24_683_748, MemFree: 20_035_988, Shmem: 10_152, Buffers: 34_708 };
const MEMINFO = procMeminfo().replace(/^(\w+):(\s+)(\d+)/gm, (line, name: string, space: string, value: string) =>
  SYSINFO[name] === undefined ? line : `${name}:${space}${String(SYSINFO[name]).padStart(value.length)}`,
);

const link = { kind: 'symlink', content: 'busybox', mode: 0o777 } as const;
const applets = { '/bin/free': link, '/bin/nproc': link };

const REAL: Array<[string[], string, string, number]> = [
  [["free"], "              total        used        free      shared  buff/cache   available\nMem:       24683748     1525092    20035988       10152     3122668    22931448\nSwap:             0           0           0\n", "", 0],
  [["free", "-b"], "              total        used        free      shared  buff/cache   available\nMem:    25276157952  1561694208 20516851712    10395648  3197612032 23481802752\nSwap:             0           0           0\n", "", 0],
  [["free", "-k"], "              total        used        free      shared  buff/cache   available\nMem:       24683748     1525092    20035988       10152     3122668    22931448\nSwap:             0           0           0\n", "", 0],
  [["free", "-m"], "              total        used        free      shared  buff/cache   available\nMem:          24105        1489       19566          10        3049       22394\nSwap:             0           0           0\n", "", 0],
  [["free", "-g"], "              total        used        free      shared  buff/cache   available\nMem:             24           1          19           0           3          22\nSwap:             0           0           0\n", "", 0],
  [["free", "-h"], "              total        used        free      shared  buff/cache   available\nMem:          23.5G        1.5G       19.1G        9.9M        3.0G       21.9G\nSwap:             0           0           0\n", "", 0],
  [["free", "-m", "-k"], "              total        used        free      shared  buff/cache   available\nMem:          24105        1489       19566          10        3049       22394\nSwap:             0           0           0\n", "", 0],
  [["free", "-mh"], "              total        used        free      shared  buff/cache   available\nMem:          24105        1489       19566          10        3049       22394\nSwap:             0           0           0\n", "", 0],
  [["free", "x"], "              total        used        free      shared  buff/cache   available\nMem:       24683748     1525092    20035988       10152     3122668    22931448\nSwap:             0           0           0\n", "", 0],
  [["free", "-x"], "", "BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\nUsage: free [-bkmgh]\n\nDisplay free and used memory\n", 1],
  [["free", "-"], "", "BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\nUsage: free [-bkmgh]\n\nDisplay free and used memory\n", 1],
  [["free", "--help"], "", "BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\nUsage: free [-bkmgh]\n\nDisplay free and used memory\n", 0],
  [["nproc"], "2\n", "", 0],
  [["nproc", "--all"], "2\n", "", 0],
  [["nproc", "--ignore=1"], "1\n", "", 0],
  [["nproc", "--ignore", "1"], "1\n", "", 0],
  [["nproc", "--ignore=5"], "1\n", "", 0],
  [["nproc", "--ig=1"], "1\n", "", 0],
  [["nproc", "--a"], "2\n", "", 0],
  [["nproc", "--ignore=x"], "", "nproc: invalid number 'x'\n", 1],
  [["nproc", "--ignore=-1"], "", "nproc: invalid number '-1'\n", 1],
  [["nproc", "--ignore"], "", "nproc: option '--ignore' requires an argument\nBusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\nUsage: nproc [--all] [--ignore=N]\n\nPrint number of available CPUs\n\n\t--all\t\tNumber of installed CPUs\n\t--ignore=N\tExclude N CPUs\n", 1],
  [["nproc", "--all=1"], "", "nproc: option '--all' doesn't allow an argument\nBusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\nUsage: nproc [--all] [--ignore=N]\n\nPrint number of available CPUs\n\n\t--all\t\tNumber of installed CPUs\n\t--ignore=N\tExclude N CPUs\n", 1],
  [["nproc", "--bogus"], "", "nproc: unrecognized option '--bogus'\nBusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\nUsage: nproc [--all] [--ignore=N]\n\nPrint number of available CPUs\n\n\t--all\t\tNumber of installed CPUs\n\t--ignore=N\tExclude N CPUs\n", 1],
  [["nproc", "-x"], "", "nproc: invalid option -- 'x'\nBusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\nUsage: nproc [--all] [--ignore=N]\n\nPrint number of available CPUs\n\n\t--all\t\tNumber of installed CPUs\n\t--ignore=N\tExclude N CPUs\n", 1],
  [["nproc", "x", "--ignore=1"], "1\n", "", 0],
  [["nproc", "--help"], "", "BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\nUsage: nproc [--all] [--ignore=N]\n\nPrint number of available CPUs\n\n\t--all\t\tNumber of installed CPUs\n\t--ignore=N\tExclude N CPUs\n", 0],
];

describe('busybox free and nproc', () => {
  it.each(REAL)('%j', (argv, stdout, stderr, code) => {
    const fs = testFs({ ...applets, '/proc/meminfo': { kind: 'file', mode: 0o444, content: MEMINFO } });
    const r = start(argv, { fs });
    expect({ stdout: r.stdout, stderr: r.stderr, code: r.run.exit?.code }).toEqual({ stdout, stderr, code });
  });

  it('says why without /proc', () => {
    const r = start(['free'], { fs: testFs(applets) });
    expect({ stderr: r.stderr, code: r.run.exit?.code }).toEqual({ stderr: "free: can't open '/proc/meminfo': No such file or directory\n", code: 1 });
  });
});
