// The host-local IPAM plugin (containernetworking/plugins v1.1.1 plugins/ipam/host-local):
// addresses from the ranges of its config, one file per address under
// /var/lib/cni/networks/<network name>/ holding "<container id>\r\n<ifname>" (disk/backend.go),
// and last_reserved_ip.<range set index> with the last address handed out, from which the next
// search starts (allocator.go: round-robin, wrapping to the range's start; the gateway is
// skipped). A container that already holds an address of the range set is refused, as the
// spec forbids a duplicate allocation.

import { binaryToText, isVfsError, mkdir, readdir, readFile, rm, textToBinary, writeFile, type Files } from '../vfs';
import { broadcastOf, intToIp, ipToInt, parseCidr, type Cidr } from '../network/ip-address';
import { CniError, type CniIpConfig, type CniRoute } from './cni-types';
import { requestedIps } from './ipam-args';

const DEFAULT_DATA_DIR = '/var/lib/cni/networks';
/** disk.LineBreak: the store writes Windows line ends between the id and the interface name. */
const LINE_BREAK = '\r\n';

interface Range {
  subnet: Cidr;
  start: number;
  end: number;
  gateway: number;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined);

/** range.Canonicalize: start defaults to .1, end to the broadcast minus one, gateway to .1. */
function canonical(raw: Json): Range {
  const subnet = typeof raw.subnet === 'string' ? parseCidr(raw.subnet) : undefined;
  if (!subnet) throw new CniError(999, `invalid CIDR address: ${String(raw.subnet ?? '')}`);
  const first = subnet.network + 1;
  const last = broadcastOf(subnet) - 1;
  const start = typeof raw.rangeStart === 'string' ? ipToInt(raw.rangeStart) : first;
  const end = typeof raw.rangeEnd === 'string' ? ipToInt(raw.rangeEnd) : last;
  const gateway = typeof raw.gateway === 'string' ? ipToInt(raw.gateway) : first;
  return { subnet, start, end, gateway };
}

/** The range sets of an ipam section: `ranges`, or the older single `subnet`. */
function rangeSets(ipam: Json): Range[][] {
  if (Array.isArray(ipam.ranges)) return ipam.ranges.map((set) => (Array.isArray(set) ? set : []).map((r) => canonical(obj(r) ?? {})));
  if (typeof ipam.subnet === 'string') return [[canonical(ipam)]];
  throw new CniError(999, 'no IP ranges specified');
}

export interface HostLocalResult {
  ips: CniIpConfig[];
  routes: CniRoute[];
}

function storeDir(ipam: Json, network: string): string {
  const dataDir = typeof ipam.dataDir === 'string' ? ipam.dataDir : DEFAULT_DATA_DIR;
  return `${dataDir}/${network}`;
}

function list(files: Files, dir: string): string[] {
  try {
    return readdir(files, dir);
  } catch (err) {
    if (isVfsError(err)) return [];
    throw err;
  }
}

function owner(files: Files, path: string): { id: string; ifName: string } | undefined {
  try {
    const [id = '', ifName = ''] = binaryToText(readFile(files, path)).split(LINE_BREAK);
    return { id: id.trim(), ifName: ifName.trim() };
  } catch (err) {
    if (isVfsError(err)) return undefined;
    throw err;
  }
}

function rangeText(set: Range[]): string {
  return set.map((r) => `${intToIp(r.start)}-${intToIp(r.end)}`).join(',');
}

/**
 * ADD: one address per range set, written to the store. `args` is CNI_ARGS: an `IP` there is
 * taken from the range set that contains it (main.go cmdAdd), and one no set contains fails
 * the whole ADD after the others were allocated and released again.
 */
export function hostLocalAdd(files: Files, ipam: Json, network: string, containerId: string, ifName: string, mtimeMs: number, args: Readonly<Record<string, string>> = {}): HostLocalResult {
  const requested = requestedIps(args);
  const sets = rangeSets(ipam);
  const dir = storeDir(ipam, network);
  mkdir(files, dir, { parents: true, mode: 0o755, mtimeMs });
  // The store's lock file: flock(2) on it serialises the plugin's runs (0750 on a real node).
  if (!list(files, dir).includes('lock')) writeFile(files, `${dir}/lock`, '', { mode: 0o750, mtimeMs });
  const taken = new Set(list(files, dir).filter((n) => !Number.isNaN(ipToInt(n))));
  const ips: CniIpConfig[] = [];
  const reserve = (ip: string, index: number) => {
    writeFile(files, `${dir}/${ip}`, textToBinary(`${containerId}${LINE_BREAK}${ifName}`), { mode: 0o644, mtimeMs });
    writeFile(files, `${dir}/last_reserved_ip.${index}`, ip, { mode: 0o644, mtimeMs });
    taken.add(ip);
  };
  // On a failure, what this ADD reserved goes again (Release); last_reserved_ip stays moved.
  const releaseAll = () => {
    for (const ip of ips) rm(files, `${dir}/${ip.address.split('/')[0] ?? ''}`, { force: true });
  };
  sets.forEach((set, index) => {
    const wanted = requested.findIndex((ip) => set.some((r) => ip >= r.start && ip <= r.end));
    if (wanted >= 0) {
      const ip = requested.splice(wanted, 1)[0] ?? 0;
      const range = set.find((r) => ip >= r.start && ip <= r.end) as Range;
      const text = intToIp(ip);
      let problem: string | undefined;
      if (ip === range.gateway) problem = `requested ip ${text} is subnet's gateway`;
      else if (taken.has(text)) problem = `requested IP address ${text} is not available in range set ${rangeText(set)}`;
      if (problem) {
        releaseAll();
        throw new CniError(999, `failed to allocate for range ${index}: ${problem}`);
      }
      reserve(text, index);
      ips.push({ address: `${text}/${range.subnet.prefix}`, gateway: intToIp(range.gateway) });
      return;
    }
    for (const name of taken) {
      const o = owner(files, `${dir}/${name}`);
      const n = ipToInt(name);
      if (o && o.id === containerId && o.ifName === ifName && set.some((r) => n >= r.start && n <= r.end)) {
        releaseAll();
        throw new CniError(999, `failed to allocate for range ${index}: ${name} has been allocated to ${containerId}, duplicate allocation is not allowed`);
      }
    }
    const lastPath = `${dir}/last_reserved_ip.${index}`;
    let last: number | undefined;
    try {
      last = ipToInt(binaryToText(readFile(files, lastPath)).trim());
    } catch (err) {
      if (!isVfsError(err)) throw err;
    }
    // RangeIter: start right after the last reserved address when it is in the set, else at the start.
    const sizes = set.map((r) => Math.max(0, r.end - r.start + 1));
    const total = sizes.reduce((a, b) => a + b, 0);
    const nth = (k: number): { ip: number; range: Range } => {
      let rest = k;
      for (const [i, r] of set.entries()) {
        const size = sizes[i] ?? 0;
        if (rest < size) return { ip: r.start + rest, range: r };
        rest -= size;
      }
      throw new Error('range index out of bounds');
    };
    let at = -1;
    if (last !== undefined) {
      let offset = 0;
      for (const [i, r] of set.entries()) {
        if (last >= r.start && last <= r.end) at = offset + (last - r.start);
        offset += sizes[i] ?? 0;
      }
    }
    let chosen: { ip: number; range: Range } | undefined;
    for (let i = 1; i <= total; i++) {
      const c = nth((at + i) % total);
      if (c.ip === c.range.gateway || taken.has(intToIp(c.ip))) continue;
      chosen = c;
      break;
    }
    if (!chosen) {
      releaseAll();
      throw new CniError(999, `failed to allocate for range ${index}: no IP addresses available in range set: ${rangeText(set)}`);
    }
    const ip = intToIp(chosen.ip);
    reserve(ip, index);
    ips.push({ address: `${ip}/${chosen.range.subnet.prefix}`, gateway: intToIp(chosen.range.gateway) });
  });
  if (requested.length > 0) {
    releaseAll();
    throw new CniError(999, `failed to allocate all requested IPs: ${requested.map(intToIp).join(' ')}`);
  }
  const routes = (Array.isArray(ipam.routes) ? ipam.routes : []).map(obj).filter((r): r is Json => !!r && typeof r.dst === 'string').map((r) => {
    const route: CniRoute = { dst: String(r.dst) };
    if (typeof r.gw === 'string') route.gw = r.gw;
    return route;
  });
  return { ips, routes };
}

/** DEL: frees every address the container holds through `ifName` (ReleaseByID); nothing held is fine. */
export function hostLocalDel(files: Files, ipam: Json, network: string, containerId: string, ifName: string): void {
  const dir = storeDir(ipam, network);
  for (const name of list(files, dir)) {
    if (Number.isNaN(ipToInt(name))) continue;
    const o = owner(files, `${dir}/${name}`);
    if (o && o.id === containerId && o.ifName === ifName) rm(files, `${dir}/${name}`, { force: true });
  }
}

/** The addresses the store holds now, with their owners (for tests and `nerdctl network inspect`). */
export function hostLocalAllocations(files: Files, network: string, dataDir = DEFAULT_DATA_DIR): Array<{ ip: string; containerId: string; ifName: string }> {
  const dir = `${dataDir}/${network}`;
  return list(files, dir)
    .filter((n) => !Number.isNaN(ipToInt(n)))
    .map((ip) => ({ ip, ...(owner(files, `${dir}/${ip}`) ?? { id: '', ifName: '' }) }))
    .map((a) => ({ ip: a.ip, containerId: 'id' in a ? a.id : '', ifName: a.ifName }));
}
