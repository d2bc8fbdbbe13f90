// -p/--publish as the docker 20.10 CLI reads it: go-connections nat.ParsePortSpecs over each
// `[ip:][hostPort:]containerPort[/proto]`, ports and ranges parsed as 16-bit numbers
// (strconv.ParseUint(s, 10, 16)), so `-p 70000:80` is refused before anything reaches the
// daemon, with nat's own words ("Invalid hostPort: 70000"). A single container port with a
// host range keeps the range as its host port (the daemon allocates within it).

import { parseGoIp } from './net-ip';

/** One host binding of a container port. */
export interface PortBinding {
  HostIp: string;
  HostPort: string;
}

export interface PortSpecs {
  /** `80/tcp` → {} for each container port a spec names. */
  exposed: Record<string, Record<string, never>>;
  bindings: Record<string, PortBinding[]>;
}

/** strconv.ParseUint(s, 10, 16): digits only, at most 65535. */
function parseUint16(s: string): number | undefined {
  if (!/^[0-9]+$/.test(s)) return undefined;
  const n = Number(s);
  return n <= 65535 ? n : undefined;
}

/** nat.ParsePortRange: `8000` or `8000-9000`; undefined when it is neither. */
export function parsePortRange(ports: string): { start: number; end: number } | undefined {
  if (ports === '') return undefined;
  if (!ports.includes('-')) {
    const port = parseUint16(ports);
    return port === undefined ? undefined : { start: port, end: port };
  }
  const [first = '', second = ''] = ports.split('-');
  const start = parseUint16(first);
  const end = parseUint16(second);
  if (start === undefined || end === undefined || end < start) return undefined;
  return { start, end };
}

/** nat.SplitProtoPort: `80/udp` → ['udp', '80']; no proto is tcp; an empty port is ['', '']. */
export function splitProtoPort(raw: string): [proto: string, port: string] {
  const parts = raw.split('/');
  const port = parts[0] ?? '';
  if (raw === '' || port === '') return ['', ''];
  if (parts.length === 1) return ['tcp', raw];
  const proto = parts[1] ?? '';
  return proto === '' ? ['tcp', port] : [proto, port];
}

/** nat's splitParts: the last part is the container port, the one before the host port, the rest the IP. */
function splitParts(raw: string): [ip: string, hostPort: string, containerPort: string] {
  const parts = raw.split(':');
  const n = parts.length;
  const containerPort = parts[n - 1] ?? '';
  if (n === 1) return ['', '', containerPort];
  if (n === 2) return ['', parts[0] ?? '', containerPort];
  return [parts.slice(0, n - 2).join(':'), parts[n - 2] ?? '', containerPort];
}

/**
 * Go's net.SplitHostPort(ip + ":"), which nat runs on any IP it is given: brackets come off an
 * IPv6 address; a bare one has too many colons. The error is net.AddrError's text.
 */
function hostOf(ip: string): string {
  const hostport = `${ip}:`;
  const fail = (why: string): never => {
    throw new Error(`Invalid ip address ${ip}: address ${hostport}: ${why}`);
  };
  const last = hostport.lastIndexOf(':');
  let host: string;
  let from = 0;
  let after = 0;
  if (hostport.startsWith('[')) {
    const end = hostport.indexOf(']');
    if (end < 0) fail("missing ']' in address");
    if (end + 1 !== last) fail(hostport[end + 1] === ':' ? 'too many colons in address' : 'missing port in address');
    host = hostport.slice(1, end);
    from = 1;
    after = end + 1;
  } else {
    host = hostport.slice(0, last);
    if (host.includes(':')) fail('too many colons in address');
  }
  if (hostport.slice(from).includes('[')) fail("unexpected '[' in address");
  if (hostport.slice(after).includes(']')) fail("unexpected ']' in address");
  return host;
}

/** nat.ParsePortSpec of one spec; throws Error with nat's message. */
function parsePortSpec(raw: string): Array<{ port: string; binding: PortBinding }> {
  let [ip, hostPort, containerPort] = splitParts(raw);
  const [proto, port] = splitProtoPort(containerPort);
  containerPort = port;
  if (ip !== '') ip = hostOf(ip);
  if (ip !== '' && parseGoIp(ip) === undefined) throw new Error(`Invalid ip address: ${ip}`);
  if (containerPort === '') throw new Error(`No port specified: ${raw}<empty>`);
  const container = parsePortRange(containerPort);
  if (!container) throw new Error(`Invalid containerPort: ${containerPort}`);
  let host = { start: 0, end: 0 };
  if (hostPort !== '') {
    const parsed = parsePortRange(hostPort);
    if (!parsed) throw new Error(`Invalid hostPort: ${hostPort}`);
    host = parsed;
  }
  if (hostPort !== '' && container.end - container.start !== host.end - host.start && container.end !== container.start) {
    throw new Error(`Invalid ranges specified for container and host Ports: ${containerPort} and ${hostPort}`);
  }
  const lower = proto.toLowerCase();
  if (lower !== 'tcp' && lower !== 'udp' && lower !== 'sctp') throw new Error(`Invalid proto: ${proto}`);
  const out: Array<{ port: string; binding: PortBinding }> = [];
  for (let i = 0; i <= container.end - container.start; i++) {
    let bound = hostPort === '' ? '' : String(host.start + i);
    // A single container port on a host range: the range is the binding's host port.
    if (container.start === container.end && host.start !== host.end) bound = `${bound}-${host.end}`;
    out.push({ port: `${container.start + i}/${lower}`, binding: { HostIp: ip, HostPort: bound } });
  }
  return out;
}

/**
 * The CLI's convertToStandardNotation (cli/command/container/opts.go): the long form
 * `published=8080,target=80[,protocol=udp]` becomes `8080:80/udp`.
 */
function standardNotation(spec: string): string {
  if (!spec.includes('=')) return spec;
  const params: Record<string, string> = { protocol: 'tcp' };
  for (const param of spec.split(',')) {
    const [name = '', value] = param.split('=');
    if (value === undefined) throw new Error(`invalid publish opts format (should be name=value but got '${param}')`);
    params[name] = value;
  }
  return `${params.published ?? ''}:${params.target ?? ''}/${params.protocol ?? ''}`;
}

/** nat.ParsePortSpecs: every spec's ports exposed and bound, in the order given. Throws nat's error. */
export function parsePortSpecs(specs: readonly string[]): PortSpecs {
  const exposed: Record<string, Record<string, never>> = {};
  const bindings: Record<string, PortBinding[]> = {};
  for (const spec of specs.map(standardNotation)) {
    for (const { port, binding } of parsePortSpec(spec)) {
      exposed[port] = {};
      (bindings[port] ??= []).push(binding);
    }
  }
  return { exposed, bindings };
}
