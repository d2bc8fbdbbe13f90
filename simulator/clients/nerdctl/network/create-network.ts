// CNIEnv.CreateNetwork (containerd/nerdctl@v0.22.2 pkg/netutil/netutil.go, netutil_unix.go,
// cni_plugin_unix.go): the IPAM section (host-local on a free /24 from 10.4.0.0/24 upwards,
// skipping every subnet the node's interfaces and the existing bridge networks use), the
// plugin chain (bridge nerdctl0 or br-<first 12 of the id>, portmap, firewall, tuning), each
// plugin's binary checked in CNI_PATH, and the conflist written as json.MarshalIndent(conf,
// "", "  ") to <netconfpath>/nerdctl-<name>.conflist (no trailing newline). The id is the
// sha256 of the name.

import { HOST_NETNS, peekNetwork, viewNetns } from '../../../host/network/index';
import { sha256HexOfBinary } from '../../../host/native-codecs';
import * as vfs from '../../../host/vfs';
import { alreadyExists, invalidArgument } from '../../../errdefs/errdefs';
import { goJsonIndent } from '../format/go-json';
import { type CniEnv, type NetworkConfig, networkFile } from './network-config';
import { cidrString, contains, firstIp, formatIpv4, freeSubnet, intersectsAny, type Ipv4Net, lastIp, parseCidr, parseIpv4 } from './ipv4-net';

type Json = Record<string, unknown>;

export const DEFAULT_NETWORK_NAME = 'bridge';
export const DEFAULT_CIDR = '10.4.0.0/24';
/** The default network's bridge (netutil_unix.go generateCNIPlugins). */
const DEFAULT_BRIDGE = 'nerdctl0';

export interface CreateOptions {
  name: string;
  driver: string;
  options: Record<string, string>;
  ipamDriver: string;
  subnet: string;
  gateway?: string;
  ipRange?: string;
  labels: readonly string[];
}

/** networkID: the hex sha256 of the name. */
export function networkId(name: string): string {
  return sha256HexOfBinary(vfs.textToBinary(name));
}

/** Go's marshalling of a map: keys sorted, at every depth (structToMap makes the IPAM a map). */
function sortedDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedDeep);
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Json;
  return Object.fromEntries(Object.keys(obj).sort().map((k) => [k, sortedDeep(obj[k])]));
}

/** The subnets of the node's interfaces (GetLiveNetworkSubnets) and of the bridge networks (subnets()). */
function usedSubnets(env: CniEnv): Ipv4Net[] {
  const live = viewNetns(peekNetwork(env.node.state.host), HOST_NETNS).links.flatMap((l) =>
    l.addrs.map((a) => parseCidr(`${a.ip}/${a.prefix}`)?.net).filter((n): n is Ipv4Net => n !== undefined),
  );
  return [...live, ...env.networks.flatMap(networkSubnets)];
}

/** networkConfig.subnets(): the first range of each range set, for a bridge with host-local IPAM. */
function networkSubnets(n: NetworkConfig): Ipv4Net[] {
  const first = n.plugins[0];
  if (first?.type !== 'bridge') return [];
  const ipam = first.ipam as Json | undefined;
  if (ipam?.type !== 'host-local' || !Array.isArray(ipam.ranges)) return [];
  return (ipam.ranges as unknown[][])
    .map((set) => (Array.isArray(set) ? parseCidr(String((set[0] as Json | undefined)?.subnet ?? ''))?.net : undefined))
    .filter((s): s is Ipv4Net => s !== undefined);
}

/** parseSubnet: a free /24 from the default CIDR, or the one given (exact, not overlapping). */
function parseSubnet(env: CniEnv, subnetText: string): Ipv4Net {
  const used = usedSubnets(env);
  if (subnetText === '') {
    const free = freeSubnet(parseCidr(DEFAULT_CIDR)?.net as Ipv4Net, used);
    if (!free) throw new Error('could not find free subnet');
    return free;
  }
  const parsed = parseCidr(subnetText);
  if (!parsed) throw new Error(`failed to parse subnet ${JSON.stringify(subnetText)}`);
  if (parsed.ip !== parsed.net.ip) throw new Error(`unexpected subnet ${JSON.stringify(subnetText)}, maybe you meant ${JSON.stringify(cidrString(parsed.net))}?`);
  if (intersectsAny(parsed.net, used)) throw new Error(`subnet ${subnetText} overlaps with other one on this address space`);
  return parsed.net;
}

/** parseIPAMRange: subnet, gateway (given, else the first address), an optional sub-range. */
function ipamRange(subnet: Ipv4Net, gateway = '', ipRange = ''): Json {
  let gw = firstIp(subnet);
  if (gateway !== '') {
    const ip = parseIpv4(gateway);
    if (ip === undefined) throw new Error(`failed to parse gateway ${JSON.stringify(gateway)}`);
    if (!contains(subnet, ip)) throw new Error(`no matching subnet ${JSON.stringify(cidrString(subnet))} for gateway ${JSON.stringify(gateway)}`);
    gw = ip;
  }
  const range: Json = { subnet: cidrString(subnet), gateway: formatIpv4(gw) };
  if (ipRange !== '') {
    const parsed = parseCidr(ipRange);
    if (!parsed) throw new Error(`failed to parse ip-range ${JSON.stringify(ipRange)}`);
    const start = firstIp(parsed.net);
    const end = lastIp(parsed.net);
    if (!contains(subnet, start) || !contains(subnet, end)) {
      throw new Error(`no matching subnet ${JSON.stringify(cidrString(subnet))} for ip-range ${JSON.stringify(ipRange)}`);
    }
    range.rangeStart = formatIpv4(start);
    range.rangeEnd = formatIpv4(end);
    range.ipRange = ipRange;
  }
  return range;
}

/** generateIPAM. */
function generateIpam(env: CniEnv, opts: CreateOptions): Json {
  switch (opts.ipamDriver) {
    case 'default':
    case 'host-local': {
      const range = ipamRange(parseSubnet(env, opts.subnet), opts.gateway, opts.ipRange);
      return sortedDeep({ type: 'host-local', routes: [{ dst: '0.0.0.0/0' }], ranges: [[range]] }) as Json;
    }
    case 'dhcp':
      return { daemonSocketPath: '/run/cni/dhcp.sock', type: 'dhcp' };
    default:
      throw new Error(`unsupported ipam driver ${JSON.stringify(opts.ipamDriver)}`);
  }
}

/** ParseMTU. */
function parseMtu(text: string): number {
  if (text === '') return 0;
  if (!/^[+-]?\d+$/.test(text)) throw new Error(`strconv.Atoi: parsing ${JSON.stringify(text)}: invalid syntax`);
  const mtu = Number(text);
  if (mtu < 0) throw new Error(`mtu ${mtu} is less than zero`);
  return mtu;
}

/** generateCNIPlugins for the bridge, macvlan and ipvlan drivers. */
function generatePlugins(opts: CreateOptions, ipam: Json): Json[] {
  let mtu = 0;
  if (opts.driver === 'bridge') {
    for (const [opt, value] of Object.entries(opts.options)) {
      if (opt !== 'mtu' && opt !== 'com.docker.network.driver.mtu') throw new Error(`unsupported ${JSON.stringify(opts.driver)} network option ${JSON.stringify(opt)}`);
      mtu = parseMtu(value);
    }
    const bridgeName = opts.name === DEFAULT_NETWORK_NAME ? DEFAULT_BRIDGE : `br-${networkId(opts.name).slice(0, 12)}`;
    const bridge: Json = { type: 'bridge', bridge: bridgeName, isGateway: true, ipMasq: true };
    if (mtu !== 0) bridge.mtu = mtu;
    bridge.hairpinMode = true;
    bridge.ipam = ipam;
    return [bridge, { type: 'portmap', capabilities: { portMappings: true } }, { type: 'firewall', ingressPolicy: 'same-bridge' }, { type: 'tuning' }];
  }
  if (opts.driver === 'macvlan' || opts.driver === 'ipvlan') {
    let mode = '';
    let master = '';
    for (const [opt, value] of Object.entries(opts.options)) {
      if (opt === 'mtu' || opt === 'com.docker.network.driver.mtu') mtu = parseMtu(value);
      else if (opt === 'mode' || opt === 'macvlan_mode' || opt === 'ipvlan_mode') {
        if (opts.driver === 'macvlan' && opt !== 'ipvlan_mode') {
          if (value !== 'bridge') throw new Error(`unknown macvlan mode ${JSON.stringify(value)}`);
        } else if (opts.driver === 'ipvlan' && opt !== 'macvlan_mode') {
          if (value !== 'l2' && value !== 'l3') throw new Error(`unknown ipvlan mode ${JSON.stringify(value)}`);
        } else throw new Error(`unsupported ${JSON.stringify(opts.driver)} network option ${JSON.stringify(opt)}`);
        mode = value;
      } else if (opt === 'parent') master = value;
      else throw new Error(`unsupported ${JSON.stringify(opts.driver)} network option ${JSON.stringify(opt)}`);
    }
    const vlan: Json = { type: opts.driver, master };
    if (mode !== '') vlan.mode = mode;
    if (mtu !== 0) vlan.mtu = mtu;
    vlan.ipam = ipam;
    return [vlan];
  }
  throw new Error(`unsupported cni driver ${JSON.stringify(opts.driver)}`);
}

/** exec.LookPath of an absolute path: the file must exist and be executable. */
function lookPath(env: CniEnv, path: string): string | undefined {
  const files = env.node.state.host.files;
  if (!vfs.exists(files, path)) return `exec: ${JSON.stringify(path)}: stat ${path}: no such file or directory`;
  const entry = vfs.stat(files, path);
  if (entry.kind === 'dir' || (entry.mode & 0o111) === 0) return `exec: ${JSON.stringify(path)}: permission denied`;
  return undefined;
}

/**
 * fixUpIsolation for a network other than the default: the firewall plugin of the node is
 * taken as >= v1.1.0 (the full bundle ships plugins v1.1.1); when it cannot be run, the two
 * warnings of firewallPluginGEQ110's failure.
 */
function warnWithoutFirewall(env: CniEnv, name: string, warn: (msg: string, fields?: Record<string, string>) => void): void {
  if (name === DEFAULT_NETWORK_NAME) return;
  const firewall = `${env.path}/firewall`;
  if (lookPath(env, firewall) === undefined) return;
  const error = `failed to run [${firewall}]: fork/exec ${firewall}: no such file or directory (stdout="", stderr="")`;
  warn(`Failed to detect whether ${JSON.stringify(firewall)} is newer than v1.1.0`, { error });
  warn(`To isolate bridge networks, CNI plugin "firewall" (>= 1.1.0) needs to be installed in CNI_PATH (${JSON.stringify(env.path)}), see https://github.com/containernetworking/plugins`);
}

/** CreateNetwork: alreadyExists for a known name; else the file written and the config returned. */
export function createNetworkConfig(env: CniEnv, opts: CreateOptions, warn: (msg: string, fields?: Record<string, string>) => void = () => undefined): NetworkConfig {
  if (env.networks.some((n) => n.name === opts.name)) throw alreadyExists('');
  const ipam = generateIpam(env, opts);
  const plugins = generatePlugins(opts, ipam);
  if (opts.driver === 'bridge') warnWithoutFirewall(env, opts.name, warn);
  if (opts.name === '' || plugins.length === 0) throw invalidArgument('');
  for (const p of plugins) {
    const failure = lookPath(env, `${env.path}/${String(p.type)}`);
    if (failure) {
      throw new Error(
        `needs CNI plugin ${JSON.stringify(p.type)} to be installed in CNI_PATH (${JSON.stringify(env.path)}), see https://github.com/containernetworking/plugins/releases: ${failure}`,
      );
    }
  }
  const id = networkId(opts.name);
  const labels: Record<string, string> = {};
  for (const l of opts.labels) {
    const eq = l.indexOf('=');
    labels[eq < 0 ? l : l.slice(0, eq)] = eq < 0 ? '' : l.slice(eq + 1);
  }
  const conf = { cniVersion: '1.0.0', name: opts.name, nerdctlID: id, nerdctlLabels: sortedDeep(labels), plugins };
  const bytes = goJsonIndent(conf, '  ');
  const file = networkFile(env.netconfPath, opts.name);
  const files = env.node.state.host.files;
  if (vfs.exists(files, file)) throw alreadyExists('');
  vfs.writeFile(files, file, vfs.textToBinary(bytes), { mode: 0o644, mtimeMs: env.node.nowMs() });
  return { name: opts.name, bytes, plugins, nerdctlId: id, nerdctlLabels: labels, file };
}
