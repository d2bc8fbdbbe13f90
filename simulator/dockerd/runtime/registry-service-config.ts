// dockerd's registry service config from daemon.json's `registry-mirrors` and
// `insecure-registries` (moby v20.10.24 registry/config.go newServiceConfig, LoadMirrors,
// LoadInsecureRegistries, ValidateMirror, validateHostPort): mirrors normalised to end in "/"
// and deduplicated; each insecure entry a CIDR or a host[:port], with "http://" or "https://"
// dropped after a warning; 127.0.0.0/8 always insecure. An invalid entry stops dockerd's start
// (NewDaemon: "failed to start daemon: <this>").

import { parseGoIp } from '../../go/net-ip';

interface RegistryServiceConfig {
  mirrors: string[];
  /** Insecure registries named by host[:port], in the file's order (Go: a map, listed in random order). */
  insecureHosts: string[];
  /** Insecure CIDRs, normalised, the file's first and 127.0.0.0/8 last. */
  insecureCidrs: string[];
}

export type RegistryConfigResult = { ok: true; config: RegistryServiceConfig; warnings: string[] } | { ok: false; message: string; warnings: string[] };

/** reference.DomainRegexp: dot-separated components of letters, digits and inner dashes, an optional :port. */
const DOMAIN = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*(?::[0-9]+)?$/;

/** url.Parse's scheme, path, query, fragment and user of a mirror, enough for ValidateMirror. */
function parseUrl(text: string): { scheme: string; path: string; query: string; fragment: string; user: boolean; normalized: string } | undefined {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):(.*)$/.exec(text);
  if (!m) return { scheme: '', path: text, query: '', fragment: '', user: false, normalized: text };
  const scheme = (m[1] ?? '').toLowerCase();
  let rest = m[2] ?? '';
  let fragment = '';
  const hash = rest.indexOf('#');
  if (hash >= 0) {
    fragment = rest.slice(hash + 1);
    rest = rest.slice(0, hash);
  }
  let query = '';
  const q = rest.indexOf('?');
  if (q >= 0) {
    query = rest.slice(q + 1);
    rest = rest.slice(0, q);
  }
  let user = false;
  let path = rest;
  if (rest.startsWith('//')) {
    const authorityEnd = rest.indexOf('/', 2);
    const authority = authorityEnd < 0 ? rest.slice(2) : rest.slice(2, authorityEnd);
    path = authorityEnd < 0 ? '' : rest.slice(authorityEnd);
    user = authority.includes('@');
    if (/[\s]/.test(authority)) return undefined;
  }
  return { scheme, path, query, fragment, user, normalized: `${scheme}:${m[2] ?? ''}` };
}

/** registry.ValidateMirror: the mirror with one trailing "/", or its error. */
function validateMirror(value: string): { mirror?: string; error?: string } {
  const uri = parseUrl(value);
  if (!uri) return { error: `invalid mirror: ${JSON.stringify(value)} is not a valid URI` };
  if (uri.scheme !== 'http' && uri.scheme !== 'https') return { error: `invalid mirror: unsupported scheme ${JSON.stringify(uri.scheme)} in ${JSON.stringify(uri.normalized)}` };
  if ((uri.path !== '' && uri.path !== '/') || uri.query !== '' || uri.fragment !== '') {
    return { error: `invalid mirror: path, query, or fragment at end of the URI ${JSON.stringify(uri.normalized)}` };
  }
  if (uri.user) return { error: `invalid mirror: username/password not allowed in URI ${JSON.stringify(uri.normalized.replace(/\/\/([^:@/]*)(?::[^@/]*)?@/, '//$1:xxxxx@'))}` };
  return { mirror: `${value.replace(/\/$/, '')}/` };
}

/** net.ParseCIDR for IPv4 (a.b.c.d/n) as IPNet.String() prints it: the network address. */
function ipv4Cidr(text: string): string | undefined {
  const m = /^([^/]+)\/(\d{1,2})$/.exec(text);
  if (!m) return undefined;
  const bits = Number(m[2]);
  const ip = parseGoIp(m[1] ?? '');
  if (!ip || ip.length !== 4 || bits > 32) return undefined;
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  const value = ((((ip[0] ?? 0) << 24) | ((ip[1] ?? 0) << 16) | ((ip[2] ?? 0) << 8) | (ip[3] ?? 0)) >>> 0) & mask;
  return `${[value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.')}/${bits}`;
}

/** net.SplitHostPort, loosely: "host:port" or "[v6]:port"; undefined when there is no port. */
function splitHostPort(text: string): { host: string; port: string } | undefined {
  const v6 = /^\[([^\]]*)\]:(.*)$/.exec(text);
  if (v6) return { host: v6[1] ?? '', port: v6[2] ?? '' };
  const colon = text.lastIndexOf(':');
  if (colon < 0 || text.indexOf(':') !== colon) return undefined;
  return { host: text.slice(0, colon), port: text.slice(colon + 1) };
}

/** registry.validateHostPort's error, or undefined. */
function hostPortError(text: string): string | undefined {
  const split = splitHostPort(text);
  const host = split?.host ?? text;
  const port = split?.port ?? '';
  if (!DOMAIN.test(text) && parseGoIp(host) === undefined) return `invalid host ${JSON.stringify(host)}`;
  if (port !== '') {
    if (!/^[+-]?\d+$/.test(port)) return `strconv.Atoi: parsing ${JSON.stringify(port)}: invalid syntax`;
    const v = Number(port);
    if (v < 0 || v > 65535) return `invalid port ${JSON.stringify(port)}`;
  }
  return undefined;
}

function indexNameError(value: string): string | undefined {
  const name = value === 'index.docker.io' ? 'docker.io' : value;
  return name.startsWith('-') || name.endsWith('-') ? `invalid index name (${name}). Cannot begin or end with a hyphen` : undefined;
}

/** newServiceConfig for the file's mirrors and insecure registries. */
export function registryServiceConfig(mirrors: readonly string[], insecure: readonly string[]): RegistryConfigResult {
  const warnings: string[] = [];
  const unique: string[] = [];
  for (const value of mirrors) {
    const checked = validateMirror(value);
    if (checked.error !== undefined) return { ok: false, message: checked.error, warnings };
    if (checked.mirror !== undefined && !unique.includes(checked.mirror)) unique.push(checked.mirror);
  }
  const insecureHosts: string[] = [];
  const insecureCidrs: string[] = [];
  for (const original of [...insecure, '127.0.0.0/8']) {
    let r = original;
    const nameError = indexNameError(r);
    if (nameError) return { ok: false, message: nameError, warnings };
    if (r.toLowerCase().startsWith('http://')) {
      warnings.push(`insecure registry ${r} should not contain 'http://' and 'http://' has been removed from the insecure registry config`);
      r = r.slice(7);
    } else if (r.toLowerCase().startsWith('https://')) {
      warnings.push(`insecure registry ${r} should not contain 'https://' and 'https://' has been removed from the insecure registry config`);
      r = r.slice(8);
    } else if (r.includes('://')) {
      return { ok: false, message: `insecure registry ${r} should not contain '://'`, warnings };
    }
    const cidr = ipv4Cidr(r);
    if (cidr !== undefined) {
      if (!insecureCidrs.includes(cidr)) insecureCidrs.push(cidr);
      continue;
    }
    const error = hostPortError(r);
    if (error !== undefined) return { ok: false, message: `insecure registry ${r} is not valid: ${error}`, warnings };
    if (!insecureHosts.includes(r)) insecureHosts.push(r);
  }
  return { ok: true, config: { mirrors: unique, insecureHosts, insecureCidrs }, warnings };
}
