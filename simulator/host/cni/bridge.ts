// The bridge plugin (containernetworking/plugins v1.1.1 plugins/main/bridge/bridge.go): makes
// the bridge on the node if it is missing (up, promiscuous with promiscMode), a veth pair with
// the host end "veth<8 hex>" as a port of it (hairpin with hairpinMode) and the other end
// moved into the container's namespace as ifName, asks IPAM for the addresses, gives them to
// ifName with the IPAM's routes through the gateway, and with isGateway puts the gateway
// address on the bridge. ipMasq's iptables rules are not modelled (nothing here reads them).
// DEL releases the addresses and deletes ifName (its peer goes with it); the bridge stays.

import { nextUint32 } from '../random';
import { ensureNetns, addLink, findLink, deleteLink } from '../network/links';
import { HOST_NETNS } from '../network/network-state';
import { ipToInt, maskOf, parseCidr, randomMac, intToIp } from '../network/ip-address';
import { hostLocalAdd, hostLocalDel } from './host-local';
import { CniError, type CniPlugin, type CniResult, type PluginCall } from './cni-types';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined);

function randomBytes(call: PluginCall, n: number): number[] {
  const out: number[] = [];
  while (out.length < n) {
    const word = nextUint32(call.node.state.random);
    out.push(word >>> 24, (word >>> 16) & 255, (word >>> 8) & 255, word & 255);
  }
  return out.slice(0, n);
}

function ipamOf(call: PluginCall): Json {
  const ipam = obj(call.conf.ipam);
  if (!ipam || typeof ipam.type !== 'string') throw new CniError(999, 'IPAM config missing \'type\' key');
  if (ipam.type !== 'host-local') throw new CniError(999, `failed to find plugin ${JSON.stringify(ipam.type)} in path [/opt/cni/bin]`);
  return ipam;
}

export const bridgePlugin: CniPlugin = {
  add(call) {
    const bridgeName = typeof call.conf.bridge === 'string' ? call.conf.bridge : 'cni0';
    const mtu = typeof call.conf.mtu === 'number' ? call.conf.mtu : 1500;
    const host = ensureNetns(call.net, HOST_NETNS);
    let bridge = findLink(host, bridgeName);
    if (bridge && bridge.kind !== 'bridge') throw new CniError(999, `failed to create bridge ${JSON.stringify(bridgeName)}: ${JSON.stringify(bridgeName)} already exists but is not a bridge`);
    if (!bridge) bridge = addLink(host, { name: bridgeName, kind: 'bridge', mac: randomMac(randomBytes(call, 6)), mtu, up: true, addrs: [] });
    if (call.conf.promiscMode === true) bridge.promisc = true;
    const sandbox = ensureNetns(call.net, call.netnsPath);
    if (findLink(sandbox, call.ifName)) throw new CniError(999, `container veth name provided (${call.ifName}) already exists`);
    const ipam = ipamOf(call);
    const hostVethName = `veth${randomBytes(call, 4).map((b) => b.toString(16).padStart(2, '0')).join('')}`;
    const hostVeth = addLink(host, { name: hostVethName, kind: 'veth', mac: randomMac(randomBytes(call, 6)), mtu, up: true, addrs: [], master: bridgeName });
    if (call.conf.hairpinMode === true) hostVeth.hairpin = true;
    const inner = addLink(sandbox, { name: call.ifName, kind: 'veth', mac: randomMac(randomBytes(call, 6)), mtu, up: true, addrs: [], peer: { netns: HOST_NETNS, index: hostVeth.index } });
    hostVeth.peer = { netns: call.netnsPath, index: inner.index };
    let ipamResult;
    try {
      ipamResult = hostLocalAdd(call.node.state.host.files, ipam, call.conf.name, call.containerId, call.ifName, call.node.nowMs(), call.args);
    } catch (err) {
      // The plugin's deferred cleanup removes the veth it made when a later step fails.
      deleteLink(call.net, call.netnsPath, call.ifName);
      throw err;
    }
    for (const ip of ipamResult.ips) {
      const cidr = parseCidr(ip.address);
      inner.addrs.push({ ip: ip.address.split('/')[0] ?? '', prefix: cidr?.prefix ?? 32 });
      ip.interface = 2;
      if (call.conf.isGateway === true && ip.gateway && cidr) {
        // The gateway takes the subnet's prefix on the bridge (ensureAddr: once per bridge).
        if (!bridge.addrs.some((a) => a.ip === ip.gateway)) bridge.addrs.push({ ip: ip.gateway, prefix: cidr.prefix });
      }
    }
    const gateway = ipamResult.ips[0]?.gateway;
    for (const route of ipamResult.routes) {
      const dst = route.dst === '0.0.0.0/0' ? 'default' : route.dst;
      const via = route.gw ?? gateway;
      if (!sandbox.routes.some((r) => r.dst === dst)) sandbox.routes.push({ dst, dev: call.ifName, ...(via ? { via } : {}) });
    }
    const result: CniResult = {
      cniVersion: call.conf.cniVersion,
      interfaces: [
        { name: bridgeName, mac: bridge.mac },
        { name: hostVethName, mac: hostVeth.mac },
        { name: call.ifName, mac: inner.mac, sandbox: call.netnsPath },
      ],
      ips: ipamResult.ips,
      routes: ipamResult.routes,
      dns: {},
    };
    return result;
  },
  del(call) {
    const ipam = ipamOf(call);
    hostLocalDel(call.node.state.host.files, ipam, call.conf.name, call.containerId, call.ifName);
    // A namespace already gone is no error on DEL (the spec asks plugins to clean up what is left).
    deleteLink(call.net, call.netnsPath, call.ifName);
  },
  check(call) {
    const sandbox = call.net.namespaces[call.netnsPath];
    const inner = findLink(sandbox, call.ifName);
    if (!inner) throw new CniError(999, `Error: Container Interface name in prevResult: ${call.ifName} not found`);
  },
};

/** The bridge's subnet as text (for nerdctl network inspect), from its gateway address. */
function bridgeSubnet(address: { ip: string; prefix: number }): string {
  return `${intToIp((ipToInt(address.ip) & maskOf(address.prefix)) >>> 0)}/${address.prefix}`;
}
