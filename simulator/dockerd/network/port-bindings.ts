// Which host ports a starting container gets (moby 20.10 daemon/container_operations.go
// getPortMapInfo/buildPortMapInfo and libnetwork's bridge port mapping with its portallocator):
// every -p binding, and with -P every EXPOSEd port not bound otherwise; ports in key order
// ("443/tcp" before "80/tcp", as a real 20.10.24 handed them out). A binding without a host IP
// is made twice, on 0.0.0.0 and on ::, with one port; without a host port it takes the next
// free ephemeral port after the last one given, from the node's ip_local_port_range
// (32768-60999: 20.10.24 gave 32768, 32769, … and went on from there after a release).
// A port another container holds on the same address fails as `Bind for 0.0.0.0:8080 failed:
// port is already allocated`; on an address that covers it or that it covers (0.0.0.0 against
// 127.0.0.1), as the docker-proxy's `Error starting userland proxy: listen tcp4 0.0.0.0:8080:
// bind: address already in use` (a real 20.10.24, 79-fresh-run-mixes-filters.sh).

import { systemError } from '../errors';
import type { NetworkStore, PortBinding } from './network-record';

/** /proc/sys/net/ipv4/ip_local_port_range on node1 (the kernel default). */
const EPHEMERAL_FIRST = 32768;
const EPHEMERAL_LAST = 60999;

type Bindings = Record<string, Array<{ HostIp?: string; HostPort?: string }> | null | undefined>;

function protoOf(key: string): string {
  return key.split('/')[1] ?? 'tcp';
}

/** Two bindings clash when they share protocol and port and one of the addresses covers the other. */
function clashes(a: PortBinding, b: PortBinding): boolean {
  if (a.hostPort !== b.hostPort || protoOf(a.containerPort) !== protoOf(b.containerPort)) return false;
  const family = (ip: string) => (ip.includes(':') ? 6 : 4);
  if (family(a.hostIp) !== family(b.hostIp)) return false;
  const any = (ip: string) => ip === '0.0.0.0' || ip === '::';
  return any(a.hostIp) || any(b.hostIp) || a.hostIp === b.hostIp;
}

function taken(store: NetworkStore): PortBinding[] {
  return Object.values(store.networks).flatMap((n) => Object.values(n.endpoints).flatMap((e) => e.ports));
}

function nextEphemeral(store: NetworkStore, busy: PortBinding[], proto: string): number {
  const span = EPHEMERAL_LAST - EPHEMERAL_FIRST + 1;
  const start = store.lastPort >= EPHEMERAL_FIRST && store.lastPort <= EPHEMERAL_LAST ? store.lastPort + 1 : EPHEMERAL_FIRST;
  for (let i = 0; i < span; i++) {
    const port = EPHEMERAL_FIRST + ((start - EPHEMERAL_FIRST + i) % span);
    if (!busy.some((b) => b.hostPort === port && protoOf(b.containerPort) === proto)) {
      store.lastPort = port;
      return port;
    }
  }
  throw systemError('Bind for 0.0.0.0:0 failed: no free ports');
}

/**
 * The host bindings of a container from its HostConfig.PortBindings, PublishAllPorts and
 * Config.ExposedPorts; the store's port rotation advances. Throws DockerdError 500
 * `Bind for <ip>:<port> failed: port is already allocated` for a port in use.
 */
export function allocatePorts(store: NetworkStore, portBindings: Bindings, publishAll: boolean, exposed: readonly string[]): PortBinding[] {
  const wanted: Bindings = { ...portBindings };
  if (publishAll) for (const key of exposed) if (!wanted[key]) wanted[key] = [{ HostIp: '', HostPort: '' }];
  const busy = taken(store);
  const out: PortBinding[] = [];
  for (const key of Object.keys(wanted).sort()) {
    const proto = protoOf(key);
    for (const b of wanted[key] ?? []) {
      const ips = b.HostIp ? [b.HostIp] : ['0.0.0.0', '::'];
      const given = Number.parseInt((b.HostPort ?? '').split('-')[0] ?? '', 10);
      const hostPort = Number.isNaN(given) || given === 0 ? nextEphemeral(store, [...busy, ...out], proto) : given;
      for (const hostIp of ips) {
        const binding: PortBinding = { containerPort: key, hostIp, hostPort };
        const holder = [...busy, ...out].find((x) => clashes(x, binding));
        const at = `${hostIp.includes(':') ? `[${hostIp}]` : hostIp}:${hostPort}`;
        if (holder?.hostIp === hostIp) throw systemError(`Bind for ${at} failed: port is already allocated`);
        // libnetwork's portallocator keeps a map per address, so 0.0.0.0 and 127.0.0.1 both get
        // the port; the docker-proxy's listen on the second then fails in the kernel.
        if (holder) throw systemError(`Error starting userland proxy: listen ${proto}${hostIp.includes(':') ? 6 : 4} ${at}: bind: address already in use`);
        out.push(binding);
      }
    }
  }
  return out;
}

/** NetworkSettings.Ports: every exposed or bound port, null when it has no host binding. */
export function portsMap(bindings: readonly PortBinding[], exposed: readonly string[]): Record<string, Array<{ HostIp: string; HostPort: string }> | null> {
  const out: Record<string, Array<{ HostIp: string; HostPort: string }> | null> = {};
  for (const key of [...new Set([...exposed, ...bindings.map((b) => b.containerPort)])].sort()) {
    const list = bindings.filter((b) => b.containerPort === key).map((b) => ({ HostIp: b.hostIp, HostPort: String(b.hostPort) }));
    out[key] = list.length > 0 ? list : null;
  }
  return out;
}
