// The namespace and kernel flags of `docker run`/`create` as docker/cli 20.10.24 reads them
// (cli/command/container/opts.go parse, opts.UlimitOpt, opts.ValidateSysctl, opts.ValidateMACAddress,
// parseNetworkOpts): --ulimit and --sysctl are refused while the flags are parsed (pflag's
// `invalid argument …` line), --mac-address, --pid and --uts by parse (`docker: <msg>.`);
// --ipc goes to the daemon unchecked, as do --ip and --network-alias (the endpoint settings of
// the container's network mode).

import { parseUlimit } from '../../parse-ulimit';

/** The checks' refusals: `flag` set when pflag refuses the value (printed bare). */
export class NamespaceOptError extends Error {
  constructor(
    message: string,
    readonly flag?: string,
    readonly raw?: string,
  ) {
    super(flag ? `invalid argument "${raw}" for "${flag}" flag: ${message}` : message);
  }
}

/** opts.ValidateSysctl: the namespaced sysctls docker lets a container set. */
const SYSCTL_NAMES = new Set(['kernel.msgmax', 'kernel.msgmnb', 'kernel.msgmni', 'kernel.sem', 'kernel.shmall', 'kernel.shmmax', 'kernel.shmmni', 'kernel.shm_rmid_forced']);
const SYSCTL_PREFIXES = ['net.', 'fs.mqueue.'];

function sysctls(values: readonly string[]): Record<string, string> | undefined {
  if (values.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const raw of values) {
    const parts = raw.split('=');
    const name = parts[0] ?? '';
    if (parts.length < 2 || !(SYSCTL_NAMES.has(name) || SYSCTL_PREFIXES.some((p) => name.startsWith(p)))) {
      throw new NamespaceOptError(`sysctl '${raw}' is not whitelisted`, '--sysctl', raw);
    }
    // ConvertKVStringsToMap: the first `=` splits.
    out[name] = raw.slice(name.length + 1);
  }
  return out;
}

/** UlimitOpt.Set (go-units ParseUlimit); a later value of the same name replaces the earlier. */
function ulimits(values: readonly string[]): Array<{ Name: string; Hard: number; Soft: number }> | undefined {
  if (values.length === 0) return undefined;
  const byName = new Map<string, { Name: string; Hard: number; Soft: number }>();
  for (const raw of values) {
    try {
      const u = parseUlimit(raw);
      byName.set(u.name, { Name: u.name, Hard: u.hard, Soft: u.soft });
    } catch (err) {
      throw new NamespaceOptError(err instanceof Error ? err.message : String(err), '--ulimit', raw);
    }
  }
  return [...byName.values()];
}

/** net.ParseMAC: 6, 8 or 20 bytes as hex pairs split by `:` or `-`, or dotted groups of four. */
function isMac(text: string): boolean {
  const bytes = (n: number) => n === 6 || n === 8 || n === 20;
  for (const sep of [':', '-']) {
    const parts = text.split(sep);
    if (parts.length > 1 && bytes(parts.length) && parts.every((p) => /^[0-9a-fA-F]{2}$/.test(p))) return true;
  }
  const groups = text.split('.');
  return groups.length > 1 && bytes(groups.length * 2) && groups.every((g) => /^[0-9a-fA-F]{4}$/.test(g));
}

/** PidMode.Valid: "", host or container:<name>; UTSMode.Valid: "" or host. */
function validPid(mode: string): boolean {
  const parts = mode.split(':');
  if (parts[0] === '' || parts[0] === 'host') return true;
  return parts[0] === 'container' && parts.length === 2 && parts[1] !== '';
}
const validUts = (mode: string) => ['', 'host'].includes(mode.split(':')[0] ?? '');

export interface NamespaceFlags {
  ulimit: readonly string[];
  sysctl: readonly string[];
  macAddress: string;
  pid: string;
  uts: string;
  ipc: string;
  ip: string;
  /** --ip6 and --link-local-ip: the endpoint's IPAMConfig too. */
  ip6: string;
  linkLocalIps: string[];
  aliases: readonly string[];
  networkMode: string;
}

/** The flags' values checked as the CLI parses them (pflag's first). */
export function checkFlagValues(f: NamespaceFlags): { Ulimits?: ReturnType<typeof ulimits>; Sysctls?: Record<string, string> } {
  const u = ulimits(f.ulimit);
  const s = sysctls(f.sysctl);
  return { ...(u ? { Ulimits: u } : {}), ...(s ? { Sysctls: s } : {}) };
}

/** parse's own checks and what they add to Config, HostConfig and NetworkingConfig. */
export function namespaceSettings(f: NamespaceFlags): { config: Record<string, unknown>; host: Record<string, unknown>; networking?: Record<string, unknown> } {
  if (f.macAddress !== '' && !isMac(f.macAddress)) throw new NamespaceOptError(`${f.macAddress} is not a valid mac address`);
  if (!validPid(f.pid)) throw new NamespaceOptError('--pid: invalid PID mode');
  if (!validUts(f.uts)) throw new NamespaceOptError('--uts: invalid UTS mode');
  const host: Record<string, unknown> = {};
  if (f.pid !== '') host.PidMode = f.pid;
  if (f.uts !== '') host.UTSMode = f.uts;
  if (f.ipc !== '') host.IpcMode = f.ipc;
  const endpoint: Record<string, unknown> = {};
  const ipam = { ...(f.ip !== '' ? { IPv4Address: f.ip } : {}), ...(f.ip6 !== '' ? { IPv6Address: f.ip6 } : {}), ...(f.linkLocalIps.length > 0 ? { LinkLocalIPs: [...f.linkLocalIps] } : {}) };
  if (Object.keys(ipam).length > 0) endpoint.IPAMConfig = ipam;
  if (f.aliases.length > 0) endpoint.Aliases = [...f.aliases];
  const networking = Object.keys(endpoint).length > 0 ? { EndpointsConfig: { [f.networkMode]: endpoint } } : undefined;
  return { config: f.macAddress !== '' ? { MacAddress: f.macAddress } : {}, host, ...(networking ? { networking } : {}) };
}
