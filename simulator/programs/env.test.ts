// busybox env as Debian's busybox-static 1.35 answers inside the oracle's busybox container
// (tests/oracle/scripts/163-fresh-exec-applets.sh, b14/b15: `env -i A=1 env` prints only A=1,
// `env -i sh -c 'echo "[$PATH]"'` prints ash's own /sbin:/usr/sbin:/bin:/usr/bin).
import { describe, expect, it } from 'vitest';
import { start } from './test-support';

const env = (args: string[], over: Parameters<typeof start>[1] = {}) => {
  const r = start(['env', ...args], over);
  return [r.stdout, r.stderr, r.run.exit?.code];
};

describe('env', () => {
  it('prints the environment, NAME=VALUE replacing in place or going last', () => {
    expect(env(['HOME=/x', 'A=1'])).toEqual(['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nHOME=/x\nA=1\n', '', 0]);
  });
  it('-i and a lone - start empty, -u removes, -0 ends entries with NUL', () => {
    expect(env(['-i', 'A=1'])).toEqual(['A=1\n', '', 0]);
    expect(env(['-', 'B=2'])).toEqual(['B=2\n', '', 0]);
    expect(env(['-u', 'HOME'])).toEqual(['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n', '', 0]);
    expect(env(['--unset=PATH', '-0'])).toEqual(['HOME=/root\0', '', 0]);
  });
  it('runs PROG in the new environment, in its own process', () => {
    expect(env(['-i', 'A=1', 'env'])).toEqual(['A=1\n', '', 0]);
    const shell = start(['env', '-i', 'sh', '-c', 'echo "[$PATH]" $$'], { pid: 7 });
    expect(shell.stdout).toBe('[/sbin:/usr/sbin:/bin:/usr/bin] 7\n');
  });
  it("cannot execute a PROG that is not there (127), and shows its usage for a bad option", () => {
    expect(env(['nosuch'])).toEqual(['', "env: can't execute 'nosuch': No such file or directory\n", 127]);
    const [out, err, code] = env(['-q']);
    expect([out, code]).toEqual(['', 1]);
    expect(err).toMatch(/^env: invalid option -- 'q'\nBusyBox v1\.35\.0 .*\n\nUsage: env \[-i0\] \[-u NAME\]/);
  });
});
