// The pod network of the simulated node, as containerd 1.6's CRI plugin sets it up through CNI.
// Whether CNI is there is what `crictl info` reports too (runtime-info/cni-status.ts: a config
// file in /etc/cni/net.d). Without one, a real node fails every pod-network sandbox (`failed to
// setup network for sandbox "<id>": cni plugin not initialized`) and leaves it behind NOTREADY,
// its stop and removal failing the same way (tests/oracle/cri/fixtures/configs-streams-stats.json);
// that is what happens here. With one, the network is containerd's own bridge config
// (10-containerd-net.conflist: bridge cni0, host-local IPAM on 10.88.0.0/16, gateway
// 10.88.0.1), as on a node with containernetworking-plugins and that file: every pod-network
// sandbox gets a network namespace /var/run/netns/cni-<uuid> and the lowest free address from
// 10.88.0.2 on (host-local hands out the next after the last it gave; reusing the lowest keeps
// addresses small and stable across a session). Host-network pods (network: NODE) get
// neither, and CRI reports no IP for them, as containerd does.
//
// The notes' pod-config.json asks for the pod network (it has no namespace_options), so the
// notes' `crictl run`/`runp` work on a node whose /etc/cni/net.d holds a config.

import { nextUint32 } from '../../host/random';
import { cniStatus } from '../runtime-info/cni-status';
import type { PodSandboxConfig } from '../api/runtime-v1';
import type { CriContext } from '../context';
import type { SandboxRecord } from '../store/sandbox-record';
import { sandboxRecords } from './sandbox-store';

export function isHostNetwork(config: PodSandboxConfig): boolean {
  return config.linux?.securityContext?.namespaceOptions?.network === 'NODE';
}

/** netPlugin.Status(): undefined when CNI is ready, else go-cni's error text. */
export function cniNotReady(ctx: CriContext): string | undefined {
  return cniStatus(ctx.node.state.host.files).notReady;
}

/** netns.NewNetNS: /var/run/netns/cni-<random uuid v4>. */
export function newNetnsPath(ctx: CriContext): string {
  let hex = '';
  while (hex.length < 32) hex += nextUint32(ctx.node.state.random).toString(16).padStart(8, '0');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  return `/var/run/netns/cni-${uuid}`;
}

/** host-local's next address: the lowest of 10.88.0.0/16 no live sandbox holds, from .0.2. */
export function allocatePodIp(ctx: CriContext): string {
  const taken = new Set<string>();
  for (const record of Object.values(sandboxRecords(ctx))) if (record.ip && !record.netnsClosed) taken.add(record.ip);
  for (let n = 2; n < 65_535; n++) {
    const ip = `10.88.${n >> 8}.${n & 0xff}`;
    if ((n & 0xff) === 0 || (n & 0xff) === 255) continue;
    if (!taken.has(ip)) return ip;
  }
  return '';
}

/** The cni.Result containerd keeps for a pod-network sandbox (its eth0 in the pod's namespace); null without one. */
export function cniResultOf(record: Pick<SandboxRecord, 'netnsPath' | 'ip'>): unknown {
  if (record.netnsPath === '' || record.ip === '') return null;
  return {
    Interfaces: {
      eth0: { IPConfigs: [{ IP: record.ip, Gateway: '10.88.0.1' }], Mac: '', Sandbox: record.netnsPath },
    },
    DNS: [{}, {}],
    Routes: [{ dst: '0.0.0.0/0' }],
  };
}
