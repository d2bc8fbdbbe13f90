// A node with containers on nerdctl's default bridge, the way `nerdctl run -p` leaves them:
// tasks started by ctr, then nerdctl's conflist added for each task's own namespace
// (/proc/<pid>/ns/net), as nerdctl's OCI hook does.

import { createSession } from '../../shell/session';
import { cniAdd, type PortMapEntry } from '../cni/index';
import { NERDCTL_CONFLIST } from '../cni/test-support';
import { writeFile } from '../vfs';

export const NOW = Date.UTC(2026, 11, 5, 1, 0, 0);

export type NetSession = ReturnType<typeof createSession>;

export async function sessionWithImages(): Promise<NetSession> {
  const s = createSession({ seed: 1, now: () => NOW });
  for (const name of ['firewall', 'tuning']) writeFile(s.node.state.host.files, `/opt/cni/bin/${name}`, '', { mode: 0o755 });
  await s.run('ctr i pull docker.io/library/nginx:alpine >/dev/null');
  await s.run('ctr i pull docker.io/library/busybox:latest >/dev/null');
  return s;
}

/** The init PID of task `id` in namespace default. */
export function pidOf(s: NetSession, id: string): number {
  const pid = s.node.state.containerd.namespaces.default?.tasks[id]?.init.pid;
  if (pid === undefined) throw new Error(`no task ${id}`);
  return pid;
}

/** Starts `line` (a ctr run -d …) and puts task `id` on the bridge; returns its address. */
export async function runOnBridge(s: NetSession, line: string, id: string, portMappings: PortMapEntry[] = []): Promise<string> {
  const r = await s.run(line);
  if (r.exitCode !== 0) throw new Error(r.stderr);
  const result = cniAdd(s.node, { conflist: NERDCTL_CONFLIST, containerId: id, netnsPath: `/proc/${pidOf(s, id)}/ns/net`, ifName: 'eth0', capabilityArgs: { portMappings } });
  return result.ips?.[0]?.address.split('/')[0] ?? '';
}
