// free against procps-ng 4.0.2's /usr/bin/free on a Debian bookworm host reading the node's
// /proc/meminfo as the simulator writes it (procMeminfo(), bind-mounted over /proc/meminfo in a
// private mount namespace). Each row: argv after `free`, stdout, stderr, exit status as the real
// free gave them; <USAGE> stands for the text of `free --help`. Repeats ran with -s 0.01 there.
import { describe, expect, it } from 'vitest';
import { createSession } from '../session';

const USAGE = "\nUsage:\n free [options]\n\nOptions:\n -b, --bytes         show output in bytes\n     --kilo          show output in kilobytes\n     --mega          show output in megabytes\n     --giga          show output in gigabytes\n     --tera          show output in terabytes\n     --peta          show output in petabytes\n -k, --kibi          show output in kibibytes\n -m, --mebi          show output in mebibytes\n -g, --gibi          show output in gibibytes\n     --tebi          show output in tebibytes\n     --pebi          show output in pebibytes\n -h, --human         show human-readable output\n     --si            use powers of 1000 not 1024\n -l, --lohi          show detailed low and high memory statistics\n -t, --total         show total for RAM + swap\n -v, --committed     show committed memory and commit limit\n -s N, --seconds N   repeat printing every N seconds\n -c N, --count N     repeat printing N times, then exit\n -w, --wide          wide output\n\n     --help     display this help and exit\n -V, --version  output version information and exit\n\nFor more details see free(1).\n";

const REAL: Array<[string[], string, string, number]> = [
  [[], "               total        used        free      shared  buff/cache   available\nMem:        24685560     1754112    19847212       47088     3289376    22931448\nSwap:              0           0           0\n", "", 0],
  [["-b"], "               total        used        free      shared  buff/cache   available\nMem:     25278013440  1796210688 20323545088    48218112  3368321024 23481802752\nSwap:              0           0           0\n", "", 0],
  [["-k"], "               total        used        free      shared  buff/cache   available\nMem:        24685560     1754112    19847212       47088     3289376    22931448\nSwap:              0           0           0\n", "", 0],
  [["-m"], "               total        used        free      shared  buff/cache   available\nMem:           24106        1713       19382          45        3212       22393\nSwap:              0           0           0\n", "", 0],
  [["-g"], "               total        used        free      shared  buff/cache   available\nMem:              23           1          18           0           3          21\nSwap:              0           0           0\n", "", 0],
  [["--kilo"], "               total        used        free      shared  buff/cache   available\nMem:        25278013     1796210    20323545       48218     3368321    23481802\nSwap:              0           0           0\n", "", 0],
  [["--mega"], "               total        used        free      shared  buff/cache   available\nMem:           25278        1796       20323          48        3368       23481\nSwap:              0           0           0\n", "", 0],
  [["--giga"], "               total        used        free      shared  buff/cache   available\nMem:              25           1          20           0           3          23\nSwap:              0           0           0\n", "", 0],
  [["--tera"], "               total        used        free      shared  buff/cache   available\nMem:               0           0           0           0           0           0\nSwap:              0           0           0\n", "", 0],
  [["--peta"], "               total        used        free      shared  buff/cache   available\nMem:               0           0           0           0           0           0\nSwap:              0           0           0\n", "", 0],
  [["--kibi"], "               total        used        free      shared  buff/cache   available\nMem:        24685560     1754112    19847212       47088     3289376    22931448\nSwap:              0           0           0\n", "", 0],
  [["--mebi"], "               total        used        free      shared  buff/cache   available\nMem:           24106        1713       19382          45        3212       22393\nSwap:              0           0           0\n", "", 0],
  [["--gibi"], "               total        used        free      shared  buff/cache   available\nMem:              23           1          18           0           3          21\nSwap:              0           0           0\n", "", 0],
  [["--tebi"], "               total        used        free      shared  buff/cache   available\nMem:               0           0           0           0           0           0\nSwap:              0           0           0\n", "", 0],
  [["--pebi"], "               total        used        free      shared  buff/cache   available\nMem:               0           0           0           0           0           0\nSwap:              0           0           0\n", "", 0],
  [["-h"], "               total        used        free      shared  buff/cache   available\nMem:            23Gi       1.7Gi        18Gi        45Mi       3.1Gi        21Gi\nSwap:             0B          0B          0B\n", "", 0],
  [["-h", "--si"], "               total        used        free      shared  buff/cache   available\nMem:             25G        1.8G         20G         48M        3.4G         23G\nSwap:             0B          0B          0B\n", "", 0],
  [["--si"], "               total        used        free      shared  buff/cache   available\nMem:        25278013     1796210    20323545       48218     3368321    23481802\nSwap:              0           0           0\n", "", 0],
  [["--si", "-m"], "               total        used        free      shared  buff/cache   available\nMem:           25278        1796       20323          48        3368       23481\nSwap:              0           0           0\n", "", 0],
  [["-h", "-w"], "               total        used        free      shared     buffers       cache   available\nMem:            23Gi       1.7Gi        18Gi        45Mi       196Mi       2.9Gi        21Gi\nSwap:             0B          0B          0B\n", "", 0],
  [["-w"], "               total        used        free      shared     buffers       cache   available\nMem:        24685560     1754112    19847212       47088      201416     3087960    22931448\nSwap:              0           0           0\n", "", 0],
  [["-l"], "               total        used        free      shared  buff/cache   available\nMem:        24685560     1754112    19847212       47088     3289376    22931448\nLow:        24685560     4838348    19847212\nHigh:              0           0           0\nSwap:              0           0           0\n", "", 0],
  [["-t"], "               total        used        free      shared  buff/cache   available\nMem:        24685560     1754112    19847212       47088     3289376    22931448\nSwap:              0           0           0\nTotal:      24685560     1754112    19847212\n", "", 0],
  [["-v"], "               total        used        free      shared  buff/cache   available\nMem:        24685560     1754112    19847212       47088     3289376    22931448\nSwap:              0           0           0\nComm:       12342780     3611904     8730876\n", "", 0],
  [["-h", "-l", "-t", "-v"], "               total        used        free      shared  buff/cache   available\nMem:            23Gi       1.7Gi        18Gi        45Mi       3.1Gi        21Gi\nLow:            23Gi       4.6Gi        18Gi\nHigh:             0B          0B          0B\nSwap:             0B          0B          0B\nTotal:          23Gi       1.7Gi        18Gi\nComm:           11Gi       3.4Gi       8.3Gi\n", "", 0],
  [["-hltvw"], "               total        used        free      shared     buffers       cache   available\nMem:            23Gi       1.7Gi        18Gi        45Mi       196Mi       2.9Gi        21Gi\nLow:            23Gi       4.6Gi        18Gi\nHigh:             0B          0B          0B\nSwap:             0B          0B          0B\nTotal:          23Gi       1.7Gi        18Gi\nComm:           11Gi       3.4Gi       8.3Gi\n", "", 0],
  [["-b", "-t", "-v", "-w"], "               total        used        free      shared     buffers       cache   available\nMem:     25278013440  1796210688 20323545088    48218112   206249984  3162071040 23481802752\nSwap:              0           0           0\nTotal:   25278013440  1796210688 20323545088\nComm:    12639006720  3698589696  8940417024\n", "", 0],
  [["--human", "--wide", "--total", "--committed", "--lohi"], "               total        used        free      shared     buffers       cache   available\nMem:            23Gi       1.7Gi        18Gi        45Mi       196Mi       2.9Gi        21Gi\nLow:            23Gi       4.6Gi        18Gi\nHigh:             0B          0B          0B\nSwap:             0B          0B          0B\nTotal:          23Gi       1.7Gi        18Gi\nComm:           11Gi       3.4Gi       8.3Gi\n", "", 0],
  [["--hum"], "               total        used        free      shared  buff/cache   available\nMem:            23Gi       1.7Gi        18Gi        45Mi       3.1Gi        21Gi\nSwap:             0B          0B          0B\n", "", 0],
  [["--t"], "", "free: option '--t' is ambiguous; possibilities: '--tera' '--tebi' '--total'\n<USAGE>", 1],
  [["--te"], "", "free: option '--te' is ambiguous; possibilities: '--tera' '--tebi'\n<USAGE>", 1],
  [["--to"], "               total        used        free      shared  buff/cache   available\nMem:        24685560     1754112    19847212       47088     3289376    22931448\nSwap:              0           0           0\nTotal:      24685560     1754112    19847212\n", "", 0],
  [["-c", "2", "-s", "0.01"], "               total        used        free      shared  buff/cache   available\nMem:        24685560     1754112    19847212       47088     3289376    22931448\nSwap:              0           0           0\n\n               total        used        free      shared  buff/cache   available\nMem:        24685560     1754112    19847212       47088     3289376    22931448\nSwap:              0           0           0\n", "", 0],
  [["-c2", "-s0.01", "-h"], "               total        used        free      shared  buff/cache   available\nMem:            23Gi       1.7Gi        18Gi        45Mi       3.1Gi        21Gi\nSwap:             0B          0B          0B\n\n               total        used        free      shared  buff/cache   available\nMem:            23Gi       1.7Gi        18Gi        45Mi       3.1Gi        21Gi\nSwap:             0B          0B          0B\n", "", 0],
  [["--count=2", "--seconds=0.01"], "               total        used        free      shared  buff/cache   available\nMem:        24685560     1754112    19847212       47088     3289376    22931448\nSwap:              0           0           0\n\n               total        used        free      shared  buff/cache   available\nMem:        24685560     1754112    19847212       47088     3289376    22931448\nSwap:              0           0           0\n", "", 0],
  [["-c", "1"], "               total        used        free      shared  buff/cache   available\nMem:        24685560     1754112    19847212       47088     3289376    22931448\nSwap:              0           0           0\n", "", 0],
  [["-c", "0"], "", "free: failed to parse count argument: '0': Numerical result out of range\n", 1],
  [["-c", "-1"], "", "free: failed to parse count argument: '-1': Numerical result out of range\n", 1],
  [["-c", "x"], "", "free: failed to parse count argument: 'x'\n", 1],
  [["-c", "2x"], "", "free: failed to parse count argument: '2x'\n", 1],
  [["-c", ""], "", "free: failed to parse count argument: '': No such file or directory\n", 1],
  [["-c"], "", "free: option requires an argument -- 'c'\n<USAGE>", 1],
  [["-s"], "", "free: option requires an argument -- 's'\n<USAGE>", 1],
  [["-s", "0"], "", "free: seconds argument `0' is not positive number\n", 1],
  [["-s", "-1"], "", "free: seconds argument `-1' is not positive number\n", 1],
  [["-s", "x"], "", "free: seconds argument failed: 'x': Invalid argument\n", 1],
  [["-s", "1e-7", "-c", "1"], "", "free: seconds argument failed: '1e-7': Invalid argument\n", 1],
  [["-s", "1,5", "-c", "1"], "               total        used        free      shared  buff/cache   available\nMem:        24685560     1754112    19847212       47088     3289376    22931448\nSwap:              0           0           0\n", "", 0],
  [["-s", ".5", "-c", "1"], "               total        used        free      shared  buff/cache   available\nMem:        24685560     1754112    19847212       47088     3289376    22931448\nSwap:              0           0           0\n", "", 0],
  [["-m", "-k"], "", "free: Multiple unit options don't make sense.\n", 1],
  [["-m", "-m"], "", "free: Multiple unit options don't make sense.\n", 1],
  [["--kilo", "-h"], "               total        used        free      shared  buff/cache   available\nMem:             25G        1.8G         20G         48M        3.4G         23G\nSwap:             0B          0B          0B\n", "", 0],
  [["-h", "-h"], "               total        used        free      shared  buff/cache   available\nMem:            23Gi       1.7Gi        18Gi        45Mi       3.1Gi        21Gi\nSwap:             0B          0B          0B\n", "", 0],
  [["-x"], "", "free: invalid option -- 'x'\n<USAGE>", 1],
  [["--bogus"], "", "free: unrecognized option '--bogus'\n<USAGE>", 1],
  [["--help"], "<USAGE>", "", 0],
  [["--help", "-x"], "<USAGE>", "", 0],
  [["-x", "--help"], "", "free: invalid option -- 'x'\n<USAGE>", 1],
  [["-V"], "free from procps-ng 4.0.2\n", "", 0],
  [["--version"], "free from procps-ng 4.0.2\n", "", 0],
  [["--vers"], "free from procps-ng 4.0.2\n", "", 0],
  [["extra"], "", "<USAGE>", 1],
  [["-h", "extra"], "", "<USAGE>", 1],
  [["--", "extra"], "", "<USAGE>", 1],
  [["--"], "               total        used        free      shared  buff/cache   available\nMem:        24685560     1754112    19847212       47088     3289376    22931448\nSwap:              0           0           0\n", "", 0],
  [["--bytes=1"], "", "free: option '--bytes' doesn't allow an argument\n<USAGE>", 1],
  [["-b", "-V"], "free from procps-ng 4.0.2\n", "", 0],
  [["-m", "-k", "-V"], "", "free: Multiple unit options don't make sense.\n", 1],
  [["-V", "-m", "-k"], "free from procps-ng 4.0.2\n", "", 0],
  [["--help", "-m", "-k"], "<USAGE>", "", 0],
  [["-s", "", "-c", "1"], "", "free: seconds argument failed: ''\n", 1],
  [["-s", "1.2.3", "-c", "1"], "", "free: seconds argument failed: '1.2.3'\n", 1],
  [["-s", " 1", "-c", "1"], "               total        used        free      shared  buff/cache   available\nMem:        24685560     1754112    19847212       47088     3289376    22931448\nSwap:              0           0           0\n", "", 0],
  [["-s", "+0.01", "-c", "1"], "               total        used        free      shared  buff/cache   available\nMem:        24685560     1754112    19847212       47088     3289376    22931448\nSwap:              0           0           0\n", "", 0],
  [["-s", "0.0000001", "-c", "1"], "", "free: seconds argument `0.0000001' is not positive number\n", 1],
  [["-c", "4294967296"], "", "free: failed to parse count argument: '4294967296': Numerical result out of range\n", 1],
  [["-c", "99999999999999999999"], "", "free: failed to parse count argument: '99999999999999999999': Numerical result out of range\n", 1],
  [["-c", " 1"], "               total        used        free      shared  buff/cache   available\nMem:        24685560     1754112    19847212       47088     3289376    22931448\nSwap:              0           0           0\n", "", 0],
  [["-c", "+1"], "               total        used        free      shared  buff/cache   available\nMem:        24685560     1754112    19847212       47088     3289376    22931448\nSwap:              0           0           0\n", "", 0],
  [["--count"], "", "free: option '--count' requires an argument\n<USAGE>", 1],
  [["--seconds"], "", "free: option '--seconds' requires an argument\n<USAGE>", 1],
  [["--count", "1", "-k"], "               total        used        free      shared  buff/cache   available\nMem:        24685560     1754112    19847212       47088     3289376    22931448\nSwap:              0           0           0\n", "", 0],
  [["--giga", "-h"], "               total        used        free      shared  buff/cache   available\nMem:             25G        1.8G         20G         48M        3.4G         23G\nSwap:             0B          0B          0B\n", "", 0],
  [["--si", "-h", "-l", "-w"], "               total        used        free      shared     buffers       cache   available\nMem:             25G        1.8G         20G         48M        206M        3.2G         23G\nLow:             25G        5.0G         20G\nHigh:             0B          0B          0B\nSwap:             0B          0B          0B\n", "", 0],
  [["--tebi", "-t"], "               total        used        free      shared  buff/cache   available\nMem:               0           0           0           0           0           0\nSwap:              0           0           0\nTotal:             0           0           0\n", "", 0],
  [["--peta", "-v"], "               total        used        free      shared  buff/cache   available\nMem:               0           0           0           0           0           0\nSwap:              0           0           0\nComm:              0           0           0\n", "", 0],
  [["-g", "-v", "-l"], "               total        used        free      shared  buff/cache   available\nMem:              23           1          18           0           3          21\nLow:              23           4          18\nHigh:              0           0           0\nSwap:              0           0           0\nComm:             11           3           8\n", "", 0],
  [["--mega", "-w"], "               total        used        free      shared     buffers       cache   available\nMem:           25278        1796       20323          48         206        3162       23481\nSwap:              0           0           0\n", "", 0],
];

const expand = (text: string) => text.split('<USAGE>').join(USAGE);
const quote = (a: string) => `'${a.replace(/'/g, "'\\''")}'`;

describe('free (procps-ng 4.0.2)', () => {
  // One login for the rows: free changes nothing on the node.
  const shared = createSession({ seed: 7, now: () => Date.UTC(2026, 11, 4) });
  it.each(REAL.map(([args, stdout, stderr, code]) => ({ line: ['free', ...args.map(quote)].join(' '), stdout, stderr, code })))(
    '$line',
    async ({ line, stdout, stderr, code }) => {
      expect(await shared.run(line)).toEqual({ stdout: expand(stdout), stderr: expand(stderr), exitCode: code });
    },
  );

  it('is /usr/bin/free, as procps installs it', async () => {
    const s = createSession({ seed: 7, now: () => Date.UTC(2026, 11, 4) });
    expect(await s.run('which free; type free')).toEqual({ stdout: '/usr/bin/free\nfree is /usr/bin/free\n', stderr: '', exitCode: 0 });
  });

  it('without -c stops after one report where time jumps, as Ctrl-C would', async () => {
    const s = createSession({ seed: 7, now: () => Date.UTC(2026, 11, 4) });
    const r = await s.run('free -s 1');
    expect(r.stdout).toBe(REAL[0]?.[1]);
    expect(r.stderr).toMatch(/^ctrlab: free -s without -c repeats until Ctrl-C/);
    expect(r.exitCode).toBe(130);
  });

  it('waits the interval between reports on the node clock', async () => {
    const s = createSession({ seed: 7, now: () => Date.UTC(2026, 11, 4) });
    expect((await s.run('free -c 3 -s 2 >/dev/null; date +%s')).stdout).toBe(`${Date.UTC(2026, 11, 4) / 1000 + 4}\n`);
  });
});
