// The notes' crictl walk-through (study notes, crictl section) for what streams out of the
// container: `crictl run` of the busybox `top` config with log_path busybox.0.log under the
// pod's log_directory /tmp, the file in containerd 1.6.20's CRI format
// (pkg/cri/io/logger.go:129-210), `crictl logs` reading it back (cri-tools v1.26.0
// cmd/crictl/logs.go), and `crictl exec -it <id> sh` with `exit` (exec.go:168-205). The pod
// joins the node's network: without a CNI config in /etc/cni/net.d a pod network cannot be set
// up, on this node as on a real one (the notes' node had one).

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';
import { NOTES_POD_CONFIG_NODE_NETWORK } from '../test-support';

const POD = `cat > pod-config.json <<EOF
${NOTES_POD_CONFIG_NODE_NETWORK}
EOF`;

const CONTAINER = `cat > container-config.json <<EOF
{
"metadata": {
"name": "busybox"
},
"image":{
"image": "busybox"
},
"command": [
"top"
],
"log_path":"busybox.0.log",
"linux": {
}
}
EOF`;

describe("the notes' crictl logs and exec", () => {
  it('runs top with its log in /tmp/busybox.0.log, reads it back, and opens a shell in the container', async () => {
    const s = createSession({ seed: 5 });
    for (const line of ['printf "runtime-endpoint: unix:///run/containerd/containerd.sock\\nimage-endpoint: unix:///run/containerd/containerd.sock\\n" > /etc/crictl.yaml', POD, CONTAINER]) {
      expect((await s.run(line)).exitCode).toBe(0);
    }
    const run = await s.run('crictl run container-config.json pod-config.json');
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const id = run.stdout.trim();
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    const file = (await s.run('cat /tmp/busybox.0.log')).stdout;
    const lines = file.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z stdout F /);
    // crictl logs prints the contents without the CRI prefixes.
    const logs = await s.run(`crictl logs ${id.slice(0, 13)}`);
    expect(logs.stdout).toBe(lines.map((l) => `${l.split(' ').slice(3).join(' ')}\n`).join(''));
    expect(logs.stdout).toContain('PID  PPID USER     STAT   VSZ %VSZ CPU %CPU COMMAND');
    const shell = await s.run(`crictl exec -it ${id.slice(0, 13)} sh`, { tty: true });
    expect(shell.stdout).toContain('/ # ');
    // The container joined its pod's PID namespace (the pid option's default, POD): the pause
    // process is PID 1 there, top comes after it. The pause runs as the image's user 65535,
    // which busybox's /etc/passwd does not name (the CRI oracle's runtime-edges step 30).
    expect((await s.run('ps', { tty: true })).stdout).toMatch(/^PID\s+USER\s+COMMAND\n\s+1 65535\s+\/pause\n\s+\d+ root\s+top\n/);
    expect((await s.run('exit', { tty: true })).exitCode).toBe(0);
    expect(s.prompt()).toBe('root@node1:~# ');
  });
});
