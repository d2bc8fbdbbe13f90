// The CNI data a plugin chain passes along (containernetworking/cni v1.1 pkg/types/100 and
// 040): one result type inside, written out in the conflist's cniVersion (0.4.0 names each
// IP's "version"; 1.0.0 drops it), and the error a plugin prints ({code, msg, details}).

import type { Node } from '../../node';
import type { NetworkState } from '../network/network-state';

export interface CniInterface {
  name: string;
  mac: string;
  /** The netns path for an interface inside the container; absent for the node's side. */
  sandbox?: string;
}

export interface CniIpConfig {
  /** Index into interfaces. */
  interface?: number;
  /** CIDR: "10.4.0.2/24". */
  address: string;
  gateway?: string;
}

export interface CniRoute {
  dst: string;
  gw?: string;
}

export interface CniResult {
  cniVersion: string;
  interfaces?: CniInterface[];
  ips?: CniIpConfig[];
  routes?: CniRoute[];
  dns: { nameservers?: string[]; domain?: string; search?: string[]; options?: string[] };
}

/** One entry of the portMappings capability (what `nerdctl run -p` and CRI's hostPort pass). */
export interface PortMapEntry {
  hostPort: number;
  containerPort: number;
  /** "tcp" unless given. */
  protocol?: string;
  /** "" or absent: every address of the node. */
  hostIP?: string;
}

/** A plugin's configuration: one element of the conflist's plugins, with name and cniVersion injected. */
export type PluginConf = Record<string, unknown> & { type: string; name: string; cniVersion: string };

/** What a plugin gets: the CNI_* environment and its stdin, parsed. */
export interface PluginCall {
  node: Node;
  net: NetworkState;
  conf: PluginConf;
  containerId: string;
  netnsPath: string;
  ifName: string;
  /** CNI_ARGS as key=value pairs. */
  args: Record<string, string>;
  /** runtimeConfig: the capabilities the conflist enables, with the runtime's values. */
  runtimeConfig: Record<string, unknown>;
  prevResult?: CniResult;
}

export interface CniPlugin {
  add(call: PluginCall): CniResult;
  del(call: PluginCall): void;
  check?(call: PluginCall): void;
}

/** A plugin's failure as it prints it on stdout ({"code": 999, "msg": …}); message is types.Error.Error(). */
export class CniError extends Error {
  constructor(
    readonly code: number,
    readonly msg: string,
    readonly details = '',
  ) {
    super(details ? `${msg}; ${details}` : msg);
  }
}

/** The result as JSON of `version`: 0.3.x/0.4.0 give each IP its "version", 1.0.0 does not. */
export function resultJson(result: CniResult, version: string): Record<string, unknown> {
  const legacy = /^0\.[34]\./.test(version);
  const out: Record<string, unknown> = { cniVersion: version };
  if (result.interfaces) out.interfaces = result.interfaces.map((i) => ({ ...i }));
  if (result.ips) {
    out.ips = result.ips.map((ip) => {
      const base: Record<string, unknown> = legacy ? { version: ip.address.includes(':') ? '6' : '4' } : {};
      if (ip.interface !== undefined) base.interface = ip.interface;
      base.address = ip.address;
      if (ip.gateway) base.gateway = ip.gateway;
      return base;
    });
  }
  if (result.routes) out.routes = result.routes.map((r) => ({ ...r }));
  out.dns = { ...result.dns };
  return out;
}
