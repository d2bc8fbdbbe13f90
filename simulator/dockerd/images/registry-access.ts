// How dockerd reaches a registry for login and push (moby 20.10 registry/ and
// distribution/registry.go): the /v2/ ping first, over https, with the CA a host has in
// /etc/docker/certs.d/<host>/ca.crt; loopback registries are insecure (127.0.0.0/8), so they
// are tried over plain http. A failure reads `Get "<scheme>://<endpoint>/v2/": <why>`.

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

function caOf(node: Node, host: string): string | undefined {
  const path = `/etc/docker/certs.d/${host}/ca.crt`;
  return exists(node.state.host.files, path) ? readFile(node.state.host.files, path) : undefined;
}

/** The registry's /v2/ ping, the first request dockerd makes (`Get "<this>": …` on failure). */
export function pingUrl(host: string): string {
  return `${isLoopback(host) ? 'http' : 'https'}://${endpointOf(host)}/v2/`;
}

export type Access = { ok: true } | { ok: false; kind: 'connect' | 'auth'; message: string };

/**
 * Can dockerd talk to `host` for repository `repository` with `auth`? A connection failure is
 * worded as the ping's error; a refused login as the registry's answer.
 */
export function registryAccess(node: Node, host: string, repository: string, auth: RegistryAuth | undefined, push: boolean): Access {
  const ping = `Get "${pingUrl(host)}"`;
  const user = auth === undefined ? undefined : `${auth.username}:${auth.password}`;
  try {
    checkPush(node, `${host}/${repository}:latest`, 'sha256:' + '0'.repeat(64), { user, tlsCaCert: caOf(node, host) });
  } catch (err) {
    if (!(err instanceof RegistryError)) throw err;
    const dial = /: (dial tcp.*|x509: .*)$/.exec(err.message);
    if (dial) return { ok: false, kind: 'connect', message: `${ping}: ${dial[1] ?? ''}` };
    if (/401 Unauthorized/.test(err.message)) {
      return { ok: false, kind: 'auth', message: host === 'docker.io' ? `${ping}: unauthorized: incorrect username or password` : `${ping}: unauthorized: authentication required` };
    }
    if (!push) return { ok: true };
    return { ok: false, kind: 'auth', message: host === 'docker.io' ? 'denied: requested access to the resource is denied' : 'unauthorized: authentication required' };
  }
  return { ok: true };
}
