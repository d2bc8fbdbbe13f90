// The CRI plugin's pods on the node's network, derived from its own records: the CRI plugin
// allocates a pod's address and namespace itself (cri/sandbox/pod-network.ts, from the CNI
// config's bridge and range) and keeps them in its sandbox records, so the host's network view
// adds what the bridge plugin would have made for each live pod-network sandbox: the config's
// bridge (cni0) with its gateway, a veth port named as the CRI's cached result names it
// (veth<id[0:8]>), and in the pod's namespace lo and eth0 with the address and a default route.
// `curl <pod IP>` then reaches a server in the pod, and `ip a` shows cni0 while pods run.

import { podNetworkConfig, intToIp } from './cri/sandbox/cni-config';
import { addLink, ensureNetns, findLink, upLoopback } from './host/network/links';
import { HOST_NETNS, registerNetworkOverlay, type NetworkState } from './host/network/index';
import type { Node } from './node';

/** The MAC the CRI's cached result gives (pod-network.ts macOf): locally administered, from id hex. */
function macOf(seed: string): string {
  const bytes = (seed.padEnd(12, '0').match(/../g) ?? []).slice(0, 6).map((h) => parseInt(h, 16));
  bytes[0] = ((bytes[0] ?? 0) & 0xfc) | 0x02;
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
}

/** 12 hex digits from a name (FNV-1a), so a derived bridge keeps one MAC. */
function hexOf(name: string): string {
  let h = 0x811c9dc5;
  for (const c of name) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return `${h.toString(16).padStart(8, '0')}${(h >>> 16).toString(16).padStart(4, '0')}`;
}

function addPods(node: Node, net: NetworkState): void {
  const records = Object.values(node.state.cri?.sandboxes ?? {}).filter((s) => s.ip !== '' && s.netnsPath !== '');
  // The bridge outlives its pods (the plugin never deletes it); it is there once a pod had an address.
  if (records.length === 0) return;
  const sandboxes = records.filter((s) => !s.netnsClosed);
  const config = podNetworkConfig(node.state.host.files);
  const host = ensureNetns(net, HOST_NETNS);
  let bridge = findLink(host, config.bridge);
  if (!bridge) bridge = addLink(host, { name: config.bridge, kind: 'bridge', mac: macOf(hexOf(config.bridge)), mtu: 1500, up: true, addrs: [] });
  const gateway = intToIp(config.gateway);
  if (!bridge.addrs.some((a) => a.ip === gateway)) bridge.addrs.push({ ip: gateway, prefix: config.prefix });
  for (const s of sandboxes) {
    // A pod whose network the stored state already has (set up through host/cni) is left as it is.
    if (net.namespaces[s.netnsPath]?.links.some((l) => l.name === 'eth0')) continue;
    const pod = ensureNetns(net, s.netnsPath);
    upLoopback(pod);
    const port = addLink(host, { name: `veth${s.id.slice(0, 8)}`, kind: 'veth', mac: macOf(s.id.slice(32, 44)), mtu: 1500, up: true, addrs: [], master: config.bridge });
    const eth0 = addLink(pod, { name: 'eth0', kind: 'veth', mac: macOf(s.id.slice(20, 32)), mtu: 1500, up: true, addrs: [{ ip: s.ip, prefix: config.prefix }], peer: { netns: HOST_NETNS, index: port.index } });
    port.peer = { netns: s.netnsPath, index: eth0.index };
    pod.routes.push({ dst: 'default', via: gateway, dev: 'eth0' });
  }
}

/** Registers the overlay (idempotent). */
export function installPodNetworkView(): void {
  registerNetworkOverlay('cri-pods', addPods);
}
