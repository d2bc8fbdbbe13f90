// `ip` of iproute2 6.1 on the node: address (a, addr), link (l), route (r, ro) and netns list,
// over the node's own network namespace (host/network): lo and eth0 from boot, the CNI bridges
// (cni0, nerdctl0) and the host ends of containers' veths once created. Objects and commands
// match by prefix as ip/ip.c's matches() does; what changes the network (add, del, set) is not
// simulated here and says so.

import type { CommandIO } from '../../cli/spec';
import type { Node } from '../../node';
import { nodeCommand } from './command-host';
import { displayName, headerLine, inet6Lines, inetLines, linkLine, netnsIdsOf, type LinkView } from './ip-format';
import { HOST_NETNS, hasCarrier, intToIp, ipToInt, maskOf, networkView, viewNetns, type LinkRecord } from './ip-model';

const OBJECTS = ['address', 'addrlabel', 'maddress', 'route', 'rule', 'neighbor', 'neighbour', 'ntable', 'ntbl', 'link', 'l2tp', 'fou', 'ila', 'macsec', 'tunnel', 'tunl', 'tuntap', 'tap', 'token', 'tcpmetrics', 'tcp_metrics', 'monitor', 'xfrm', 'mroute', 'mrule', 'netns', 'netconf', 'vrf', 'sr', 'nexthop', 'mptcp', 'ioam', 'stats', 'help'];
const SHOW = ['show', 'list', 'lst'];

interface IpOptions {
  family?: 4 | 6;
  brief: boolean;
}

const matches = (word: string, full: string) => word.length > 0 && full.startsWith(word);

function view(node: Node): LinkView {
  const net = networkView(node);
  const ns = viewNetns(net, HOST_NETNS);
  return { net, ns, netnsIds: netnsIdsOf(ns) };
}

/** `[show] [dev] NAME`: the one link named, all without a name; undefined when the command is another. */
function selectLinks(v: LinkView, args: string[], object: string, io: CommandIO): LinkRecord[] | number {
  let rest = args;
  if (rest[0] !== undefined && SHOW.some((s) => matches(rest[0] ?? '', s))) rest = rest.slice(1);
  else if (rest[0] !== undefined && rest[0] !== 'dev') {
    const verb = rest[0];
    if (['add', 'delete', 'del', 'change', 'replace', 'set', 'flush'].some((s) => matches(verb, s))) {
      io.stderr(`ip ${object} ${verb}: not simulated here; see ip-${object}(8)\n`);
      return 1;
    }
    io.stderr(`Command "${verb}" is unknown, try "ip ${object} help".\n`);
    return 255;
  }
  if (rest[0] === 'dev') rest = rest.slice(1);
  const name = rest.find((w) => w !== 'up');
  const up = rest.includes('up');
  let links = v.ns.links.filter((l) => !up || l.up);
  if (name !== undefined) {
    links = links.filter((l) => l.name === name);
    if (links.length === 0) {
      io.stderr(`Device "${name}" does not exist.\n`);
      return 1;
    }
  }
  return links;
}

function briefState(v: LinkView, link: LinkRecord): string {
  if (!link.up) return 'DOWN';
  if (link.kind === 'loopback') return 'UNKNOWN';
  return hasCarrier(v.net, v.ns, link) ? 'UP' : 'DOWN';
}

function addressShow(v: LinkView, links: LinkRecord[], o: IpOptions): string {
  let out = '';
  for (const link of links) {
    const v4 = o.family === 6 ? [] : inetLines(link);
    const v6 = o.family === 4 ? [] : inet6Lines(link);
    if (o.brief) {
      const addrs = [...link.addrs.map((a) => `${a.ip}/${a.prefix}`), ...v6.filter((l) => l.startsWith('    inet6')).map((l) => l.trim().split(' ')[1] ?? '')];
      if (o.family === 4) addrs.splice(link.addrs.length);
      out += `${displayName(link).padEnd(16)} ${briefState(v, link).padEnd(14)} ${addrs.map((a) => `${a} `).join('')}\n`;
      continue;
    }
    if (o.family !== undefined && v4.length + v6.length === 0) continue;
    // With a family filter the link/ line is left out and its netns note moves up (recorded).
    const header = headerLine(v, link, false);
    if (o.family === 4) out += `${header}${linkLine(v, link).replace(/^.*brd ff:ff:ff:ff:ff:ff/, '').replace(/^    link\/loopback.*/, '')}\n`;
    else out += `${header}\n${linkLine(v, link)}\n`;
    for (const line of [...v4, ...v6]) out += `${line}\n`;
  }
  return out;
}

function linkShow(v: LinkView, links: LinkRecord[], o: IpOptions): string {
  let out = '';
  for (const link of links) {
    if (o.brief) {
      out += `${displayName(link).padEnd(16)} ${briefState(v, link).padEnd(14)} ${link.mac} <${headerLine(v, link, false).split('<')[1]?.split('>')[0] ?? ''}> \n`;
      continue;
    }
    out += `${headerLine(v, link, true)}\n${linkLine(v, link)}\n`;
  }
  return out;
}

/** The main table: static routes, then each address's connected route ("linkdown" without carrier), in address order. */
function routeShow(v: LinkView, args: string[]): string {
  const rows: Array<{ key: number; prefix: number; text: string; dst: string }> = [];
  for (const r of v.ns.routes) {
    const isDefault = r.dst === 'default' || r.dst === '0.0.0.0/0';
    const [net = '', len = '32'] = isDefault ? ['0.0.0.0', '0'] : r.dst.split('/');
    const text = `${isDefault ? 'default' : r.dst} ${r.via ? `via ${r.via} ` : ''}dev ${r.dev} ${r.proto ? `proto ${r.proto} ` : ''}${r.metric !== undefined ? `metric ${r.metric} ` : ''}`;
    rows.push({ key: ipToInt(net), prefix: Number(len), text, dst: isDefault ? 'default' : r.dst });
  }
  for (const link of v.ns.links) {
    if (!link.up || link.kind === 'loopback') continue;
    for (const a of link.addrs) {
      const network = (ipToInt(a.ip) & maskOf(a.prefix)) >>> 0;
      const down = hasCarrier(v.net, v.ns, link) ? '' : 'linkdown ';
      rows.push({ key: network, prefix: a.prefix, dst: `${intToIp(network)}/${a.prefix}`, text: `${intToIp(network)}/${a.prefix} dev ${link.name} proto kernel scope link src ${a.ip} ${down}` });
    }
  }
  rows.sort((a, b) => a.key - b.key || a.prefix - b.prefix);
  const rest = args[0] !== undefined && SHOW.some((s) => matches(args[0] ?? '', s)) ? args.slice(1) : args;
  const wanted = rest[0];
  return rows.filter((r) => wanted === undefined || r.dst === wanted || (wanted === 'default' && r.dst === 'default')).map((r) => `${r.text}\n`).join('');
}

function netnsList(node: Node): string {
  const named = Object.keys(networkView(node).namespaces)
    .map((p) => /^\/(?:var\/)?run\/netns\/([^/]+)$/.exec(p)?.[1])
    .filter((n): n is string => n !== undefined);
  return named.map((n, i) => `${n} (id: ${i})\n`).reverse().join('');
}

export const ipCommand = nodeCommand('ip', (args, io, node) => {
  const o: IpOptions = { brief: false };
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i] ?? '';
    if (!a.startsWith('-')) break;
    if (a === '-4') o.family = 4;
    else if (a === '-6') o.family = 6;
    else if (matches(a.slice(1), 'brief') || a === '-br') o.brief = true;
    else if (a === '-V' || matches(a.slice(1), 'Version')) {
      io.stdout('ip utility, iproute2-6.1.0, libbpf 1.1.2\n');
      return 0;
    } else if (matches(a.slice(1), 'color') || a.startsWith('-color') || a === '-c') continue;
    else {
      io.stderr(`Option "${a}" is unknown, try "ip -help".\n`);
      return 255;
    }
  }
  const word = args[i];
  const rest = args.slice(i + 1);
  if (word === undefined) {
    io.stderr('Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\n       ip [ -force ] -batch filename\nwhere  OBJECT := { address | addrlabel | amt | fou | help | ila | ioam | l2tp | link |\n                   macsec | maddress | monitor | mptcp | mroute | mrule |\n                   neighbor | neighbour | netconf | netns | nexthop | ntable |\n                   ntbl | route | rule | sr | tap | tcpmetrics |\n                   token | tunnel | tuntap | vrf | xfrm }\n       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[esolve] |\n                    -h[uman-readable] | -iec | -j[son] | -p[retty] |\n                    -f[amily] { inet | inet6 | mpls | bridge | link } |\n                    -4 | -6 | -M | -B | -0 |\n                    -l[oops] { maximum-addr-flush-attempts } | -br[ief] |\n                    -o[neline] | -t[imestamp] | -ts[hort] | -b[atch] [filename] |\n                    -rc[vbuf] [size] | -n[etns] name | -N[umeric] | -a[ll] |\n                    -c[olor]}\n');
    return 255;
  }
  const object = OBJECTS.find((obj) => matches(word, obj));
  const v = view(node);
  if (object === 'address' || object === 'link') {
    const links = selectLinks(v, rest, object, io);
    if (typeof links === 'number') return links;
    io.stdout(object === 'address' ? addressShow(v, links, o) : linkShow(v, links, o));
    return 0;
  }
  if (object === 'route') {
    const verb = rest[0];
    if (verb !== undefined && !SHOW.some((s) => matches(verb, s)) && verb !== 'default' && !/^\d/.test(verb)) {
      if (['add', 'delete', 'del', 'change', 'replace', 'flush', 'get'].some((s) => matches(verb, s))) {
        io.stderr(`ip route ${verb}: not simulated here; see ip-route(8)\n`);
        return 1;
      }
      io.stderr(`Command "${verb}" is unknown, try "ip route help".\n`);
      return 255;
    }
    if (o.family !== 6) io.stdout(routeShow(v, rest));
    return 0;
  }
  if (object === 'netns' && (rest.length === 0 || SHOW.some((s) => matches(rest[0] ?? '', s)))) {
    io.stdout(netnsList(node));
    return 0;
  }
  if (object === undefined) {
    io.stderr(`Object "${word}" is unknown, try "ip help".\n`);
    return 1;
  }
  io.stderr(`ip ${object}: not simulated here; see ip-${object}(8)\n`);
  return 1;
});
