// `ip route` of busybox (iproute.c print_route, iproute_list_or_flush, iproute_get) over the
// namespace's IPv4 routes as the kernel keeps them: the main table holds the static routes
// (a container's default route through its gateway) and a connected route for each address of
// an up link; the local table a `local` route for each address (lo's whole 127.0.0.0/8) and a
// `broadcast` one for each subnet's broadcast address. Rows come in the kernel's dump order:
// the main table, then the local one, each by destination. busybox prints no `proto`, a blank
// before `src` and `metric`, and `table NAME` only when listing every table. IPv6 routes are
// not modelled (a docker container has none). Changes are refused as for `ip addr`.

import { broadcastOf, intToIp, ipToInt, maskOf, parseCidr } from '../../host/network/ip-address';
import { incomplete, indexInSubstrings, invalidArgument, IpExit, noDevice, parsePrefix, type Prefix, prefixMatches, RTNETLINK_EPERM, scopeNumber } from './ip-args';
import type { IpOptions } from './ip-addr';
import type { IpView } from './ip-links';

const SCOPE_NAMES: Record<number, string> = { 0: 'global', 200: 'site', 253: 'link', 254: 'host', 255: 'nowhere' };

interface Row {
  table: 'main' | 'local';
  type: 'unicast' | 'local' | 'broadcast';
  dst: number;
  bits: number;
  via?: string;
  dev: string;
  scope: number;
  src?: string;
  metric?: number;
}

/** Every IPv4 route of the namespace, main table first, each table by destination. */
function routes(v: IpView): Row[] {
  const main: Row[] = [];
  const local: Row[] = [];
  const up = new Set(v.ns.links.filter((l) => l.up).map((l) => l.name));
  for (const r of v.ns.routes) {
    if (!up.has(r.dev) || r.dst.includes(':')) continue;
    const isDefault = r.dst === 'default' || r.dst === '0.0.0.0/0';
    const [net = '0.0.0.0', len = '32'] = isDefault ? ['0.0.0.0', '0'] : r.dst.split('/');
    main.push({ table: 'main', type: 'unicast', dst: ipToInt(net), bits: Number(len), ...(r.via ? { via: r.via } : {}), dev: r.dev, scope: r.via ? 0 : 253, ...(r.metric !== undefined ? { metric: r.metric } : {}) });
  }
  for (const link of v.ns.links) {
    if (!link.up) continue;
    for (const a of link.addrs) {
      const cidr = parseCidr(`${a.ip}/${a.prefix}`);
      if (!cidr) continue;
      const base = (ipToInt(a.ip) & maskOf(a.prefix)) >>> 0;
      if (link.kind === 'loopback') {
        local.push({ table: 'local', type: 'local', dst: base, bits: a.prefix, dev: link.name, scope: 254, src: a.ip });
      } else if (a.prefix < 32) {
        main.push({ table: 'main', type: 'unicast', dst: base, bits: a.prefix, dev: link.name, scope: 253, src: a.ip });
      }
      if (a.prefix < 32 || link.kind !== 'loopback') local.push({ table: 'local', type: 'local', dst: ipToInt(a.ip), bits: 32, dev: link.name, scope: 254, src: a.ip });
      if (a.prefix < 31) local.push({ table: 'local', type: 'broadcast', dst: broadcastOf(cidr), bits: 32, dev: link.name, scope: 253, src: a.ip });
    }
  }
  const order = (a: Row, b: Row) => a.dst - b.dst || a.bits - b.bits;
  return [...main.sort(order), ...local.sort(order)];
}

/** One line as print_route writes it; `cloned` (a `route get` answer) prints no scope. */
function routeLine(r: Row, showTable: boolean, cloned: boolean): string {
  let out = r.type === 'unicast' ? '' : `${r.type} `;
  out += r.bits === 0 ? 'default ' : r.bits === 32 ? `${intToIp(r.dst)} ` : `${intToIp(r.dst)}/${r.bits} `;
  if (r.via) out += `via ${r.via} `;
  out += `dev ${r.dev} `;
  if (showTable && r.table !== 'main') out += `table ${r.table} `;
  if (!cloned && r.scope !== 0) out += `scope ${SCOPE_NAMES[r.scope] ?? r.scope} `;
  if (r.src) out += ` src ${r.src} `;
  if (r.metric !== undefined) out += ` metric ${r.metric} `;
  return `${out}\n`;
}

const ROUTE_COMMANDS = ['a', 'add', 'append', 'change', 'chg', 'delete', 'get', 'list', 'show', 'prepend', 'replace', 'test', 'flush'];

/** `ip route …`: stdout on success, IpExit otherwise. */
export function ipRoute(v: IpView, args: readonly string[], o: IpOptions): string {
  if (args[0] === undefined) return listRoutes(v, [], o, false);
  const cmd = ROUTE_COMMANDS[indexInSubstrings(ROUTE_COMMANDS, args[0])];
  const rest = args.slice(1);
  if (cmd === undefined) throw invalidArgument(args[0], 'ip', 1);
  if (cmd === 'get') return getRoute(v, rest);
  if (cmd === 'list' || cmd === 'show') return listRoutes(v, rest, o, false);
  if (cmd === 'flush') return listRoutes(v, rest, o, true);
  if (o.netAdmin) throw new IpExit(`ip route ${cmd}: changing routes is not simulated here`, 1);
  throw new IpExit(RTNETLINK_EPERM, 2);
}

function listRoutes(v: IpView, args: readonly string[], o: IpOptions, flush: boolean): string {
  if (flush && args.length === 0) throw new IpExit('"ip route flush" requires an argument', 1);
  let table: 'main' | 'local' | 'all' | 'cache' = 'main';
  let dev: string | undefined;
  let scope: number | undefined;
  let to: Prefix | undefined;
  for (let i = 0; i < args.length; i++) {
    const next = () => {
      i++;
      if (i >= args.length) throw incomplete(1);
      return args[i] ?? '';
    };
    const word = args[i] ?? '';
    if (word === 'dev' || word === 'oif') dev = next();
    else if (word === 'table') {
      const t = next();
      table = t === 'all' || t === 'cache' || t === 'local' || t === 'main' ? t : table;
      if (t === '255') table = 'local';
      else if (t === '254') table = 'main';
      else if (table !== t) throw invalidArgument(t, 'table', 1);
    } else if (word === 'cache') table = 'cache';
    else if (word === 'scope') {
      const s = next();
      scope = scopeNumber(s);
      if (scope === undefined && s !== 'all') throw invalidArgument(s, 'scope', 1);
    } else if (word === 'proto' || word === 'protocol' || word === 'via' || word === 'iif' || word === 'from') next();
    else {
      const arg = word === 'to' ? next() : word;
      to = parsePrefix(arg === 'root' || arg === 'match' || arg === 'exact' ? next() : arg, 1);
    }
  }
  if (dev !== undefined && !v.ns.links.some((l) => l.name === dev)) throw noDevice(dev, 1);
  // "default" without -4 names no family: busybox then filters nothing.
  const family = o.family ?? (to?.network !== undefined ? 'inet' : undefined);
  if (o.family === 'inet6' || table === 'cache') return '';
  const rows = routes(v).filter((r) => {
    if (table !== 'all' && r.table !== table) return false;
    if (dev !== undefined && r.dev !== dev) return false;
    if (scope !== undefined && r.scope !== scope) return false;
    if (to && family === 'inet' && (r.bits !== to.bits || !prefixMatches(r.dst, to.network ?? 0, to.bits))) return false;
    return true;
  });
  if (flush) {
    if (rows.length === 0) return '';
    if (o.netAdmin) throw new IpExit('ip route flush: changing routes is not simulated here', 1);
    throw new IpExit("can't send flush request: Operation not permitted", 1);
  }
  return rows.map((r) => routeLine(r, table === 'all', false)).join('');
}

/** `ip route get ADDR`: the route the kernel would take (fib_lookup), printed as a cloned route. */
function getRoute(v: IpView, args: readonly string[]): string {
  let target: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const word = args[i] ?? '';
    if (['from', 'iif', 'oif', 'dev'].includes(word)) i++;
    else if (word === 'notify' || word === 'connected') continue;
    else {
      const arg = word === 'to' ? (args[++i] ?? '') : word;
      const ip = ipToInt(arg.split('/')[0] ?? '');
      if (!Number.isNaN(ip)) target = ip;
    }
  }
  if (target === undefined) throw new IpExit('need at least destination address', 1);
  const all = routes(v);
  const hit = (table: 'main' | 'local') =>
    all.filter((r) => r.table === table && prefixMatches(target ?? 0, r.dst, r.bits)).sort((a, b) => b.bits - a.bits)[0];
  const local = hit('local');
  if (local?.type === 'local') {
    // Local traffic goes through lo, from the address itself (or lo's own for 127/8).
    const src = local.bits === 32 ? intToIp(target) : local.src;
    return routeLine({ ...local, dst: target, bits: 32, dev: 'lo', ...(src ? { src } : {}) }, false, true);
  }
  const route = hit('main');
  if (!route) throw new IpExit('RTNETLINK answers: Network is unreachable', 2);
  const src = route.src ?? v.ns.links.find((l) => l.name === route.dev)?.addrs[0]?.ip;
  const { metric: _metric, ...shown } = route;
  return routeLine({ ...shown, dst: target, bits: 32, ...(src ? { src } : {}) }, false, true);
}
