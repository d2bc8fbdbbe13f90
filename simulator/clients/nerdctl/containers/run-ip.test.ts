// nerdctl run --ip (nerdctl v0.22.2: the nerdctl/ip label, and the OCI hook's getIPAddressOpts
// passing CNI_ARGS IgnoreUnknown=1;IP=<ip> to the bridge's host-local IPAM; the plugin's answers
// are in simulator/host/cni/host-local-ip.test.ts, checked against plugins 1.1.1 here).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';

const session = () => createSession({ seed: 43, now: () => Date.UTC(2026, 11, 6, 4, 30, 0) });

describe('nerdctl run --ip', () => {
  it('gives the container that address on nerdctl0 and labels it', async () => {
    const s = session();
    expect((await s.run('nerdctl run -d --name w1 --ip 10.4.0.50 busybox sleep 100')).exitCode).toBe(0);
    expect((await s.run("nerdctl inspect -f '{{.NetworkSettings.IPAddress}}' w1")).stdout).toBe('10.4.0.50\n');
    expect((await s.run('nerdctl exec w1 ip -4 addr show eth0')).stdout).toContain('inet 10.4.0.50/24 brd 10.4.0.255 scope global eth0\n');
    const id = (await s.run("nerdctl inspect -f '{{.Id}}' w1")).stdout.trim();
    expect((await s.run(`ctr c info ${id}`)).stdout).toContain('"nerdctl/ip": "10.4.0.50"');
  });

  it('an address in use or the gateway fails the task create through the hook, with host-local words', async () => {
    const s = session();
    await s.run('nerdctl run -d --name w1 --ip 10.4.0.50 busybox sleep 100');
    const dup = await s.run('nerdctl run -d --name w2 --ip 10.4.0.50 busybox sleep 100');
    expect(dup.exitCode).toBe(1);
    expect(dup.stderr).toContain('error running hook #0: error running hook: exit status 1, stdout: , stderr: ');
    expect(dup.stderr).toContain('failed to call cni.Setup: plugin type=\\\\\\"bridge\\\\\\" name=\\\\\\"bridge\\\\\\" failed (add): failed to allocate for range 0: requested IP address 10.4.0.50 is not available in range set 10.4.0.1-10.4.0.254');
    const gw = await s.run('nerdctl run --rm --ip 10.4.0.1 busybox true');
    expect(gw.stderr).toContain("requested ip 10.4.0.1 is subnet's gateway");
    const outside = await s.run('nerdctl run --rm --ip 192.168.9.9 busybox true');
    expect(outside.stderr).toContain('failed to allocate all requested IPs: 192.168.9.9');
    // Only w1's address stays taken.
    expect((await s.run('ls /var/lib/cni/networks/bridge')).stdout).toBe('10.4.0.50\nlast_reserved_ip.0\nlock\n');
  });
});
