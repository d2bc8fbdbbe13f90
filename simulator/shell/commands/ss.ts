// `ss` of iproute2 6.1 for the node's own network namespace: -t/-u/-l/-a/-n/-p in any bundle
// (ss -lnt, -tlnp, -lntp). The sockets come from host/network's listener table, which is
// derived from the running tasks (and containerd's own streaming server on 127.0.0.1): a
// server in a container's namespace is not the node's and does not show. A port published
// through CNI's portmap shows nothing either: portmap adds iptables DNAT rules and opens no
// socket on the node (checked with the real plugins: `ss -lnt` stays empty after the ADD).
//
// Layout follows misc/ss.c render(): columns sized to their widest cell (the compact form when
// stdout is not a terminal; on a terminal the spare width is spread over the columns), Local
// and Peer addresses right-aligned with their ports left-aligned after them.

import type { CommandIO } from '../../cli/spec';
import type { Node } from '../../node';
import { nodeCommand } from './command-host';
import { allListeners, HOST_NETNS, type Listener } from './ip-model';

/** /etc/services names of the ports a learner meets (ss without -n). */
const SERVICES: Record<number, string> = { 22: 'ssh', 53: 'domain', 80: 'http', 443: 'https', 5000: '5000', 8080: 'http-alt' };

interface SsOptions {
  tcp: boolean;
  udp: boolean;
  listening: boolean;
  all: boolean;
  numeric: boolean;
  processes: boolean;
}

interface Column {
  header: string;
  align: 'left' | 'right';
  /** Printed before the cell unless it starts the line. */
  delim: string;
}

const COLUMNS: Column[] = [
  { header: 'Netid', align: 'left', delim: '' },
  { header: 'State', align: 'left', delim: ' ' },
  { header: 'Recv-Q', align: 'left', delim: ' ' },
  { header: 'Send-Q', align: 'left', delim: ' ' },
  { header: 'Local Address:', align: 'right', delim: ' ' },
  { header: 'Port', align: 'left', delim: '' },
  { header: 'Peer Address:', align: 'right', delim: ' ' },
  { header: 'Port', align: 'left', delim: '' },
  { header: 'Process', align: 'left', delim: '' },
];

function parse(args: string[], io: CommandIO): SsOptions | number {
  const o: SsOptions = { tcp: false, udp: false, listening: false, all: false, numeric: false, processes: false };
  const long: Record<string, keyof SsOptions> = { tcp: 'tcp', udp: 'udp', listening: 'listening', all: 'all', numeric: 'numeric', processes: 'processes' };
  const short: Record<string, keyof SsOptions> = { t: 'tcp', u: 'udp', l: 'listening', a: 'all', n: 'numeric', p: 'processes' };
  for (const a of args) {
    if (a.startsWith('--') && long[a.slice(2)]) o[long[a.slice(2)] as keyof SsOptions] = true;
    else if (/^-[a-zA-Z]+$/.test(a) && [...a.slice(1)].every((c) => short[c])) for (const c of a.slice(1)) o[short[c] as keyof SsOptions] = true;
    else if (a.startsWith('-')) {
      io.stderr(`ss: invalid option -- '${a.replace(/^-+/, '')[0] ?? ''}'\n`);
      return 255;
    } else {
      io.stderr(`ss: filters are not simulated here; see ss(8)\n`);
      return 1;
    }
  }
  return o;
}

function address(ip: string): string {
  if (ip === '::') return '[::]';
  return ip.includes(':') ? `[${ip}]` : ip;
}

function port(n: number, o: SsOptions): string {
  return o.numeric ? String(n) : (SERVICES[n] ?? String(n));
}

/** The cells of one socket, one per column ('' where a column says nothing). */
function row(l: Listener, o: SsOptions, netid: boolean): string[] {
  const any = l.ip.includes(':') ? '[::]' : '0.0.0.0';
  const proc = o.processes && l.process ? ` users:(("${l.process.name}",pid=${l.process.pid},fd=${l.process.fd}))` : '';
  const state = l.protocol === 'udp' ? 'UNCONN' : 'LISTEN';
  const sendQ = l.protocol === 'udp' ? 0 : l.backlog;
  return [netid ? l.protocol : '', state, '0'.padEnd(6), String(sendQ).padEnd(6), `${address(l.ip)}:`, port(l.port, o), `${any}:`, '*', proc];
}

/** misc/ss.c render_calc_width + render: compact widths, then on a terminal spread the rest. */
function render(rows: string[][], enabled: boolean[], screen: number | undefined): string {
  const cols = COLUMNS.map((c, i) => ({ ...c, i })).filter((c) => enabled[c.i]);
  const width = cols.map((c, k) => {
    const max = Math.max(...rows.map((r) => (r[c.i] ?? '').length));
    return k > 0 && max > 0 ? max + c.delim.length : max;
  });
  if (screen !== undefined) {
    // Second pass: columns fit on one line here; the remaining space goes round them, from the right.
    const used = width.reduce((a, b) => a + b, 0);
    const active = width.filter((w) => w > 0).length;
    if (used < screen && active > 0) {
      const pad = screen - used;
      let rem = pad % active;
      for (let k = width.length - 1; k >= 0; k--) {
        if ((width[k] ?? 0) === 0) continue;
        width[k] = (width[k] ?? 0) + Math.floor(pad / active) + (rem > 0 ? 1 : 0);
        if (rem > 0) rem -= 1;
      }
    }
  }
  return rows
    .map((r) => {
      let line = '';
      cols.forEach((c, k) => {
        const cell = r[c.i] ?? '';
        let printed = k > 0 ? c.delim.length : 0;
        if (k > 0) line += c.delim;
        const w = width[k] ?? 0;
        if (w > 0 && c.align === 'right') {
          const s = w - cell.length - printed;
          if (s > 0) line += ' '.repeat(s);
          printed += Math.max(0, s);
        }
        line += cell;
        printed += cell.length;
        if (w > 0 && c.align === 'left' && w - printed > 0) line += ' '.repeat(w - printed);
      });
      return `${line}\n`;
    })
    .join('');
}

function sockets(node: Node, o: SsOptions): Listener[] {
  const wantTcp = o.tcp || !o.udp;
  return allListeners(node)
    .filter((l) => l.netns === HOST_NETNS)
    .filter((l) => (l.protocol === 'tcp' ? wantTcp : o.udp))
    // Without -l or -a ss lists connected sockets only, and the node has none open.
    .filter(() => o.listening || o.all)
    // The kernel's table lists IPv4 sockets before IPv6 ones.
    .sort((a, b) => Number(a.ip.includes(':')) - Number(b.ip.includes(':')));
}

export const ssCommand = nodeCommand('ss', (args, io, node) => {
  const o = parse(args, io);
  if (typeof o === 'number') return o;
  const netid = (o.tcp && o.udp) || (!o.tcp && !o.udp);
  const enabled = COLUMNS.map((c) => c.header !== 'Netid' || netid);
  const header = COLUMNS.map((c) => c.header);
  const rows = [header, ...sockets(node, o).map((l) => row(l, o, netid))];
  io.stdout(render(rows, enabled, io.isTTY ? (io.columns ?? 80) : undefined));
  return 0;
});
