// nerdctl's OCI hook (pkg/ocihook/ocihook.go@v0.22.2) for CNI networks. createRuntime: CNI ADD of
// each network of the nerdctl/networks label into the task's netns (/proc/<pid>/ns/net) as
// container "<namespace>-<id>", interfaces eth0, eth1…, with the nerdctl/ports mappings
// (portmap), then the hosts store. postStop: CNI DEL of each (failures only logged) and the
// hosts store's release. Host and none networking have nothing to do.

import type { Container, NamespacedClient } from '../../../containerd/client/index';
import { cniAdd, cniDel, releaseNetns, resultJson, type CniRequest } from '../../../host/cni/index';
import type { Node } from '../../../node';
import { commandCniEnv, networkMap } from '../network/cni-env';
import type { NerdctlContext } from '../nerdctl-env';
import { dataStoreOf } from '../nerdctl-env';
import { acquireHosts, releaseHosts } from './hosts-store';
import { LABEL, portsOf } from './nerdctl-labels';

function cniNetworks(labels: Readonly<Record<string, string>>): string[] {
  try {
    const parsed: unknown = JSON.parse(labels[LABEL.networks] ?? '[]');
    if (!Array.isArray(parsed)) return [];
    const names = parsed.filter((n): n is string => typeof n === 'string');
    return names.some((n) => n === 'host' || n === 'none' || n.startsWith('container:')) ? [] : names;
  } catch {
    return [];
  }
}

function requests(c: NerdctlContext, client: NamespacedClient, container: Container, pid: number): Array<{ name: string; request: CniRequest }> {
  const labels = container.info().labels;
  const names = cniNetworks(labels);
  if (names.length === 0) return [];
  const env = commandCniEnv(c);
  const map = networkMap(env);
  const ip = labels[LABEL.ipAddress];
  const ports = portsOf(labels).map((p) => ({ hostPort: p.HostPort, containerPort: p.ContainerPort, protocol: p.Protocol, hostIP: p.HostIP === '0.0.0.0' ? '' : p.HostIP }));
  return names.map((name, i) => {
    const net = map.get(name);
    if (!net) throw new Error(`network ${name} not found`);
    return {
      name,
      request: {
        conflist: net.bytes,
        containerId: `${client.namespace}-${container.id}`,
        netnsPath: `/proc/${pid}/ns/net`,
        ifName: `eth${i}`,
        capabilityArgs: { portMappings: ports },
        // getIPAddressOpts: go-cni passes labels and args alike, so IgnoreUnknown goes too.
        ...(ip ? { args: { IgnoreUnknown: '1', IP: ip } } : {}),
        binDirs: env.path.split(':').filter(Boolean),
      },
    };
  });
}

/** onCreateRuntime for the task just created (pid): throws `failed to call cni.Setup: …`. */
export function networkHookCreate(c: NerdctlContext, client: NamespacedClient, container: Container, pid: number): void {
  const node = c.env.node;
  const all = requests(c, client, container, pid);
  if (all.length === 0) return;
  const labels = container.info().labels;
  const results: Record<string, { ips?: Array<{ address: string }> }> = {};
  const done: CniRequest[] = [];
  try {
    for (const { name, request } of all) {
      const result = cniAdd(node, request);
      done.push(request);
      results[name] = resultJson(result, '1.0.0') as { ips?: Array<{ address: string }> };
    }
  } catch (err) {
    for (const request of done.reverse()) {
      try {
        cniDel(node, request);
      } catch {
        // gocni's Setup leaves what it could not undo
      }
    }
    throw new Error(`failed to call cni.Setup: ${(err as Error).message}`);
  }
  let extraHosts: Record<string, string> = {};
  try {
    const list = JSON.parse(labels[LABEL.extraHosts] ?? '[]') as string[];
    extraHosts = Object.fromEntries(list.map((h) => h.split(/:(.*)/s).slice(0, 2) as [string, string]));
  } catch {
    extraHosts = {};
  }
  acquireHosts(node, dataStoreOf(c), {
    Namespace: labels[LABEL.namespace] ?? client.namespace,
    ID: container.id,
    Networks: results,
    Hostname: labels[LABEL.hostname] ?? '',
    ExtraHosts: extraHosts,
    Name: labels[LABEL.name] ?? '',
  });
}

/** onPostStop: CNI DEL (errors logged as `failed to call cni.Remove`), the hosts store released. */
export function networkHookDelete(c: NerdctlContext, client: NamespacedClient, container: Container, pid: number): void {
  const node: Node = c.env.node;
  let all;
  try {
    all = requests(c, client, container, pid);
  } catch (err) {
    c.env.log.error('failed to call cni.Remove', { error: (err as Error).message });
    return;
  }
  if (all.length === 0) return;
  for (const { request } of all) {
    try {
      cniDel(node, request);
    } catch (err) {
      c.env.log.error('failed to call cni.Remove', { error: (err as Error).message });
    }
  }
  releaseNetns(node, `/proc/${pid}/ns/net`);
  releaseHosts(node, dataStoreOf(c), container.info().labels[LABEL.namespace] ?? client.namespace, container.id);
}
