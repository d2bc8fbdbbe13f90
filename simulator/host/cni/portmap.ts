// The portmap plugin (plugins v1.1.1 plugins/meta/portmap): for each entry of the
// portMappings capability, DNAT from the node's hostIP:hostPort (every local address when no
// hostIP) to the container's address from the previous result, in PREROUTING and OUTPUT, with
// masquerading for connections from 127.0.0.1 and hairpin ones. Nothing listens on the node
// for a published port: `ss -lnt` does not show it, only iptables -t nat does. DEL removes
// the container's mappings. It must run chained after a plugin that gave addresses.

import { CniError, type CniPlugin, type PortMapEntry } from './cni-types';

function entries(runtimeConfig: Record<string, unknown>): PortMapEntry[] {
  const raw = runtimeConfig.portMappings;
  return Array.isArray(raw) ? (raw as PortMapEntry[]) : [];
}

export const portmapPlugin: CniPlugin = {
  add(call) {
    const prev = call.prevResult;
    if (!prev) throw new CniError(999, 'must be called as chained plugin');
    const wanted = entries(call.runtimeConfig);
    if (wanted.length === 0) return prev;
    // The container's first IPv4 address (a sandbox interface's, as getContainerIPs picks).
    const containerIP = prev.ips?.map((ip) => ip.address.split('/')[0] ?? '').find((ip) => !ip.includes(':'));
    if (!containerIP) throw new CniError(999, 'no IPv4 address in prevResult: nothing to map ports to');
    for (const e of wanted) {
      const protocol = (e.protocol ?? 'tcp').toLowerCase();
      if (protocol !== 'tcp' && protocol !== 'udp' && protocol !== 'sctp') throw new CniError(999, `Invalid protocol ${e.protocol}`);
      if (!Number.isInteger(e.hostPort) || e.hostPort < 1 || e.hostPort > 65535) throw new CniError(999, `Invalid host port number: ${e.hostPort}`);
      if (!Number.isInteger(e.containerPort) || e.containerPort < 1 || e.containerPort > 65535) throw new CniError(999, `Invalid container port number: ${e.containerPort}`);
      call.net.portMappings.push({
        network: call.conf.name,
        containerId: call.containerId,
        hostIP: e.hostIP && e.hostIP !== '0.0.0.0' ? e.hostIP : '',
        hostPort: e.hostPort,
        protocol,
        containerIP,
        containerPort: e.containerPort,
      });
    }
    return prev;
  },
  del(call) {
    call.net.portMappings = call.net.portMappings.filter((m) => !(m.network === call.conf.name && m.containerId === call.containerId));
  },
};
