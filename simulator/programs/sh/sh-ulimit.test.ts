import { describe, expect, it } from 'vitest';
import { processLimits } from '../process-limits';
import { start } from '../test-support';

// Expected texts recorded from busybox 1.36 sh in a container of the real dockerd 20.10.24
// (tests/oracle/docker/scripts/48-learner-fresh-f.sh and 50-learner-fresh-h.sh).
const sh = (script: string, rlimits: unknown[] = [], sysResource = false) =>
  start(['sh', '-c', script], { limits: processLimits(rlimits, sysResource) });

describe('busybox sh ulimit', () => {
  it('prints the soft limit of the spec, or the hard one with -H', () => {
    const r = sh('ulimit -n; ulimit -Hn; ulimit -u', [{ type: 'RLIMIT_NOFILE', soft: 1024, hard: 2048 }, { type: 'RLIMIT_NPROC', soft: 64, hard: 64 }]);
    expect(r.stdout).toBe('1024\n2048\n64\n');
  });

  it('lists every limit with -a, in limits_tbl order and units, what containerd passes on where the spec says nothing', () => {
    const r = sh('ulimit -a', [{ type: 'RLIMIT_CORE', soft: 100, hard: 200 }]);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual(['core file size (blocks)         (-c) 0', 'data seg size (kb)              (-d) unlimited']);
    expect(r.stdout).toContain('open files                      (-n) 20000\n');
    expect(r.stdout).toContain('stack size (kb)                 (-s) 8192\n');
    expect(sh('ulimit -Ha').stdout).toContain('stack size (kb)                 (-s) unlimited\n');
  });

  it('labels each line when more than one limit is asked for, and reads a bare ulimit as -f', () => {
    expect(sh('ulimit -n -u').stdout).toBe('open files                      (-n) 20000\nmax user processes              (-u) 96367\n');
    expect(sh('ulimit').stdout).toBe('unlimited\n');
    expect(sh('ulimit -f 10; ulimit -f; ulimit -H').stdout).toBe('10\n10\n');
  });

  it('keeps a lowered limit for the rest of the shell and the programs it starts', () => {
    expect(sh('ulimit -n 512; ulimit -n; sh -c "ulimit -n"').stdout).toBe('512\n512\n');
  });

  it('refuses what the kernel refuses: a raise past the hard limit, soft above hard, more files than nr_open', () => {
    const r = sh('ulimit -n 4096; echo $?; ulimit -n 512; ulimit -Hn 100; ulimit -n 1048577', [{ type: 'RLIMIT_NOFILE', soft: 1024, hard: 2048 }]);
    expect(r.stdout).toBe('1\n');
    expect(r.stderr).toBe('sh: error setting limit: Operation not permitted\nsh: error setting limit: Invalid argument\nsh: error setting limit: Operation not permitted\n');
    expect(sh('ulimit -n 30000; ulimit -n', [], true).stdout).toBe('30000\n');
  });

  it('says what it cannot read as getopt and bb_strtoull do', () => {
    const r = sh('ulimit -z; ulimit -n abc; ulimit -n 999999999999999999999');
    expect(r.stderr).toBe("ulimit: invalid option -- 'z'\nsh: invalid number 'abc'\nsh: invalid number '999999999999999999999'\n");
  });
});
