// generateNetOpts' nettype.Container case (cmd/nerdctl/run_network.go:170-233@v0.22.2):
// `--network container:<id|name>` shares a running container's network namespace. The flags
// that would configure a network of its own are refused first (verifyContainerNetwork), the
// target is found with containerwalker (name or id prefix), and the new container joins
// /proc/<pid>/ns/net of its task (getContainerNetNSPath: a task that is not Running is
// refused), takes its hostname (oci.WithHostname) and bind-mounts its resolv.conf, hosts and
// hostname files. The networks label then names the target by its full id.

import type { NamespacedClient, SpecMount } from '../../../containerd/client/index';
import type { NerdctlContext } from '../nerdctl-env';
import { findContainers } from './container-walker';
import { containerStateDir, hostsDir } from './state-paths';

export interface ContainerNetwork {
  /** The nerdctl/networks label: ["container:<full id>"]. */
  networks: string[];
  /** /proc/<target's init pid>/ns/net, the spec's network namespace path. */
  netnsPath: string;
  /** The target's spec hostname, which the new container's spec takes. */
  hostname: string;
  /** resolv.conf, hosts and hostname of the target, bound in that order. */
  mounts: SpecMount[];
}

/** verifyContainerNetwork: what cannot go with a shared network namespace. */
function verifyContainerNetwork(c: NerdctlContext, networks: readonly string[]): void {
  if (c.isSet('publish')) throw new Error('conflicting options: port publishing and the container type network mode');
  if (c.isSet('hostname')) throw new Error('conflicting options: hostname and the network mode');
  if (c.isSet('dns')) throw new Error('conflicting options: dns and the network mode');
  if (c.isSet('add-host')) throw new Error('conflicting options: custom host-to-IP mapping and the network mode');
  if (networks.length > 1) throw new Error("only one network allowed using '--network=container:<container>'");
}

const bind = (destination: string, source: string): SpecMount => ({ destination, type: 'bind', source, options: ['bind', 'rprivate'] });

export function containerNetOpts(c: NerdctlContext, client: NamespacedClient, dataStore: string, ns: string, networks: readonly string[]): ContainerNetwork {
  verifyContainerNetwork(c, networks);
  const first = networks[0] ?? '';
  const parts = first.split(':');
  if (parts.length !== 2) throw new Error(`invalid network: ${first}, should be "container:<id|name>"`);
  const name = parts[1] ?? '';
  const found = findContainers(client, name);
  let result: ContainerNetwork | undefined;
  for (const f of found) {
    if (f.matchCount > 1) throw new Error(`multiple containers found with prefix: ${name}`);
    const id = f.container.id;
    const stateDir = containerStateDir(dataStore, ns, id);
    const hostname = String(f.container.info().spec.hostname ?? '');
    // getContainerNetNSPath: Task(ctx, nil) fails with `no running task found: …`.
    const task = f.container.task();
    if (task.status() !== 'RUNNING') throw new Error(`invalid target container: ${id}, should be running`);
    result = {
      networks: [`container:${id}`],
      netnsPath: `/proc/${task.pid()}/ns/net`,
      hostname,
      mounts: [bind('/etc/resolv.conf', `${stateDir}/resolv.conf`), bind('/etc/hosts', `${hostsDir(dataStore, ns, id)}/hosts`), bind('/etc/hostname', `${stateDir}/hostname`)],
    };
  }
  if (!result) throw new Error(`no such container: ${name}`);
  return result;
}
