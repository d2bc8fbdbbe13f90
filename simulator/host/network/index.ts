// The node's network (host.network in the state tree): namespaces, links, routes, port
// mappings, and connections between them. Plain data plus functions; no containerd imports.
//
// API for clients (nerdctl, curl, wget, the CRI plugin):
//
//   HOST_NETNS                            "/proc/1/ns/net", the node's own namespace
//   networkOf(node.state.host)            the state, made on first use (old saves have none)
//   networkView(node)                     the state plus derived parts (CRI pods), for reading
//   connectTcp(node, fromNetns, ip, port) → { kind: 'connected', listener, serverIp, clientIp }
//                                           | { kind: 'failed', failure: ConnectFailure }
//   httpGet(node, fromNetns, host, port, path, { userAgent, method?, headers?, hostsText? })
//                                         → { kind: 'reply', reply: { status, body, headers? }, serverIp }
//                                           | { kind: 'failed', failure }  (refused, unreachable,
//                                             network-unreachable, timeout, bad-address)
//   httpRequest(node, fromNetns, ip, port, request)   the same for a resolved address
//   resolveName(host, hostsText)          /etc/hosts lookup (the node is offline: no DNS)
//   lookupDns(node, netns, resolvConf, name)  names from DNS servers on the node (dns.ts: Docker's
//                                         embedded DNS 127.0.0.11 registers with registerDnsServer)
//   registerListenerSource(name, source)  who listens: containerd registers its tasks' sockets
//   allListeners(node) / whoListens(node, netns, ip, port)
//   viewNetns(net, path)                  a namespace as it is (lo up for a task's own netns)
//   nodeAddresses(node)                   the node's IPv4 addresses (eth0, bridges)
//   reasonPhrase(status)                  "OK", "Not Found"… for status lines
//
// Published ports: networkOf(host).portMappings (what portmap installed; nerdctl port / ps
// read them). They are DNAT rules, not sockets: allListeners() never lists them, as ss does not.
// Node addresses: eth0 192.168.56.10/24 (gateway 192.168.56.1, MAC 52:54:00:6b:3c:58), fixed.
//
// A task's namespace path (containerd/tasks/task-listeners.ts taskNetns): the spec's network
// namespace path when it joins one (/var/run/netns/cni-…), /proc/<init pid>/ns/net when runc
// made it, HOST_NETNS without a network namespace (--net host). CNI (host/cni) adds links and
// port mappings to it; a task's listeners ("listens" in its ProcessPlan) are found there.

export { HOST_NETNS, NODE_ADDRESS, NODE_GATEWAY, networkOf, peekNetwork, type LinkRecord, type NetnsRecord, type NetworkState, type PortMapping } from './network-state';
export { connectTcp, nodeAddresses, viewNetns, type ConnectResult } from './connect';
export { httpGet, httpRequest, type HttpGetOptions } from './http';
export { allListeners, listenersIn, registerListenerSource, whoListens, type Listener, type ListenerSource } from './listeners';
export { hostsLookup, resolveName } from './resolve';
export { lookupDns, nameservers, registerDnsServer, type DnsServer } from './dns';
export { deleteLink, ensureNetns, hasCarrier, peerOf } from './links';
export type { ConnectFailure, HttpOutcome, HttpReply, HttpRequest } from './http-types';
export { reasonPhrase } from './http-status';
export { networkView, registerNetworkOverlay, type NetworkOverlay } from './overlays';
