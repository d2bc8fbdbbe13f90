// docker run's security and namespace flags as a real dockerd 20.10.24 answered them (oracle
// 46-proc-status-seccomp.sh and 48-learner-fresh-f.sh): the default seccomp profile and
// --security-opt, --group-add, --ulimit/--sysctl refused by pflag, --pid/--uts/--ipc modes,
// --mac-address.

import { describe, expect, it } from 'vitest';
import { sessionWithBusybox as pulled } from './test-support';

const hint = "\nSee 'docker run --help'.\n";

describe('docker run --security-opt', () => {
  it('the default profile is one filter in mode 2; unconfined is none; no-new-privileges is set', async () => {
    const run = await pulled();
    expect((await run('docker run --rm busybox grep Seccomp /proc/self/status')).stdout).toBe('Seccomp:\t2\nSeccomp_filters:\t1\n');
    expect((await run('docker run --rm --security-opt seccomp=unconfined busybox grep Seccomp /proc/self/status')).stdout).toBe('Seccomp:\t0\nSeccomp_filters:\t0\n');
    expect((await run('docker run --rm --security-opt no-new-privileges=true busybox grep NoNewPrivs /proc/self/status')).stdout).toBe('NoNewPrivs:\t1\n');
    expect((await run('docker run --rm --security-opt label=disable busybox true')).exitCode).toBe(0);
  });

  it('the client refuses a value without a separator and a missing profile; the daemon an unknown key', async () => {
    const run = await pulled();
    expect(await run('docker run --rm --security-opt foo busybox true')).toEqual({ stdout: '', stderr: `docker: Invalid --security-opt: "foo".${hint}`, exitCode: 125 });
    expect((await run('docker run --rm --security-opt seccomp=/nosuch.json busybox true')).stderr).toBe(`docker: opening seccomp profile (/nosuch.json) failed: open /nosuch.json: no such file or directory.${hint}`);
    await run("printf 'not json' > bad.json");
    expect((await run('docker run --rm --security-opt seccomp=bad.json busybox true')).stderr).toBe(`docker: compacting json for seccomp profile (bad.json) failed: invalid character 'o' in literal null (expecting 'u').${hint}`);
    expect((await run('docker run --rm --security-opt foo=bar busybox true')).stderr).toBe(`docker: Error response from daemon: invalid --security-opt 2: "foo=bar".${hint}`);
    expect((await run('docker run --rm --security-opt no-new-privileges=maybe busybox true')).stderr).toBe(`docker: Error response from daemon: invalid --security-opt 2: "no-new-privileges=maybe".${hint}`);
  });
});

describe('docker run --group-add', () => {
  it('adds groups by name or number from the image; an unknown name fails the start', async () => {
    const run = await pulled();
    expect(await run('docker run --rm --group-add 1234 --group-add 1234 busybox grep Groups /proc/self/status')).toEqual({ stdout: 'Groups:\t0 10 1234 \n', stderr: '', exitCode: 0 });
    const failed = await run('docker run -d --rm --group-add nosuchgroup busybox id');
    expect(failed.stderr).toBe('docker: Error response from daemon: Unable to find group nosuchgroup: no matching entries in group file.\n');
    expect(failed.exitCode).toBe(125);
  });
});

describe('docker run namespace and kernel flags', () => {
  it('--ulimit and --sysctl are refused while the flags are parsed, else kept in HostConfig', async () => {
    const run = await pulled();
    expect((await run('docker run --rm --ulimit nofile=2048:1024 busybox true')).stderr).toBe(`invalid argument "nofile=2048:1024" for "--ulimit" flag: ulimit soft limit must be less than or equal to hard limit: 2048 > 1024${hint}`);
    expect((await run('docker run --rm --sysctl vm.swappiness=10 busybox true')).stderr).toBe(`invalid argument "vm.swappiness=10" for "--sysctl" flag: sysctl 'vm.swappiness=10' is not whitelisted${hint}`);
    await run('docker create --name sy --sysctl net.ipv4.ip_forward=1 --ulimit nofile=1024:2048 busybox');
    expect((await run("docker inspect -f '{{json .HostConfig.Sysctls}} {{json .HostConfig.Ulimits}}' sy")).stdout).toBe('{"net.ipv4.ip_forward":"1"} [{"Name":"nofile","Hard":2048,"Soft":1024}]\n');
  });

  it('--pid and --uts modes are checked by the client, --ipc by the daemon', async () => {
    const run = await pulled();
    expect((await run('docker run --rm --pid bogus busybox true')).stderr).toBe(`docker: --pid: invalid PID mode.${hint}`);
    expect((await run('docker run --rm --uts bogus busybox true')).stderr).toBe(`docker: --uts: invalid UTS mode.${hint}`);
    expect((await run('docker run --rm --uts host --hostname hh busybox true')).stderr).toBe(`docker: Error response from daemon: conflicting options: hostname and the UTS mode.${hint}`);
    expect((await run('docker run --rm --ipc container:nosuch busybox true')).stderr).toBe(`docker: Error response from daemon: No such container: nosuch.${hint}`);
    expect((await run('docker run -d --rm --ipc bogus busybox true')).stderr).toBe('docker: Error response from daemon: Invalid IPC mode: bogus.\n');
    await run('docker run -d --name ipo --ipc shareable busybox sleep 1000');
    expect((await run("docker inspect -f '{{.HostConfig.IpcMode}}' ipo")).stdout).toBe('shareable\n');
  });

  it('--mac-address is checked and becomes eth0’s address', async () => {
    const run = await pulled();
    expect((await run('docker run --rm --mac-address 02:42:zz busybox true')).stderr).toBe(`docker: 02:42:zz is not a valid mac address.${hint}`);
    expect((await run('docker run --rm --mac-address 02:42:ac:11:00:99 busybox ip link show eth0')).stdout).toContain('link/ether 02:42:ac:11:00:99 brd');
  });
});
