import { describe, expect, it } from 'vitest';
import { addTestImage } from '../../../containerd/containers/test-image';
import { makeTestNode } from '../../../containerd/namespaces/test-support';
import { ctr } from '../ctr-test-support';

const BB = 'docker.io/library/busybox:latest';

function setup() {
  const node = makeTestNode();
  addTestImage(node, 'default', BB);
  return node;
}

const sleepS = (node: ReturnType<typeof makeTestNode>, s: number) => void (node.state.clockOffsetMs += s * 1000);

describe('ctr tasks', () => {
  it('starts detached, lists, refuses a second start, shows ps', async () => {
    const node = setup();
    expect((await ctr(node, 't ls')).stdout).toBe('TASK    PID    STATUS    \n');
    await ctr(node, `c create ${BB} s1 sleep 3600`);
    expect(await ctr(node, 't start -d s1')).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect(await ctr(node, 't start -d s1')).toEqual({ stdout: '', stderr: 'ctr: task s1: already exists\n', exit: 1 });
    expect((await ctr(node, 't start -d missing')).stderr).toBe('ctr: container "missing" in namespace "default": not found\n');
    const ls = (await ctr(node, 't ls')).stdout;
    expect(ls).toMatch(/^TASK    PID {4,}STATUS    \ns1      \d+ {4}RUNNING\n$/);
    expect((await ctr(node, 't ps s1')).stdout).toMatch(/^PID {4,}INFO\n\d+ {4}-\n$/);
  });

  it('exec: required id, output, exit codes and runc errors', async () => {
    const node = setup();
    await ctr(node, `run -d ${BB} s1 sleep 3600`);
    const noId = await ctr(node, 't exec s1 ls /');
    expect(noId.stderr.endsWith('ctr: Required flag "exec-id" not set\n')).toBe(true);
    expect(noId.exit).toBe(1);
    expect((await ctr(node, 't exec --exec-id e1 s1 echo hi from exec')).stdout).toBe('hi from exec\n');
    expect((await ctr(node, 't exec --exec-id e2 s1 sh -c "exit 3"')).exit).toBe(3);
    expect((await ctr(node, 't exec --exec-id e3 s1 nosuchcmd')).stderr).toBe(
      'ctr: OCI runtime exec failed: exec failed: unable to start container process: exec: "nosuchcmd": executable file not found in $PATH: unknown\n',
    );
    expect((await ctr(node, 't exec --exec-id e5 s1')).stderr).toBe('ctr: OCI runtime exec failed: exec failed: args must not be empty: unknown\n');
    await ctr(node, 't exec -d --exec-id long s1 sleep 1000');
    expect((await ctr(node, 't ps s1')).stdout).toMatch(/&ProcessDetails\{ExecID:long,XXX_unrecognized:\[\],\}\n$/);
    expect((await ctr(node, 't exec -d --exec-id long s1 sleep 1000')).stderr).toBe('ctr: id long: already exists\n');
    await ctr(node, 't kill --exec-id long s1');
    expect((await ctr(node, 't ps s1')).stdout.split('\n').length).toBe(3);
    expect((await ctr(node, 't kill --exec-id nope s1')).stderr).toBe('ctr: process does not exist nope: not found\n');
  });

  it('pause and resume errors', async () => {
    const node = setup();
    await ctr(node, `run -d ${BB} s1 sleep 3600`);
    await ctr(node, 't pause s1');
    expect((await ctr(node, 't ls')).stdout).toMatch(/PAUSED\n$/);
    expect((await ctr(node, 't pause s1')).stderr).toBe('ctr: cannot pause a paused container: unknown\n');
    expect((await ctr(node, 't exec --exec-id e6 s1 ls')).stderr).toBe('ctr: cannot exec in a paused state: unknown\n');
    await ctr(node, 't resume s1');
    expect((await ctr(node, 't resume s1')).stderr).toBe('ctr: cannot resume a running process: unknown\n');
  });

  it('kill: SIGTERM is ignored by sleep as PID 1, SIGKILL gives 137', async () => {
    const node = setup();
    await ctr(node, `run -d ${BB} s1 sleep 3600`);
    await ctr(node, 't kill s1');
    sleepS(node, 1);
    expect((await ctr(node, 't ls')).stdout).toMatch(/RUNNING\n$/);
    const rm = await ctr(node, 't rm s1');
    expect(rm.stderr).toMatch(/level=error msg="unable to delete s1" error="task must be stopped before deletion: running: failed precondition"\nctr: task must be stopped before deletion: running: failed precondition\n$/);
    expect((await ctr(node, 'c rm s1')).stderr).toMatch(/ctr: cannot delete a non stopped container: \{running 0 0001-01-01 00:00:00 \+0000 UTC\}\n$/);
    expect((await ctr(node, 't kill -s BOGUS s1')).stderr).toBe('ctr: invalid signal: BOGUS\n');
    await ctr(node, 't kill -s SIGKILL s1');
    sleepS(node, 1);
    expect((await ctr(node, 't ls')).stdout).toMatch(/STOPPED\n$/);
    const rm2 = await ctr(node, 't rm s1');
    expect(rm2.stderr).toMatch(/level=warning msg="task s1 exit with non-zero exit code 137"\n$/);
    expect(rm2.exit).toBe(0);
    expect((await ctr(node, 't kill --all s1')).stderr).toBe('ctr: no running task found: task s1 not found: not found\n');
    expect((await ctr(node, 't kill')).stderr).toBe('ctr: container id must be provided\n');
  });

  it('sleep finishes by simulated time', async () => {
    const node = setup();
    await ctr(node, `run -d ${BB} s1 sleep 10`);
    sleepS(node, 9);
    expect((await ctr(node, 't ls')).stdout).toMatch(/RUNNING\n$/);
    sleepS(node, 1);
    expect((await ctr(node, 't ls')).stdout).toMatch(/STOPPED\n$/);
    expect((await ctr(node, 't rm s1')).stderr).toBe('');
  });

  it('attached start prints, exits with the code and deletes the task', async () => {
    const node = setup();
    await ctr(node, `c create ${BB} e1 echo hello world`);
    expect(await ctr(node, 't start e1')).toEqual({ stdout: 'hello world\n', stderr: '', exit: 0 });
    expect((await ctr(node, 't ls')).stdout).toBe('TASK    PID    STATUS    \n');
    expect((await ctr(node, 't rm e1')).stderr).toMatch(/ctr: no running task found: task e1 not found: not found\n$/);
    expect((await ctr(node, `c create ${BB} x1 sh -c "echo out; echo err >&2; exit 7"`)).stderr).toBe(
      'ctr: with spec config file, only container id should be provided: invalid argument\n',
    );
    await ctr(node, `c create ${BB} x1 -- sh -c "echo out; echo err >&2; exit 7"`);
    expect(await ctr(node, 't start x1')).toEqual({ stdout: 'out\n', stderr: 'err\n', exit: 7 });
    await ctr(node, `c create ${BB} bad1 /nonexistent`);
    expect((await ctr(node, 't start bad1')).stderr).toBe(
      'ctr: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "/nonexistent": stat /nonexistent: no such file or directory: unknown\n',
    );
  });

  it('metrics table and json', async () => {
    const node = setup();
    await ctr(node, `run -d ${BB} s1 sleep 3600`);
    const table = (await ctr(node, 't metrics s1')).stdout.split('\n');
    expect(table[0]).toMatch(/^ID    TIMESTAMP {30,}$/);
    expect(table[1]).toMatch(/^s1    2026-11-28 05:17:21\.\d+ \+0000 UTC {4}$/);
    expect(table[0]?.length).toBe(table[1]?.length);
    expect(table[2]).toBe('');
    expect(table[3]).toMatch(/^METRIC                   VALUE {18,}$/);
    expect(table[5]).toMatch(/^memory.limit_in_bytes    9223372036854771712 {4,}$/);
    expect(table[10]).toMatch(/^pids.limit               0 {22,}$/);
    expect(new Set(table.slice(3, 11).map((l) => l.length)).size).toBe(1);
    const json = JSON.parse((await ctr(node, 't metrics --format json s1')).stdout.replace(/9223372036854771712/g, '0'));
    expect(Object.keys(json)).toEqual(['pids', 'cpu', 'memory', 'blkio', 'memory_oom_control']);
  });

  it('metrics show a memory limit as the kernel keeps it, rounded down to a page', async () => {
    const node = setup();
    await ctr(node, `run -d --memory-limit 10000000 ${BB} m1 sleep 3600`);
    expect((await ctr(node, 't metrics m1')).stdout).toMatch(/^memory.limit_in_bytes    9998336 +$/m);
    const json = (await ctr(node, 't metrics --format json m1')).stdout;
    expect(json).toContain('"hierarchical_memory_limit": 9998336,');
    expect(json).toContain('"hierarchical_swap_limit": 9223372036854771712,');
    expect(json).toMatch(/"usage": \{\n {6}"limit": 9998336,/);
    expect(json).toMatch(/"kernel": \{\n {6}"limit": 9223372036854771712,/);
  });

  it('runc refuses cgroup values the v1 kernel rejects', async () => {
    const node = setup();
    const prefix =
      'ctr: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error setting cgroup config for procHooks process: ';
    expect((await ctr(node, `run -d --memory-limit 1 ${BB} m2 sleep 3600`)).stderr).toMatch(
      new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}unable to set memory limit to 1 \\(current usage: \\d+, peak usage: \\d+\\): unknown\n$`),
    );
    expect((await ctr(node, `run -d --cpu-quota 1 ${BB} m3 sleep 3600`)).stderr).toBe(
      `${prefix}failed to write "1": write /sys/fs/cgroup/cpu/default/m3/cpu.cfs_quota_us: invalid argument: unknown\n`,
    );
    expect((await ctr(node, `run -d --cpu-quota 1000 --cpu-period 999 ${BB} m4 sleep 3600`)).stderr).toBe(
      `${prefix}failed to write "999": write /sys/fs/cgroup/cpu/default/m4/cpu.cfs_period_us: invalid argument: unknown\n`,
    );
    expect((await ctr(node, `run -d --cpus 0.001 --cgroup /x/y ${BB} m5 sleep 3600`)).stderr).toBe(
      `${prefix}failed to write "100": write /sys/fs/cgroup/cpu/x/y/cpu.cfs_quota_us: invalid argument: unknown\n`,
    );
    expect((await ctr(node, `run -d --cpu-quota -5 --memory-limit 2500000 ${BB} m6 sleep 3600`)).exit).toBe(0);
  });

  it("a task's first start creates the missing mount points in its snapshot (busybox: /run)", async () => {
    const node = setup();
    await ctr(node, `c create ${BB} u1 sleep 3600`);
    expect((await ctr(node, 'snapshots usage u1')).stdout).toBe('KEY SIZE    INODES \nu1  4.0 KiB 1      \n');
    await ctr(node, 't start -d u1');
    expect((await ctr(node, 'snapshots usage u1')).stdout).toBe('KEY SIZE    INODES \nu1  8.0 KiB 2      \n');
  });

  it('--cpus converts as Go does: truncated, not rounded', async () => {
    const node = setup();
    const quota = async (id: string, cpus: string) => {
      await ctr(node, `run -d --cpus ${cpus} ${BB} ${id} sleep 3600`);
      return /"quota": (\d+)/.exec((await ctr(node, `c info ${id}`)).stdout)?.[1];
    };
    expect(await quota('q1', '0.5')).toBe('50000');
    expect(await quota('q2', '1.5')).toBe('150000');
    expect(await quota('q3', '0.333333')).toBe('33333');
  });
});

describe('ctr run', () => {
  it('runs attached, passes exit codes and removes with --rm', async () => {
    const node = setup();
    expect(await ctr(node, `run --rm ${BB} r1 echo hello`)).toEqual({ stdout: 'hello\n', stderr: '', exit: 0 });
    expect(await ctr(node, `run --rm ${BB} r2 sh -c "echo hi; exit 3"`)).toEqual({ stdout: 'hi\n', stderr: '', exit: 3 });
    expect((await ctr(node, `run --rm ${BB} r2 -- sh -c "echo hi; exit 3"`)).stderr).toBe(
      'ctr: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "--": executable file not found in $PATH: unknown\n',
    );
    expect((await ctr(node, 'c ls -q')).stdout).toBe('');
    expect((await ctr(node, 'run')).stderr).toBe('ctr: image ref must be provided\n');
    expect((await ctr(node, `run ${BB}`)).stderr).toBe('ctr: container id must be provided\n');
    expect((await ctr(node, 'run --rm nginx:alpine n1 true')).stderr).toBe('ctr: image "nginx:alpine": not found\n');
    expect((await ctr(node, `run -d --rm ${BB} x true`)).stderr).toBe('ctr: flags --detach and --rm cannot be specified together\n');
  });

  it('env, hostname, ps, id, mounts of the host and --null-io', async () => {
    const node = setup();
    expect((await ctr(node, `run --rm --env FOO=bar ${BB} env1 env`)).stdout).toBe(
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nFOO=bar\nHOME=/root\n',
    );
    expect((await ctr(node, `run --rm --net-host ${BB} nh1 hostname`)).stdout).toBe('node1\n');
    expect((await ctr(node, `run --rm ${BB} ps1 ps`)).stdout).toBe('PID   USER     COMMAND\n    1 root     ps\n');
    expect((await ctr(node, `run --rm ${BB} id1 id`)).stdout).toBe('uid=0(root) gid=0(root) groups=0(root)\n');
    node.state.host.files['/root'] = { kind: 'dir', mode: 0o700, mtimeMs: 0 };
    node.state.host.files['/root/a.tar'] = { kind: 'file', mode: 0o644, mtimeMs: 0, content: 'x' };
    expect((await ctr(node, `run --rm --mount type=bind,src=/root,dst=/data,options=rbind:ro ${BB} mnt1 ls /data`)).stdout).toBe('a.tar\n');
    expect(await ctr(node, `run --rm --null-io ${BB} nio echo invisible`)).toEqual({ stdout: '', stderr: '', exit: 0 });
  });

  it('-t without a terminal panics and exits 2; a never-ending process is reported', async () => {
    const node = setup();
    const r = await ctr(node, `run --rm -t ${BB} t3 echo no-pty`);
    expect(r.exit).toBe(2);
    expect(r.stderr.startsWith('panic: provided file is not a console\n\ngoroutine 1 [running]:\n')).toBe(true);
    expect((await ctr(node, 'c ls -q')).stdout).toBe('');
    const cat = await ctr(node, `run --rm ${BB} r3 cat`);
    expect(cat.exit).toBe(1);
    expect(cat.stderr).toMatch(/not simulated here/);
    expect((await ctr(node, 't ls')).stdout).toMatch(/r3 +\d+ +RUNNING\n$/);
  });
});
