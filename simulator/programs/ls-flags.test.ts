// busybox 1.35 ls's sort and indicator options and its refusal of options it lacks, as Debian's
// busybox-static answers (tests/oracle/scripts/158-fresh-busybox-applets.sh on a real containerd node).
import { describe, expect, it } from 'vitest';
import { createSession } from '../index';

async function withTask() {
  const s = createSession({ seed: 4, now: () => Date.UTC(2026, 11, 7, 11, 0, 0) });
  await s.run('ctr i pull docker.io/library/busybox:latest');
  await s.run('ctr run -d docker.io/library/busybox:latest r1 sleep 300');
  await s.run("ctr t exec --exec-id a r1 sh -c 'mkdir -p /w/d && cd /w && echo 12345 > big && echo 1 > small && ln -s big lnk && touch .h'");
  let n = 0;
  return async (cmd: string) => s.run(`ctr t exec --exec-id e${n++} r1 ${cmd}`);
}

describe('busybox ls options', () => {
  it('reverses, sorts by size and marks types', async () => {
    const exec = await withTask();
    expect((await exec('ls -r /w')).stdout).toBe('small\nlnk\nd\nbig\n');
    expect((await exec('ls -S /w')).stdout).toBe('d\nbig\nlnk\nsmall\n');
    expect((await exec('ls -Sr /w')).stdout).toBe('small\nlnk\nbig\nd\n');
    expect((await exec('ls -F /w')).stdout).toBe('big\nd/\nlnk@\nsmall\n');
    expect((await exec('ls -p /w')).stdout).toBe('big\nd/\nlnk\nsmall\n');
    expect((await exec('ls -A /w')).stdout).toBe('.h\nbig\nd\nlnk\nsmall\n');
    expect((await exec('ls -s /w/small')).stdout).toBe('     4 /w/small\n');
  });

  it('refuses an option busybox does not have, with its usage', async () => {
    const exec = await withTask();
    const r = await exec('ls -Z /w');
    expect(r.stderr).toMatch(/^ls: invalid option -- 'Z'\nBusyBox v1\.35\.0 .*\n\nUsage: ls \[-1AaCxdLHRFplinshrSXvctu\]/);
    expect(r.exitCode).toBe(1);
    expect((await exec('ls --bogus /w')).stderr).toMatch(/^ls: unrecognized option '--bogus'\n/);
    expect((await exec('ls --color=never /w')).stdout).toBe('big\nd\nlnk\nsmall\n');
  });
});
