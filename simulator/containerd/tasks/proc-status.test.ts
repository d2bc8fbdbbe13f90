// /proc/<pid>/status inside containers. The lines the real nodes print (dockerd 20.10.24 and
// containerd 1.6.20 with runc 1.1.5) are held by tests/oracle/docker/scripts/46-proc-status.sh
// and tests/oracle/scripts/proc-self-status.sh; these cover the kernel's rules and the edges.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../shell/session';

const session = () => createSession({ seed: 15, now: () => Date.UTC(2026, 11, 6, 1, 30, 0) });
const field = (text: string, name: string) => text.split('\n').find((l) => l.startsWith(`${name}:`));

describe('/proc/<pid>/status in a container', () => {
  it('has Linux 6.1 fields in order, the reader as Name and the spec capabilities', async () => {
    const s = session();
    const out = (await s.run('docker run --rm busybox cat /proc/self/status')).stdout;
    const names = out.trimEnd().split('\n').map((l) => l.slice(0, l.indexOf(':')));
    expect(names.slice(0, 16)).toEqual(['Name', 'Umask', 'State', 'Tgid', 'Ngid', 'Pid', 'PPid', 'TracerPid', 'Uid', 'Gid', 'FDSize', 'Groups', 'NStgid', 'NSpid', 'NSpgid', 'NSsid']);
    expect(names.slice(-18)).toEqual([
      'SigIgn', 'SigCgt', 'CapInh', 'CapPrm', 'CapEff', 'CapBnd', 'CapAmb', 'NoNewPrivs', 'Seccomp', 'Seccomp_filters',
      'Speculation_Store_Bypass', 'SpeculationIndirectBranch', 'Cpus_allowed', 'Cpus_allowed_list', 'Mems_allowed', 'Mems_allowed_list',
      'voluntary_ctxt_switches', 'nonvoluntary_ctxt_switches',
    ]);
    expect(field(out, 'Name')).toBe('Name:\tcat');
    expect(field(out, 'CapEff')).toBe('CapEff:\t00000000a80425fb');
    // busybox's /etc/group lists root in wheel; the kernel ends the list with a space.
    expect(field(out, 'Groups')).toBe('Groups:\t0 10 ');
    expect(field(out, 'Cpus_allowed')).toBe('Cpus_allowed:\t3');
  });

  it('drops a non-root user to its ambient set, and ctr sets no_new_privs', async () => {
    const s = session();
    await s.run('ctr i pull docker.io/library/busybox:latest');
    await s.run('ctr run -d docker.io/library/busybox:latest p1 sleep 100');
    const nobody = (await s.run('ctr t exec --exec-id e1 --user nobody p1 cat /proc/self/status')).stdout;
    expect(field(nobody, 'Uid')).toBe('Uid:\t65534\t65534\t65534\t65534');
    expect(field(nobody, 'CapPrm')).toBe('CapPrm:\t0000000000000000');
    expect(field(nobody, 'CapBnd')).toBe('CapBnd:\t00000000a80425fb');
    expect(field(nobody, 'NoNewPrivs')).toBe('NoNewPrivs:\t1');
    const init = (await s.run('ctr t exec --exec-id e2 p1 cat /proc/1/status')).stdout;
    expect([field(init, 'Name'), field(init, 'State'), field(init, 'Pid')]).toEqual(['Name:\tsleep', 'State:\tS (sleeping)', 'Pid:\t1']);
    const seccomp = (await s.run('ctr run --rm --seccomp docker.io/library/busybox:latest p2 cat /proc/self/status')).stdout;
    expect([field(seccomp, 'Seccomp'), field(seccomp, 'Seccomp_filters')]).toEqual(['Seccomp:\t2', 'Seccomp_filters:\t1']);
    const privileged = (await s.run('ctr run --rm --privileged docker.io/library/busybox:latest p3 cat /proc/self/status')).stdout;
    expect(field(privileged, 'CapEff')).toBe('CapEff:\t000001ffffffffff');
  });

  it('a shell child has the shell as parent and session; a command the shell execs takes its place', async () => {
    const s = session();
    await s.run('docker run -d --name t1 busybox sleep 100');
    const out = (await s.run(`docker exec t1 sh -c 'cat /proc/self/status; cat /proc/$$/status'`)).stdout;
    const [child = '', execed = ''] = out.split(/(?=^Name:)/m);
    const shPid = field(execed, 'Pid')?.split('\t')[1];
    expect(field(child, 'PPid')).toBe(`PPid:\t${shPid}`);
    expect(field(child, 'NSsid')).toBe(`NSsid:\t${shPid}`);
    expect(field(child, 'SigIgn')).toBe('SigIgn:\t0000000000000000');
    expect(field(execed, 'PPid')).toBe('PPid:\t0');
    expect(field(execed, 'SigIgn')).toBe('SigIgn:\t0000000000000004');
    const cpus = (await s.run('docker run --rm --cpuset-cpus 1 busybox cat /proc/self/status')).stdout;
    expect([field(cpus, 'Cpus_allowed'), field(cpus, 'Cpus_allowed_list')]).toEqual(['Cpus_allowed:\t2', 'Cpus_allowed_list:\t1']);
  });
});

describe('mount points inside a container', () => {
  it('refuses to remove or rename over a bind-mounted file (EBUSY); writing into it works', async () => {
    const s = session();
    await s.run('docker run -d --name b1 busybox sleep 100');
    expect(await s.run('docker exec b1 rm /etc/hostname')).toMatchObject({ stderr: "rm: can't remove '/etc/hostname': Device or resource busy\n", exitCode: 1 });
    expect(await s.run('docker exec b1 mv /etc/hosts /tmp/h')).toMatchObject({ stderr: "mv: can't rename '/etc/hosts': Device or resource busy\n", exitCode: 1 });
    const rf = await s.run('docker exec b1 rm -rf /etc');
    expect(rf.stderr.split('\n').filter(Boolean)).toHaveLength(3);
    expect((await s.run('docker exec b1 ls /etc')).stdout).toBe('hostname\nhosts\nresolv.conf\n');
    expect((await s.run(`docker exec b1 sh -c 'echo x > /etc/hostname; cat /etc/hostname'`)).stdout).toBe('x\n');
  });
});
