// A task left created: ctr writes --pid-file between NewTask and Start (run.go, tasks/start.go
// @v1.6.20), so when that write fails runc init waits for a start that never comes. ctr's
// deferred task.Delete refuses a created task with a PID, so it stays (with --rm the container
// too); it can be exec'd into but not paused or deleted, and a kill ends runc init, a Go program
// that dies with exit(2) on SIGTERM as PID 1 and ignores SIGUSR1.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

const BB = 'docker.io/library/busybox:latest';

async function session() {
  let t = Date.UTC(2026, 11, 6, 14, 0, 0);
  const s = createSession({ seed: 27, now: () => (t += 7) });
  await s.run(`ctr i pull ${BB}`);
  return s;
}

describe('a task left created by a failed --pid-file', () => {
  it('stays CREATED with its PID, attached or detached, and --rm keeps the container', async () => {
    const s = await session();
    for (const flags of ['-d', '', '--rm']) {
      const id = `t${flags.replace(/\W/g, '')}`;
      const r = await s.run(`ctr run ${flags} --pid-file /missing/p ${BB} ${id} sh -c 'echo ran > /ran; sleep 100'`);
      expect(r).toEqual({ stdout: '', stderr: 'ctr: open /missing/.p: no such file or directory\n', exitCode: 1 });
    }
    expect((await s.run('ctr t ls')).stdout).toMatch(/^TASK +PID +STATUS +\ntd +\d+ +CREATED\nt +\d+ +CREATED\ntrm +\d+ +CREATED\n$/);
    expect((await s.run('ctr c ls -q')).stdout).toBe('t\ntd\ntrm\n');
    // The program never ran.
    expect((await s.run('ctr t exec --exec-id x td cat /ran')).stderr).toBe("cat: can't open '/ran': No such file or directory\n");
  });

  it('writes an empty --pid-file as the working directory: the rename over it fails, then the dot file left there', async () => {
    const s = await session();
    await s.run('mkdir -p /tmp/w && cd /tmp/w');
    expect(await s.run(`ctr run -d --pid-file "" ${BB} e1 sleep 100`)).toEqual({ stdout: '', stderr: 'ctr: rename /tmp/.w /tmp/w: file exists\n', exitCode: 1 });
    expect(await s.run(`ctr run -d --pid-file "" ${BB} e2 sleep 100`)).toEqual({ stdout: '', stderr: 'ctr: open /tmp/.w: file exists\n', exitCode: 1 });
    expect((await s.run('ctr t ls')).stdout).toMatch(/^TASK +PID +STATUS +\ne1 +\d+ +CREATED\ne2 +\d+ +CREATED\n$/);
    expect((await s.run(`ctr run -d --pid-file /tmp/p ${BB} e3 sleep 100`)).exitCode).toBe(0);
    expect((await s.run('cat /tmp/p; ls -a /tmp')).stdout).toMatch(/^\d+\.\n\.\.\n\.w\np\nw\n$/);
  });

  it('runs an exec as the real node does: ps shows runc init by its nsexec name, the exec past its threads, exit codes pass through', async () => {
    const s = await session();
    await s.run(`ctr run -d --pid-file /missing/p ${BB} c sleep 100`);
    const ps = await s.run('ctr t exec --exec-id e1 c ps');
    expect(ps.exitCode).toBe(0);
    expect(ps.stdout).toMatch(/^PID   USER     COMMAND\n    1 root     \{runc:\[2:INIT\]\} runc init\n    [67] root     ps\n$/);
    expect(await s.run("ctr t exec --exec-id e2 c sh -c 'echo hi; exit 3'")).toEqual({ stdout: 'hi\n', stderr: '', exitCode: 3 });
    expect((await s.run('ctr t ls')).stdout).toMatch(/\nc +\d+ +CREATED\n$/);
  });

  it('refuses pause, resume, rm and c rm, and is still there for start', async () => {
    const s = await session();
    await s.run(`ctr run -d --pid-file /missing/p ${BB} c sleep 100`);
    expect((await s.run('ctr t start c')).stderr).toBe('ctr: task c: already exists\n');
    expect((await s.run('ctr t pause c')).stderr).toBe('ctr: cannot pause task in created state: unknown\n');
    expect((await s.run('ctr t resume c')).stderr).toBe('ctr: cannot resume task in created state: unknown\n');
    expect((await s.run('ctr t rm c')).stderr).toMatch(/\nctr: task must be stopped before deletion: created: failed precondition\n$/);
    expect((await s.run('ctr c rm c')).stderr).toMatch(/\nctr: task must be stopped before deletion: created: failed precondition\n$/);
  });

  it('ends on SIGTERM with exit 2 and on SIGKILL with 137; SIGUSR1 leaves it created', async () => {
    const s = await session();
    await s.run(`ctr run -d --pid-file /missing/p ${BB} a sleep 100`);
    await s.run(`ctr c create ${BB} b sleep 100`);
    expect((await s.run('ctr t start -d --pid-file /missing/p b')).exitCode).toBe(1);
    await s.run('ctr t kill -s USR1 a');
    expect((await s.run('ctr t ls')).stdout).toMatch(/\na +\d+ +CREATED\n/);
    await s.run('ctr t kill a');
    await s.run('ctr t kill -s 9 b');
    expect((await s.run('ctr t ls')).stdout).toMatch(/\na +\d+ +STOPPED\nb +\d+ +STOPPED\n$/);
    expect((await s.run('ctr t rm a')).stderr).toMatch(/level=warning msg="task a exit with non-zero exit code 2"\n$/);
    expect((await s.run('ctr t rm b')).stderr).toMatch(/level=warning msg="task b exit with non-zero exit code 137"\n$/);
  });
});
