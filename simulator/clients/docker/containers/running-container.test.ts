// exec, top, stats, port, diff, cp, export and inspect on containers `docker run` made on the
// node, each expectation what a private real dockerd 20.10.24 (Debian's /usr/bin/docker)
// printed for the same lines (pids, times, sizes and random ids aside), and conformance 10
// #21/#22 (`docker exec b1 ls /`, `docker exec b1 nosuch`).

import { beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';

const s = createSession({ seed: 11, now: () => Date.UTC(2026, 11, 5, 4, 0, 0) });
async function run(line: string) {
  const r = await s.run(line);
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
}

beforeAll(async () => {
  for (const line of ['docker pull busybox', 'docker pull nginx:alpine', 'docker run -d --name b1 busybox sleep 3600', 'docker run -d --name web -p 8080:80 nginx:alpine']) {
    const r = await run(line);
    if (r.exitCode !== 0) throw new Error(`${line}: ${r.stderr}`);
  }
});

describe('docker exec into a running container', () => {
  it('lists /, says 126 with runc’s words for a missing command (conformance 10 #21, #22), passes the exit code on', async () => {
    expect(await run('docker exec b1 ls /')).toEqual({ stdout: 'bin\ndev\netc\nhome\nproc\nroot\nsys\ntmp\nusr\nvar\n', stderr: '', exitCode: 0 });
    expect(await run('docker exec b1 nosuch')).toEqual({
      stdout: 'OCI runtime exec failed: exec failed: unable to start container process: exec: "nosuch": executable file not found in $PATH: unknown\r\n',
      stderr: '',
      exitCode: 126,
    });
    expect(await run('docker exec b1 sh -c "exit 5"')).toEqual({ stdout: '', stderr: '', exitCode: 5 });
    expect(await run('docker exec -d b1 nosuch')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: OCI runtime exec failed: exec failed: unable to start container process: exec: "nosuch": executable file not found in $PATH: unknown\n',
      exitCode: 1,
    });
  });

  it('-e and -w, a missing working directory, a file that is no program, stdin with -i', async () => {
    expect((await run("docker exec -e A=1 -w /tmp b1 sh -c 'echo $A; pwd'")).stdout).toBe('1\n/tmp\n');
    expect(await run('docker exec -w /nonexist b1 pwd')).toEqual({
      stdout: 'OCI runtime exec failed: exec failed: unable to start container process: chdir to cwd ("/nonexist") set in config.json failed: no such file or directory: unknown\r\n',
      stderr: '',
      exitCode: 126,
    });
    expect((await run('docker exec b1 /etc/passwd')).stdout).toBe('OCI runtime exec failed: exec failed: unable to start container process: exec: "/etc/passwd": permission denied: unknown\r\n');
    expect((await run('echo hello | docker exec -i b1 cat')).stdout).toBe('hello\n');
  });
});

describe('docker top, stats, port of running containers', () => {
  it('top: ps -ef’s columns through tabwriter(20, 1, 3)', async () => {
    const r = await run('docker top b1');
    expect(r.stdout).toMatch(/^UID {17}PID {17}PPID {16}C {19}STIME {15}TTY {17}TIME {16}CMD\nroot {16}\d+ +\d+ +0 {19}04:00 {15}\? {19}00:00:00 {12}sleep 3600\n$/);
  });

  // tests/oracle/docker/scripts/62-top-bsd.sh: busybox's measured VSZ, STAT `Ss` for the init.
  it('top aux: ps u’s columns, busybox’s memory; a program whose memory is unknown is not simulated', async () => {
    const r = await run('docker top b1 aux');
    expect(r.stdout).toMatch(/^USER {16}PID {17}%CPU {16}%MEM {16}VSZ {17}RSS {17}TTY {17}STAT {16}START {15}TIME {16}COMMAND\nroot {16}\d+ +0\.0 {17}0\.0 {17}2268 {16}1380 {16}\? {19}Ss {18}04:00 {15}0:00 {16}sleep 3600\n$/);
    expect((await run('docker top b1 x')).stdout).toMatch(/^PID {17}TTY {17}STAT {16}TIME {16}COMMAND\n\d+ +\? {19}Ss {18}0:00 {16}sleep 3600\n$/);
    expect((await run('docker top b1 -e')).stdout).toMatch(/\n\d+ +\? {19}00:00:00 {12}sleep\n$/);
    const web = await run('docker top web aux');
    expect([web.stderr.startsWith('Error response from daemon: the memory of "nginx'), web.exitCode]).toEqual([true, 1]);
  });

  // A real dockerd 20.10.24 (2026-12-07): `-o pid,pcpu,comm` lists the sleep's %CPU (its exec's
  // milliseconds over its life, 3.5 a second after the start, racing to 0.0); `-o %cpu,c,cp` and
  // `-o pmem,%mem` fail on the missing PID column once ps has run.
  it('top -o: %CPU and C as a waiting process has them, the PID column checked before anything unknown', async () => {
    expect((await run('docker top b1 -o pid,pcpu,c,pmem,comm')).stdout).toMatch(/^PID {17}%CPU {16}C {19}%MEM {16}COMMAND\n\d+ +0\.0 {17}0 {19}0\.0 {17}sleep\n$/);
    for (const fields of ['%cpu,c,cp', 'pmem,%mem', 'wchan']) {
      expect(await run(`docker top b1 -o ${fields}`)).toEqual({ stdout: '', stderr: "Error response from daemon: Couldn't find PID field in ps output\n", exitCode: 1 });
    }
    expect((await run('docker top b1 -o pid,wchan')).stderr).toMatch(/^Error response from daemon: ps's field "wchan" is not simulated here/);
    // procps's names are case-sensitive; a list with a `%` it cannot read is an AIX format.
    expect((await run('docker top b1 -o PID,pcpu')).stderr).toBe('Error response from daemon: ps: error: unknown user-defined format specifier "PID"\n');
    expect((await run('docker top b1 -o %CPU,PID')).stderr).toBe('Error response from daemon: ps: error: improper AIX field descriptor\n');
  });

  it('stats --no-stream: a row per running container, memory against the machine’s 23.54GiB', async () => {
    const lines = (await run('docker stats --no-stream')).stdout.split('\n');
    expect(lines[0]).toBe('CONTAINER ID   NAME      CPU %     MEM USAGE / LIMIT     MEM %     NET I/O   BLOCK I/O   PIDS');
    expect(lines[1]).toMatch(/^[0-9a-f]{12} {3}b1 {8}0\.00% {5}[\d.]+[KM]iB \/ 23\.54GiB +0\.\d\d% +0B \/ 0B {3}0B \/ 0B {5}1$/);
  });

  it('port: both address families of -p 8080:80; ps shows them', async () => {
    expect((await run('docker port web')).stdout).toBe('80/tcp -> 0.0.0.0:8080\n80/tcp -> :::8080\n');
    expect((await run('docker port web 80')).stdout).toBe('0.0.0.0:8080\n:::8080\n');
    expect((await run("docker ps --format '{{.Names}} {{.Ports}}' -f name=web")).stdout).toBe('web 0.0.0.0:8080->80/tcp, :::8080->80/tcp\n');
  });
});

describe('docker diff, cp and export', () => {
  it('diff after writes, a removal and a new tree: the real 20.10.24’s lines', async () => {
    await run('docker exec b1 sh -c "touch /tmp/x; mkdir -p /root/a/b; echo hi > /root/a/b/f; rm /bin/ls; echo x >> /etc/group"');
    expect((await run('docker diff b1')).stdout).toBe('C /bin\nD /bin/ls\nC /etc\nC /etc/group\nC /root\nA /root/a\nA /root/a/b\nA /root/a/b/f\nC /tmp\nA /tmp/x\n');
    expect((await run("docker ps -s -f name=b1 --format '{{.Size}}'")).stdout).toMatch(/^\d+B \(virtual [\d.]+MB\)\n$/);
  });

  it('cp both ways, and its errors', async () => {
    expect(await run('docker cp b1:/etc/group /tmp/g')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect((await run('tail -1 /tmp/g')).stdout).toBe('x\n');
    expect(await run('echo hi > /tmp/h; docker cp /tmp/h b1:/tmp/')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect((await run('docker exec b1 cat /tmp/h')).stdout).toBe('hi\n');
    expect(await run('docker cp b1:/root/a /tmp/')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect((await run('cat /tmp/a/b/f')).stdout).toBe('hi\n');
    expect(await run('docker cp /tmp/h b1:/nodir/')).toEqual({ stdout: '', stderr: 'no such directory\n', exitCode: 1 });
    expect(await run('docker cp /tmp/h b1:/nodir/x')).toEqual({ stdout: '', stderr: 'Error: No such container:path: b1:/nodir\n', exitCode: 1 });
    expect(await run('docker cp b1:/nosuch /tmp/')).toEqual({ stdout: '', stderr: 'Error: No such container:path: b1:/nosuch\n', exitCode: 1 });
    expect(await run('docker cp b1:/tmp/h /nodir/x')).toEqual({ stdout: '', stderr: 'invalid output path: directory "/nodir" does not exist\n', exitCode: 1 });
    expect((await run('docker cp b1:/tmp/h - | tar -tf -')).stdout).toBe('h\n');
  });

  it('export -o: a tar of the whole root filesystem', async () => {
    expect(await run('docker export b1 -o /tmp/b1.tar')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    const names = (await run('tar -tf /tmp/b1.tar')).stdout.split('\n');
    expect(names).toEqual(expect.arrayContaining(['bin/', 'bin/busybox', 'etc/group', 'root/a/b/f', 'tmp/x']));
    expect(names).not.toContain('bin/ls');
  });
});

describe('docker inspect of a running container', () => {
  it('its state, address on docker0 and overlay2 dirs', async () => {
    const r = await run("docker inspect -f '{{.State.Status}} {{.State.Running}} {{.NetworkSettings.IPAddress}} {{.NetworkSettings.Networks.bridge.Gateway}} {{.GraphDriver.Name}}' b1");
    expect(r.stdout).toMatch(/^running true 172\.17\.0\.\d+ 172\.17\.0\.1 overlay2\n$/);
    expect((await run("docker inspect -f '{{.GraphDriver.Data.UpperDir}}' b1")).stdout).toMatch(/^\/var\/lib\/docker\/overlay2\/[0-9a-f]{64}\/diff\n$/);
  });
});

describe('docker exec -it on a terminal', () => {
  it('keeps the terminal for the shell (conformance 10 #70: hostname is the short id); `exit 4` is exec’s exit code', async () => {
    const t = createSession({ seed: 12, now: () => Date.UTC(2026, 11, 5, 4, 0, 0) });
    await t.run('docker pull nginx:alpine');
    const id = (await t.run('docker run -d --name web nginx:alpine')).stdout.trim();
    const first = await t.run('docker exec -it web sh', { tty: true });
    expect(first.stdout).toContain('/ # ');
    expect((await t.run('hostname', { tty: true })).stdout).toBe(`${id.slice(0, 12)}\n`);
    expect((await t.run('exit 4', { tty: true })).exitCode).toBe(4);
    expect(t.prompt()).toBe('root@node1:~# ');
  });
});

describe('a container with a volume and a bind mount', () => {
  it('ps Mounts/LocalVolumes, the volume filter by name, source or destination, inspect Mounts, stats as JSON', async () => {
    const v = createSession({ seed: 13, now: () => Date.UTC(2026, 11, 5, 4, 0, 0) });
    for (const line of ['docker pull busybox', 'mkdir -p /tmp/d5', 'docker run -d --name v1 -v myvol:/data -v /tmp/d5:/host busybox sleep 3600']) await v.run(line);
    const out = async (line: string) => (await v.run(line)).stdout;
    // The real 20.10.24 printed each of these for the same run.
    expect(await out("docker ps --format '{{.Names}}|{{.Mounts}}|{{.LocalVolumes}}' -f name=v1")).toBe('v1|myvol,/tmp/d5|1\n');
    for (const f of ['myvol', '/data', '/tmp/d5']) expect(await out(`docker ps -f volume=${f} --format '{{.Names}}'`)).toBe('v1\n');
    expect(await out("docker inspect -f '{{json .Mounts}}' v1")).toBe(
      '[{"Type":"volume","Name":"myvol","Source":"/var/lib/docker/volumes/myvol/_data","Destination":"/data","Driver":"local","Mode":"z","RW":true,"Propagation":""},{"Type":"bind","Source":"/tmp/d5","Destination":"/host","Mode":"","RW":true,"Propagation":"rprivate"}]\n',
    );
    expect(await out("docker stats --no-stream --format '{{json .}}' v1")).toMatch(
      /^\{"BlockIO":"0B \/ 0B","CPUPerc":"0\.00%","Container":"v1","ID":"[0-9a-f]{12}","MemPerc":"0\.00%","MemUsage":"[\d.]+KiB \/ 23\.54GiB","Name":"v1","NetIO":"0B \/ 0B","PIDs":"1"\}\n$/,
    );
    // The row type lives in docker/cli's container package (formatter_stats.go), as a bad field shows.
    expect((await v.run("docker stats --no-stream --format '{{.Bogus}}' v1")).stderr).toBe(
      'template parsing error: template: :1:2: executing "" at <.Bogus>: can\'t evaluate field Bogus in type *container.statsContext\n',
    );
  });
});

describe('docker ps after the image’s name is gone', () => {
  it('shows the image id, 12 characters (conformance 10 #60: fc480f01af0a)', async () => {
    const g = createSession({ seed: 14, now: () => Date.UTC(2026, 11, 5, 4, 0, 0) });
    for (const line of ['docker pull busybox', 'docker run -d --name s1 busybox sleep 3600', 'docker tag busybox other:1', 'docker rmi busybox']) await g.run(line);
    const id = (await g.run("docker image inspect -f '{{.Id}}' other:1")).stdout.trim();
    expect((await g.run("docker ps --format '{{.Image}}'")).stdout).toBe(`${id.slice(7, 19)}\n`);
    expect((await g.run("docker ps --no-trunc --format '{{.Image}}'")).stdout).toBe(`${id}\n`);
  });
});
