// The registry hosts a reference's domain is reached through, as containerd 1.6's client
// library works them out on the caller's side (remotes/docker/config/hosts.go@v1.6.20:
// ConfigureHosts, HostDirFromRoot, loadHostDir, parseHostsFile, loadCertFiles). Both
// `ctr --hosts-dir` and nerdctl (through its dockerconfigresolver) use it.
//
// A hosts directory `<root>/<host>` (or `<root>/<host without :port>_<port>_`, or
// `<root>/_default`) holds a hosts.toml — `server` plus `[host."…"]` tables in file order,
// each with capabilities, skip_verify, ca, client, header, override_path — or, without one,
// Docker's certificate layout (*.crt are CAs, *.cert/*.key client pairs). No directory: one
// default host (docker.io → https://registry-1.docker.io, localhost → http, else https).

import { parse, TomlError } from 'smol-toml';
import * as vfs from '../../host/vfs';
import type { Node } from '../../node';
import type { RemoteOptions } from '../../registry/remote';

export type HostCapability = 'pull' | 'resolve' | 'push';

/** hosts.go's hostConfig: one endpoint, as the file (or the default) describes it. */
export interface HostConfig {
  scheme: string;
  host: string;
  path: string;
  capabilities: HostCapability[];
  caCerts?: string[];
  clientPairs?: Array<[string, string]>;
  skipVerify?: boolean;
  header?: Record<string, string[]>;
}

/** A docker.RegistryHost ready to use: its config and what the registry layer needs. */
export interface RegistryHostEntry {
  config: HostConfig;
  remote: RemoteOptions;
}

/** config.HostOptions. */
export interface HostOptions {
  /** Finds the host's directory ('' for none). Throws as HostDirFromRoot's os.Stat would. */
  hostDir?: (host: string) => string;
  /** Credentials for the endpoint host (the authorizer's callback), or undefined for none. */
  credentials?: (host: string) => { username: string; secret: string } | undefined;
  /** DefaultTLS: skip verification, and the PEM of extra root CAs (ctr's --tlscacert). */
  defaultTls?: { skipVerify?: boolean; caPem?: string };
  /** DefaultScheme: "http" for --plain-http (nerdctl: localhost, or after an insecure fallback). */
  defaultScheme?: string;
}

/** A log line containerd's code writes through log.G(ctx) (the caller's logrus). */
export interface HostsLog {
  level: 'debug' | 'error';
  message: string;
  fields: Record<string, string>;
}

const ALL_CAPS: HostCapability[] = ['pull', 'resolve', 'push'];

/** docker.IsLocalhost: localhost, 127.x or ::1, with any port. */
export function isLocalhostHost(host: string): boolean {
  const bare = host.replace(/:\d+$/, '');
  return bare === 'localhost' || bare.startsWith('127.') || bare === '[::1]' || bare === '::1';
}

/** hostDirectory: "host:port" → "host_port_". */
function hostDirectory(host: string): string {
  const i = host.lastIndexOf(':');
  return i > 0 ? `${host.slice(0, i)}_${host.slice(i + 1)}_` : host;
}

function join(root: string, name: string): string {
  return vfs.normalizePath(`${root}/${name}`);
}

/** hostPaths (config_unix.go): the converted name first, then the host, then `_default`. */
export function hostPaths(root: string, host: string): string[] {
  const converted = hostDirectory(host);
  const paths = converted !== host ? [join(root, converted)] : [];
  return [...paths, join(root, host), join(root, '_default')];
}

/** HostDirFromRoot: the first of hostPaths that exists, or '' (errdefs.ErrNotFound). */
export function hostDirFromRoot(node: Node, root: string): (host: string) => string {
  return (host) => hostPaths(root, host).find((p) => vfs.exists(node.state.host.files, p)) ?? '';
}

class HostsFileError extends Error {}

/** makeAbsPath: relative paths are under the host directory. */
function absPath(p: string, base: string): string {
  return p.startsWith('/') ? p : join(base, p);
}

function stringSlice(values: unknown[], map: (s: string) => string = (s) => s): string[] {
  return values.map((v) => {
    if (typeof v !== 'string') throw new HostsFileError(`unable to cast ${String(v)} to string`);
    return map(v);
  });
}

/** Go's %v of a decoded TOML value, for the "invalid type" errors. */
function goValue(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(goValue).join(' ')}]`;
  if (v !== null && typeof v === 'object') return `map[${Object.entries(v).map(([k, x]) => `${k}:${goValue(x)}`).join(' ')}]`;
  return String(v);
}

type Table = Record<string, unknown>;

/** url.Parse of "https://"+server when it has no http prefix: scheme, host and path. */
function parseServer(server: string, overridePath: boolean): { scheme: string; host: string; path: string } {
  const full = server.startsWith('http') ? server : `https://${server}`;
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/.exec(full);
  if (!m) throw new HostsFileError(`unable to parse server ${server}: parse ${JSON.stringify(full)}: missing protocol scheme`);
  let path = m[3] ?? '';
  if (path.length > 0) {
    path = vfs.normalizePath(path);
    if (!path.endsWith('/v2') && !overridePath) path += '/v2';
  } else if (!overridePath) path = '/v2';
  return { scheme: (m[1] ?? '').toLowerCase(), host: m[2] ?? '', path };
}

/** parseHostConfig: one table of hosts.toml (the root's, or a [host."…"] one). */
function parseHostConfig(server: string, baseDir: string, t: Table): HostConfig {
  const result: HostConfig = { scheme: '', host: '', path: '', capabilities: ALL_CAPS };
  if (server !== '') Object.assign(result, parseServer(server, t.override_path === true));
  if (typeof t.skip_verify === 'boolean') result.skipVerify = t.skip_verify;
  const caps = Array.isArray(t.capabilities) ? t.capabilities : [];
  if (caps.length > 0) {
    const set = new Set<HostCapability>();
    for (const c of caps) {
      const lower = String(c).toLowerCase();
      if (lower !== 'pull' && lower !== 'resolve' && lower !== 'push') throw new HostsFileError(`unknown capability ${String(c)}`);
      set.add(lower);
    }
    result.capabilities = ALL_CAPS.filter((c) => set.has(c));
  }
  const ca = t.ca;
  if (ca !== undefined) {
    if (typeof ca === 'string') result.caCerts = [absPath(ca, baseDir)];
    else if (Array.isArray(ca)) result.caCerts = stringSlice(ca, (p) => absPath(p, baseDir));
    else throw new HostsFileError(`invalid type ${goValue(ca)} for "ca"`);
  }
  const client = t.client;
  if (client !== undefined) {
    if (typeof client === 'string') result.clientPairs = [[absPath(client, baseDir), '']];
    else if (Array.isArray(client)) {
      result.clientPairs = client.map((pair): [string, string] => {
        if (typeof pair === 'string') return [absPath(pair, baseDir), ''];
        if (!Array.isArray(pair)) throw new HostsFileError(`invalid type ${typeof pair} for "client"`);
        const slice = stringSlice(pair, (p) => absPath(p, baseDir));
        if (slice.length !== 2) throw new HostsFileError(`invalid pair ${goValue(pair)} for "client"`);
        return [slice[0] ?? '', slice[1] ?? ''];
      });
    } else throw new HostsFileError(`invalid type ${goValue(client)} for "client"`);
  }
  const header = t.header;
  if (header !== undefined && header !== null && typeof header === 'object' && !Array.isArray(header)) {
    result.header = {};
    for (const [key, value] of Object.entries(header as Table)) {
      if (typeof value === 'string') result.header[key] = [value];
      else if (Array.isArray(value)) result.header[key] = stringSlice(value);
      else throw new HostsFileError(`invalid type ${goValue(value)} for header ${JSON.stringify(key)}`);
    }
  }
  return result;
}

/**
 * parseHostsFile: the [host."…"] tables in file order, then the root (`server`) last. As in
 * 1.6.20, a file without any [host] table fails getSortedHosts ("invalid `host` tree").
 */
function parseHostsFile(baseDir: string, text: string): HostConfig[] {
  let doc: Table;
  try {
    doc = parse(text) as Table;
  } catch (err) {
    if (!(err instanceof TomlError)) throw err;
    const message = err.message.split('\n')[0]?.replace(/^Invalid TOML document: /, '') ?? '';
    throw new HostsFileError(`failed to parse TOML: (${err.line}, ${err.column}): ${message}`);
  }
  const hostTree = doc.host;
  if (hostTree === null || typeof hostTree !== 'object' || Array.isArray(hostTree)) throw new HostsFileError('invalid `host` tree');
  const hosts = Object.entries(hostTree as Table).map(([name, t]) => parseHostConfig(name, baseDir, (t ?? {}) as Table));
  hosts.push(parseHostConfig(typeof doc.server === 'string' ? doc.server : '', baseDir, doc));
  return hosts;
}

/** loadCertFiles: Docker's layout — *.crt CAs, *.cert client certificates with their *.key. */
function loadCertFiles(node: Node, dir: string): HostConfig[] {
  const files = node.state.host.files;
  const host: HostConfig = { scheme: '', host: '', path: '', capabilities: ALL_CAPS };
  const names = vfs.exists(files, dir) ? vfs.readdir(files, dir).sort() : [];
  for (const name of names) {
    const path = join(dir, name);
    if (vfs.stat(files, path).kind === 'dir') continue;
    if (name.endsWith('.crt')) (host.caCerts ??= []).push(path);
    if (name.endsWith('.cert')) {
      const key = join(dir, `${name.slice(0, -5)}.key`);
      (host.clientPairs ??= []).push([path, vfs.exists(files, key) ? key : '']);
    }
  }
  return [host];
}

/** loadHostDir: hosts.toml, or (missing, empty or undecodable) the certificate files. */
function loadHostDir(node: Node, dir: string, logs: HostsLog[]): HostConfig[] {
  const files = node.state.host.files;
  const tomlPath = join(dir, 'hosts.toml');
  const text = vfs.exists(files, tomlPath) ? vfs.binaryToText(vfs.readFile(files, tomlPath)) : '';
  if (text.length === 0) return loadCertFiles(node, dir);
  try {
    return parseHostsFile(dir, text);
  } catch (err) {
    if (!(err instanceof HostsFileError)) throw err;
    // A value of the wrong kind is an error of ConfigureHosts; a file go-toml cannot decode
    // (or without [host] tables) is logged and the certificate files are used instead.
    if (!err.message.startsWith('failed to parse TOML') && err.message !== 'invalid `host` tree') throw new Error(err.message);
    logs.push({ level: 'error', message: 'failed to decode hosts.toml', fields: { error: err.message } });
    return loadCertFiles(node, dir);
  }
}

/** The endpoint a reference's domain defaults to (docker.DefaultHost). */
export function defaultHostOf(host: string): string {
  return host === 'docker.io' ? 'registry-1.docker.io' : host;
}

function readNodeFile(node: Node, path: string, what: string): string {
  try {
    return vfs.readFile(node.state.host.files, path);
  } catch (err) {
    throw new Error(`unable to read ${what} ${JSON.stringify(path)}: ${(err as Error).message}`);
  }
}

/** The RemoteOptions the registry layer reads for one configured host. Throws ConfigureHosts' errors. */
function remoteFor(node: Node, refHost: string, h: HostConfig, options: HostOptions): RemoteOptions {
  const remote: RemoteOptions = {};
  if (h.scheme === 'http') remote.plainHttp = true;
  if (h.host !== defaultHostOf(refHost)) remote.host = h.host;
  let skipVerify = options.defaultTls?.skipVerify === true;
  let caPem = options.defaultTls?.caPem;
  if (h.skipVerify !== undefined) skipVerify = h.skipVerify;
  for (const f of h.caCerts ?? []) {
    const data = readNodeFile(node, f, 'CA cert');
    if (!data.includes('-----BEGIN CERTIFICATE-----')) throw new Error(`unable to load CA cert ${JSON.stringify(f)}`);
    caPem = caPem === undefined ? data : `${caPem}\n${data}`;
  }
  for (const [cert, key] of h.clientPairs ?? []) {
    const certPem = readNodeFile(node, cert, 'CERT file');
    const keyPem = key === '' ? certPem : readNodeFile(node, key, 'CERT file');
    if (!certPem.includes('-----BEGIN')) throw new Error('failed to load X509 key pair: tls: failed to find any PEM data in certificate input');
    if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(keyPem)) throw new Error('failed to load X509 key pair: tls: failed to find any PEM data in key input');
  }
  if (skipVerify) remote.skipVerify = true;
  if (caPem !== undefined) remote.tlsCaCert = caPem;
  const creds = options.credentials?.(h.host);
  if (creds && (creds.username !== '' || creds.secret !== '')) remote.user = `${creds.username}:${creds.secret}`;
  return remote;
}

/**
 * ConfigureHosts(ctx, options)(host): the hosts to try for `host`, in order. Throws Error with
 * containerd's texts (`unable to read CA cert "…": open …: no such file or directory`,
 * `unknown capability x`, …). `logs` receives what containerd logs on the way.
 */
export function configureHosts(node: Node, host: string, options: HostOptions, logs: HostsLog[] = []): RegistryHostEntry[] {
  let hosts: HostConfig[] | undefined;
  const dir = options.hostDir?.(host) ?? '';
  if (dir !== '') {
    logs.push({ level: 'debug', message: 'loading host directory', fields: { dir } });
    hosts = loadHostDir(node, dir, logs);
  }
  hosts ??= [{ scheme: '', host: '', path: '', capabilities: ALL_CAPS }];
  const last = hosts[hosts.length - 1];
  if (last && last.host === '') {
    if (host === 'docker.io') {
      last.scheme = 'https';
      last.host = 'registry-1.docker.io';
    } else if (isLocalhostHost(host)) {
      last.host = host;
      if (options.defaultScheme === undefined || options.defaultScheme === '' || options.defaultScheme === 'http') {
        last.scheme = 'http';
        last.skipVerify = true;
      } else last.scheme = options.defaultScheme;
    } else {
      last.host = host;
      last.scheme = options.defaultScheme || 'https';
    }
    last.path = '/v2';
    last.capabilities = ALL_CAPS;
  }
  return hosts.map((config) => ({ config, remote: remoteFor(node, host, config, options) }));
}

/** The hosts able to do `capability` (resolver.filterHosts). */
export function hostsWith(hosts: readonly RegistryHostEntry[], capability: HostCapability): RegistryHostEntry[] {
  return hosts.filter((h) => h.config.capabilities.includes(capability));
}
