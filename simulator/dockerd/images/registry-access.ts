// How dockerd reaches a registry for login, pull and push (moby 20.10 registry/ and
// distribution/registry.go): the /v2/ ping first, over https, with the CA a host has in
// /etc/docker/certs.d/<host>/ca.crt; an insecure registry (registry/config.go isSecureIndex:
// named in daemon.json's insecure-registries, or its address in one of the insecure CIDRs,
// 127.0.0.0/8 always) is reached over plain http, where the real daemon tries https first and
// falls back (the http attempt's error is the one reported). A failure reads
// `Get "<scheme>://<endpoint>/v2/": <why>`.

import { parseGoIp } from '../../go/net-ip';
import { exists, readFile } from '../../host/vfs';
import type { Node } from '../../node';
import { checkPush, RegistryError } from '../../registry/remote';

export interface RegistryAuth {
  username: string;
  password: string;
}

/** The host requests go to: Docker Hub's API is registry-1.docker.io. */
function endpointOf(host: string): string {
  return host === 'docker.io' ? 'registry-1.docker.io' : host;
}

function isLoopback(host: string): boolean {
  const bare = host.replace(/:\d+$/, '');
  return bare === 'localhost' || bare.startsWith('127.') || bare === '::1' || bare === '[::1]';
}

/** Whether the IPv4 `ip` lies in `cidr` (a.b.c.d/n, as registry-service-config.ts keeps them). */
function inCidr(ip: readonly number[], cidr: string): boolean {
  const [net = '', bits = ''] = cidr.split('/');
  const base = parseGoIp(net);
  const n = Number(bits);
  if (base?.length !== 4 || ip.length !== 4 || !(n >= 0 && n <= 32)) return false;
  const value = (b: readonly number[]) => (((b[0] ?? 0) << 24) | ((b[1] ?? 0) << 16) | ((b[2] ?? 0) << 8) | (b[3] ?? 0)) >>> 0;
  const mask = n === 0 ? 0 : (0xffffffff << (32 - n)) >>> 0;
  return ((value(ip) & mask) >>> 0) === ((value(base) & mask) >>> 0);
}

/**
 * isSecureIndex negated: `host` (the reference's domain, port included) is insecure when
 * daemon.json names it exactly (an entry without the port does not match one with it), or
 * when its address — an IPv4 literal, or localhost's — is in an insecure CIDR. Other names
 * would need the node's DNS, which knows none: they stay secure.
 */
export function isInsecureRegistry(node: Node, host: string): boolean {
  const settings = node.state.dockerd.settings;
  if ((settings?.insecureHosts ?? []).includes(host)) return true;
  if (isLoopback(host)) return true;
  const ip = parseGoIp(host.replace(/:\d+$/, ''));
  return ip !== undefined && (settings?.insecureCidrs ?? ['127.0.0.0/8']).some((cidr) => inCidr(ip, cidr));
}

function caOf(node: Node, host: string): string | undefined {
  const path = `/etc/docker/certs.d/${host}/ca.crt`;
  return exists(node.state.host.files, path) ? readFile(node.state.host.files, path) : undefined;
}

/** The registry's /v2/ ping, the first request dockerd makes (`Get "<this>": …` on failure). */
export function pingUrl(node: Node, host: string): string {
  return `${isInsecureRegistry(node, host) ? 'http' : 'https'}://${endpointOf(host)}/v2/`;
}

/** The part of a registry failure after `Get "<ping>": ` when it is the connection's, or undefined. */
export function connectionFailure(message: string): string | undefined {
  return /: (dial tcp.*|x509: .*|http: server gave HTTP response to HTTPS client)$/.exec(message)?.[1];
}

export type Access = { ok: true } | { ok: false; kind: 'connect' | 'auth'; message: string };

/**
 * Can dockerd talk to `host` for repository `repository` with `auth`? A connection failure is
 * worded as the ping's error; a refused login as the registry's answer.
 */
export function registryAccess(node: Node, host: string, repository: string, auth: RegistryAuth | undefined, push: boolean): Access {
  const ping = `Get "${pingUrl(node, host)}"`;
  const user = auth === undefined ? undefined : `${auth.username}:${auth.password}`;
  try {
    checkPush(node, `${host}/${repository}:latest`, 'sha256:' + '0'.repeat(64), { user, tlsCaCert: caOf(node, host), plainHttp: isInsecureRegistry(node, host) });
  } catch (err) {
    if (!(err instanceof RegistryError)) throw err;
    const dial = connectionFailure(err.message);
    if (dial !== undefined) return { ok: false, kind: 'connect', message: `${ping}: ${dial}` };
    if (/401 Unauthorized/.test(err.message)) {
      return { ok: false, kind: 'auth', message: host === 'docker.io' ? `${ping}: unauthorized: incorrect username or password` : `${ping}: unauthorized: authentication required` };
    }
    if (!push) return { ok: true };
    return { ok: false, kind: 'auth', message: host === 'docker.io' ? 'denied: requested access to the resource is denied' : 'unauthorized: authentication required' };
  }
  return { ok: true };
}
