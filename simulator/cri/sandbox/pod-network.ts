// The pod network of the simulated node, as containerd 1.6's CRI plugin sets it up through CNI.
// Whether CNI is there is what `crictl info` reports too (runtime-info/cni-status.ts: a config
// file in /etc/cni/net.d). Without one, a real node fails every pod-network sandbox (`failed to
// setup network for sandbox "<id>": cni plugin not initialized`) and leaves it behind NOTREADY,
// its stop and removal failing the same way (tests/oracle/cri/fixtures/configs-streams-stats.json);
// that is what happens here. With one, the network is that config's bridge and host-local range
// (cni-config.ts; containerd's own 10-containerd-net.conflist: bridge cni0 on 10.88.0.0/16), as
// on a node with containernetworking-plugins: every pod-network sandbox gets a network namespace
// /var/run/netns/cni-<uuid> and the lowest free address after the gateway (10.88.0.2 on;
// host-local hands out the next after the last it gave, reusing the lowest keeps addresses
// small and stable across a session). Host-network pods (network: NODE) get
// neither, and CRI reports no IP for them, as containerd does.
//
// The notes' pod-config.json asks for the pod network (it has no namespace_options), so the
// notes' `crictl run`/`runp` work on a node whose /etc/cni/net.d holds a config.

import { nextUint32 } from '../../host/random';
import { cniNotReadyText } from '../runtime-info/cni-status';
import { intToIp, ipToInt, podNetworkConfig } from './cni-config';
import type { PodSandboxConfig } from '../api/runtime-v1';
import type { CriContext } from '../context';
import type { SandboxRecord } from '../store/sandbox-record';
import { sandboxRecords } from './sandbox-store';

export function isHostNetwork(config: PodSandboxConfig): boolean {
  return config.linux?.securityContext?.namespaceOptions?.network === 'NODE';
}

/** netPlugin.Status(): undefined when CNI is ready, else go-cni's error text. */
export function cniNotReady(ctx: CriContext): string | undefined {
  return cniNotReadyText(ctx.node.state.host.files);
}

/** netns.NewNetNS: /var/run/netns/cni-<random uuid v4>. */
export function newNetnsPath(ctx: CriContext): string {
  let hex = '';
  while (hex.length < 32) hex += nextUint32(ctx.node.state.random).toString(16).padStart(8, '0');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  return `/var/run/netns/cni-${uuid}`;
}

/** host-local's next address: the lowest of the range no live sandbox holds, after the gateway. */
export function allocatePodIp(ctx: CriContext): string {
  const net = podNetworkConfig(ctx.node.state.host.files);
  // Addresses as numbers: a node with a thousand pods would otherwise format a thousand to find one.
  const taken = new Set<number>();
  for (const record of Object.values(sandboxRecords(ctx))) if (record.ip && !record.netnsClosed) taken.add(ipToInt(record.ip));
  const size = 2 ** (32 - net.prefix);
  for (let n = 2; n < size - 1; n++) {
    const address = net.network + n;
    if (address === net.gateway || taken.has(address)) continue;
    return intToIp(address);
  }
  return '';
}

/** A MAC made from `seed` hex (locally administered, unicast). */
function macOf(seed: string): string {
  const bytes = (seed.padEnd(12, '0').match(/../g) ?? []).slice(0, 6).map((h) => parseInt(h, 16));
  bytes[0] = ((bytes[0] ?? 0) & 0xfc) | 0x02;
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
}

/**
 * The cni.Result containerd keeps for a pod-network sandbox (pod-network-cni.json): the
 * bridge, the pod's eth0 with its address and gateway, lo, and the host end of the veth pair,
 * keys sorted as Go writes a map; null without a network. MACs and the veth name are made
 * from the sandbox id (random on a real node).
 */
export function cniResultOf(ctx: CriContext, record: Pick<SandboxRecord, 'id' | 'netnsPath' | 'ip'>): unknown {
  if (record.netnsPath === '' || record.ip === '') return null;
  const net = podNetworkConfig(ctx.node.state.host.files);
  const veth = `veth${record.id.slice(0, 8)}`;
  const interfaces: Record<string, unknown> = {
    [net.bridge]: { IPConfigs: null, Mac: macOf(record.id.slice(8, 20)), Sandbox: '' },
    eth0: { IPConfigs: [{ IP: record.ip, Gateway: intToIp(net.gateway) }], Mac: macOf(record.id.slice(20, 32)), Sandbox: record.netnsPath },
    lo: { IPConfigs: [{ IP: '127.0.0.1', Gateway: '' }, { IP: '::1', Gateway: '' }], Mac: '00:00:00:00:00:00', Sandbox: record.netnsPath },
    [veth]: { IPConfigs: null, Mac: macOf(record.id.slice(32, 44)), Sandbox: '' },
  };
  const sorted = Object.fromEntries(Object.entries(interfaces).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { Interfaces: sorted, DNS: [{}, {}], Routes: net.routes };
}
