// generateNetOpts (cmd/nerdctl/run_network.go:122-226@v0.22.2): --network/--net as one slice
// (getNetworkSlice), its type (nettype.Detect: none, host, container:<c>, or CNI networks —
// mixing is `mixed network types: …`), and for CNI networks the files the container gets: a
// resolv.conf built from the node's (buildResolvConf: localhost nameservers filtered out,
// Google's when none is left), the hosts file the OCI hook fills, and the -p mappings.

import type { NamespacedClient, SpecMount } from '../../../containerd/client/index';
import { containerNetOpts } from './container-network';
import { dedupe } from './idgen-env';
import * as vfs from '../../../host/vfs';
import { commandCniEnv, networkMap } from '../network/cni-env';
import type { NerdctlContext } from '../nerdctl-env';
import type { PortMapping } from './nerdctl-labels';
import { parseFlagP } from './port-flag';
import { hostPortAllocator } from './port-allocate';
import { hostsDir } from './state-paths';

type NetType = 'none' | 'host' | 'cni' | 'container';

export interface NetOpts {
  type: NetType;
  /** The nerdctl/networks label's value. */
  networks: string[];
  ports: PortMapping[];
  /** Bind mounts of resolv.conf and hosts (CNI), and hostname (a shared namespace). */
  mounts: SpecMount[];
  /** container:<c>: the joined /proc/<pid>/ns/net and the target's hostname for the spec. */
  joined?: { netnsPath: string; hostname: string };
  /** --ip: the nerdctl/ip label, which the OCI hook hands host-local as CNI_ARGS IP. */
  ipAddress: string;
}

function networkSlice(c: NerdctlContext): string[] {
  const set = c.isSet('network') || c.isSet('net');
  if (!set) return c.stringSlice('network');
  return [...(c.isSet('network') ? c.stringSlice('network') : []), ...(c.isSet('net') ? c.stringSlice('net') : [])];
}

/** nettype.Detect. */
function detectNetType(names: readonly string[]): NetType {
  let res: NetType | undefined;
  for (const name of names) {
    const word = name.split(':')[0];
    const tmp: NetType = word === 'none' ? 'none' : word === 'host' ? 'host' : word === 'container' ? 'container' : 'cni';
    if (res !== undefined && res !== tmp) throw new Error(`mixed network types: ${res} and ${tmp}`);
    res = tmp;
  }
  return res ?? 'cni';
}

/** verifyCNINetwork: NewCNIEnv (which writes the default network's conflist) and its NetworkMap. */
function cniNetworkNames(c: NerdctlContext): Set<string> {
  return new Set(networkMap(commandCniEnv(c)).keys());
}

const DEFAULT_DNS = ['8.8.8.8', '8.8.4.4'];

/**
 * buildResolvConf: --dns, --dns-search and --dns-opt/--dns-option (deduplicated) as given;
 * whichever is empty comes from the node's resolver settings.
 */
function containerResolvConf(c: NerdctlContext): string {
  let nameservers = dedupe(c.stringSlice('dns'));
  let search = dedupe(c.stringSlice('dns-search'));
  let options = dedupe([...c.stringSlice('dns-opt'), ...c.stringSlice('dns-option')]);
  if (nameservers.length === 0 || search.length === 0 || options.length === 0) {
    const files = c.env.node.state.host.files;
    const read = (path: string) => (vfs.exists(files, path) ? vfs.binaryToText(vfs.readFile(files, path)) : undefined);
    let content = read('/etc/resolv.conf');
    const servers = (text: string) => [...text.matchAll(/^\s*nameserver\s+(\S+)/gm)].map((m) => m[1] ?? '');
    // resolvconf.Path: a lone 127.0.0.53 means systemd-resolved; its upstream file is read instead.
    if (content !== undefined && servers(content).length === 1 && servers(content)[0] === '127.0.0.53') content = read('/run/systemd/resolve/resolv.conf');
    const text = content ?? '';
    // FilterResolvDNS: localhost servers go; none left means the default external ones.
    const kept = servers(text).filter((ip) => !ip.startsWith('127.') && ip !== '::1');
    const v4 = kept.filter((ip) => !ip.includes(':'));
    const lastOf = (word: string) => {
      const lines = [...text.matchAll(new RegExp(`^\\s*${word}\\s+(.*)$`, 'gm'))];
      return (lines[lines.length - 1]?.[1] ?? '').trim().split(/\s+/).filter(Boolean);
    };
    if (search.length === 0) search = lastOf('search');
    if (nameservers.length === 0) nameservers = v4.length > 0 || kept.length > 0 ? v4 : DEFAULT_DNS;
    if (options.length === 0) options = lastOf('options');
  }
  // resolvconf.Build.
  let out = '';
  if (search.length > 0 && search.join(' ').trim() !== '.') out += `search ${search.join(' ')}\n`;
  for (const ns of nameservers) out += `nameserver ${ns}\n`;
  if (options.length > 0 && options.join(' ').trim() !== '') out += `options ${options.join(' ')}\n`;
  return out;
}

export function generateNetOpts(c: NerdctlContext, client: NamespacedClient, dataStore: string, stateDir: string, ns: string, id: string): NetOpts {
  const networks = networkSlice(c);
  const ipAddress = c.string('ip');
  // (sic) nerdctl's words; with `--net ""` there is no network at all, default or not.
  if (networks.length === 0 && ipAddress !== '') c.env.log.warn(`You have assign an IP address ${ipAddress} but no network, So we will use the default network`);
  const type = detectNetType(networks);
  const files = c.env.node.state.host.files;
  const at = { mtimeMs: c.env.node.nowMs() };
  switch (type) {
    case 'none':
    case 'host':
      return { type, networks, ports: [], mounts: [], ipAddress };
    case 'container': {
      const joined = containerNetOpts(c, client, dataStore, ns, networks);
      return { type, networks: joined.networks, ports: [], mounts: joined.mounts, ipAddress, joined: { netnsPath: joined.netnsPath, hostname: joined.hostname } };
    }
    case 'cni': {
      const known = cniNetworkNames(c);
      for (const name of networks) if (!known.has(name)) throw new Error(`network ${name} not found`);
      const resolvPath = `${stateDir}/resolv.conf`;
      vfs.writeFile(files, resolvPath, containerResolvConf(c), { ...at, mode: 0o644 });
      // hostsstore.AllocHostsFile: an empty file now, filled by the OCI hook.
      const hostsPath = `${hostsDir(dataStore, ns, id)}/hosts`;
      vfs.mkdir(files, hostsDir(dataStore, ns, id), { ...at, parents: true, mode: 0o700 });
      if (!vfs.exists(files, hostsPath)) vfs.writeFile(files, hostsPath, '', { ...at, mode: 0o644 });
      const allocate = hostPortAllocator(c.env.node);
      const ports = c.stringSlice('publish').flatMap((p) => parseFlagP(p, allocate));
      return {
        type,
        networks,
        ports,
        ipAddress,
        mounts: [
          { destination: '/etc/resolv.conf', type: 'bind', source: resolvPath, options: ['bind', 'rprivate'] },
          { destination: '/etc/hosts', type: 'bind', source: hostsPath, options: ['bind', 'rprivate'] },
        ],
      };
    }
  }
}
