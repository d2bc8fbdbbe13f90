// The CRI plugin's pods on the node's network (node-pod-network.ts derives them from its
// records): cni0 with the config's gateway while a pod runs, the pod's address reachable from
// the node, a server in the pod answering curl, and the bridge's port gone with the pod.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../shell/session';
import { NOTES_POD_CONFIG } from '../../clients/crictl/test-support';
import { connectTcp, HOST_NETNS } from './index';
import { NOW } from './test-support';

const CONTAINER = '{ "metadata": { "name": "web" }, "image": { "image": "docker.io/library/nginx:alpine" }, "log_path": "web.log", "linux": {} }';

describe('CRI pods on the node network', () => {
  it('puts a pod-network sandbox on cni0 and lets curl reach nginx in it', async () => {
    const s = createSession({ seed: 3, now: () => NOW });
    await s.run('crictl config runtime-endpoint unix:///run/containerd/containerd.sock && crictl config image-endpoint unix:///run/containerd/containerd.sock');
    await s.run(`cat > /root/pod.json <<'EOF'\n${NOTES_POD_CONFIG}\nEOF`);
    await s.run(`cat > /root/web.json <<'EOF'\n${CONTAINER}\nEOF`);
    expect((await s.run('ip a show cni0')).stderr).toBe('Device "cni0" does not exist.\n');
    const runp = await s.run("crictl runp /root/pod.json");
    const pod = runp.stdout.trim();
    if (!/^[0-9a-f]{64}$/.test(pod)) throw new Error(JSON.stringify(runp));
    const ip = JSON.parse((await s.run(`crictl inspectp ${pod}`)).stdout).status.network.ip as string;
    expect(ip).toBe('10.88.0.2');
    expect((await s.run('ip -4 a show cni0')).stdout).toContain('    inet 10.88.0.1/16 brd 10.88.255.255 scope global cni0\n');
    expect((await s.run('ip route')).stdout).toContain('10.88.0.0/16 dev cni0 proto kernel scope link src 10.88.0.1 \n');
    // The pause process listens on nothing: the pod answers with a reset, at once.
    expect(connectTcp(s.node, HOST_NETNS, ip, 80)).toEqual({ kind: 'failed', failure: 'refused' });
    await s.run('crictl pull docker.io/library/nginx:alpine');
    const c = (await s.run(`crictl create ${pod} /root/web.json /root/pod.json`)).stdout.trim();
    await s.run(`crictl start ${c}`);
    const page = await s.run(`curl -s ${ip} | grep '<title>'`);
    expect(page.stdout).toBe('<title>Welcome to nginx!</title>\n');
    await s.run(`crictl stopp ${pod}`);
    expect((await s.run('ip -br link')).stdout).not.toContain('veth');
    // cni0 stays, without ports: its route is linkdown and nobody answers for the address.
    expect((await s.run('ip -br link show cni0')).stdout).toMatch(/^cni0 +DOWN /);
    expect(connectTcp(s.node, HOST_NETNS, ip, 80)).toEqual({ kind: 'failed', failure: 'unreachable' });
  });
});
