// portutil.ParseFlagP (pkg/portutil/portutil.go:47-126@v0.22.2): `-p [ip:][hostPort:]containerPort[/proto]`,
// ranges on both sides. A port without a host port gets one from portAllocate (port-allocate.ts).

import { parseGoIp } from '../../../go/net-ip';
import type { PortMapping } from './nerdctl-labels';
import type { PortAllocator } from './port-allocate';

/** nat.ParsePortRange: "80" or "8000-8010"; NaN-free bounds or undefined. */
function parsePortRange(text: string): { start: number; end: number } | undefined {
  if (text === '') return undefined;
  const [a = '', b] = text.split('-');
  const ok = (s: string) => /^\d+$/.test(s) && Number(s) <= 65535;
  if (!ok(a) || (b !== undefined && !ok(b))) return undefined;
  const start = Number(a);
  const end = b === undefined ? start : Number(b);
  return end < start ? undefined : { start, end };
}

function splitParts(raw: string): { ip: string; host: string; container: string } {
  const parts = raw.split(':');
  const n = parts.length;
  const container = parts[n - 1] ?? '';
  if (n === 1) return { ip: '', host: '', container };
  if (n === 2) return { ip: '', host: parts[0] ?? '', container };
  return { ip: parts.slice(0, n - 2).join(':'), host: parts[n - 2] ?? '', container };
}

export function parseFlagP(s: string, allocate: PortAllocator): PortMapping[] {
  let proto = 'tcp';
  const bySlash = s.split('/');
  if (bySlash.length === 2) {
    proto = (bySlash[1] ?? '').toLowerCase();
    if (proto !== 'tcp' && proto !== 'udp' && proto !== 'sctp') throw new Error(`invalid protocol ${JSON.stringify(bySlash[1])}`);
  } else if (bySlash.length > 2) {
    throw new Error(`failed to parse ${JSON.stringify(s)}, unexpected slashes`);
  }
  const { ip, host, container } = splitParts(bySlash[0] ?? '');
  if (container === '') throw new Error(`no port specified: ${bySlash[0]}`);
  const cport = parsePortRange(container);
  if (!cport) throw new Error(`invalid containerPort: ${container}`);
  const hport = host === '' ? allocate(proto, ip, cport.end - cport.start + 1) : parsePortRange(host);
  if (!hport) throw new Error(`invalid hostPort: ${host}`);
  if (host !== '' && cport.end - cport.start !== hport.end - hport.start && cport.end !== cport.start) {
    throw new Error(`invalid ranges specified for container and host Ports: ${container} and ${host}`);
  }
  if (ip !== '' && parseGoIp(ip) === undefined) throw new Error(`invalid ip address: ${ip}`);
  const out: PortMapping[] = [];
  for (let i = 0; i <= cport.end - cport.start; i++) {
    out.push({ HostPort: hport.start + i, ContainerPort: cport.start + i, Protocol: proto, HostIP: ip === '' ? '0.0.0.0' : ip });
  }
  return out;
}
