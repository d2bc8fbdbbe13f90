// criService.registryHosts (containerd 1.6.20 pkg/cri/server/image_pull.go): the hosts a pull
// of a reference on `host` tries, in order — the mirrors configured for it (or for "*"), then
// the host's default endpoint unless a mirror already is that host — each with the TLS settings
// and credentials of configs."<endpoint host>". The request's auth wins over the config's.
//
// `config_path` (hosts.toml directories) is not read here: with it set, the plugin refuses
// `mirrors` and `configs.tls` at start, so a pull goes to the default host with the config's
// credentials only; reading certs.d's hosts.toml is issue 10's (for ctr and nerdctl too).

import type { RemoteOptions } from '../../containerd/client/index';
import { ContainerdError } from '../../errdefs/errdefs';
import type { Node } from '../../node';
import { readFile } from '../../host/vfs';
import type { AuthConfig } from '../api/runtime-v1';
import type { CriRegistryConfig, RegistryAuth, RegistryTls } from './registry-config-schema';

/** One docker.RegistryHost: where requests go and how (before credentials are asked for). */
interface PullEndpoint {
  /** The endpoint as the config gives it, with its scheme (`https://harbor.mydomain.com`). */
  url: string;
  /** Its URL host: what configs."…" and ParseAuth's server address are matched against. */
  host: string;
  /** What the registry layer needs: scheme, CA, skip-verify, the host when it is a mirror. */
  remote: RemoteOptions;
  /** The auth the authorizer hands to ParseAuth (the request's, or configs."<host>".auth). */
  auth: AuthConfig | undefined;
}

/** docker.IsLocalhost. */
function isLocalhost(host: string): boolean {
  const bare = host.replace(/:\d+$/, '');
  return bare === 'localhost' || bare.startsWith('127.') || bare === '[::1]' || bare === '::1';
}

/** docker.DefaultHost: docker.io is served by registry-1.docker.io. */
function defaultHost(host: string): string {
  return host === 'docker.io' ? 'registry-1.docker.io' : host;
}

/** defaultScheme: plain http for a localhost registry, https for any other. */
function defaultScheme(host: string): string {
  return isLocalhost(host) ? 'http' : 'https';
}

/** url.Parse's scheme and host of an endpoint ("" host when it has none). */
function splitUrl(endpoint: string): { scheme: string; host: string } {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^/?#]*)/.exec(endpoint);
  return m ? { scheme: (m[1] ?? '').toLowerCase(), host: m[2] ?? '' } : { scheme: '', host: '' };
}

/** addDefaultScheme: an endpoint without `://` gets its host's default scheme. */
function addDefaultScheme(endpoint: string): string {
  if (endpoint.includes('://')) return endpoint;
  const host = /^[^/?#]*/.exec(endpoint)?.[0] ?? '';
  return `${defaultScheme(host)}://${endpoint}`;
}

/** registryEndpoints: the mirrors of `host` (or of "*") and, unless among them, its default host. */
export function registryEndpoints(config: CriRegistryConfig | undefined, host: string): string[] {
  const mirrors = config?.mirrors ?? {};
  const configured = Object.hasOwn(mirrors, host) ? mirrors[host] : Object.hasOwn(mirrors, '*') ? mirrors['*'] : undefined;
  const endpoints = (configured ?? []).map(addDefaultScheme);
  if (endpoints.some((e) => splitUrl(e).host === host)) return endpoints;
  const fallback = defaultHost(host);
  return [...endpoints, `${defaultScheme(fallback)}://${fallback}`];
}

/** os.ReadFile of a node file; the VFS's errors already read as Go's PathError. */
function readNodeFile(node: Node, path: string): string {
  return readFile(node.state.host.files, path);
}

/** getTLSConfig: checks the cert/key pair and reads the CA file. Throws with the plugin's texts. */
function tlsOptions(node: Node, tls: RegistryTls): RemoteOptions {
  if (tls.certFile !== '' && tls.keyFile === '') throw new Error(`cert file ${JSON.stringify(tls.certFile)} was specified, but no corresponding key file was specified`);
  if (tls.certFile === '' && tls.keyFile !== '') throw new Error(`key file ${JSON.stringify(tls.keyFile)} was specified, but no corresponding cert file was specified`);
  if (tls.certFile !== '') {
    // tls.LoadX509KeyPair: both files read, each must hold PEM blocks.
    try {
      const cert = readNodeFile(node, tls.certFile);
      const key = readNodeFile(node, tls.keyFile);
      if (!cert.includes('-----BEGIN')) throw new Error('tls: failed to find any PEM data in certificate input');
      if (!key.includes('-----BEGIN')) throw new Error('tls: failed to find any PEM data in key input');
    } catch (err) {
      throw new Error(`failed to load cert file: ${(err as Error).message}`);
    }
  }
  const remote: RemoteOptions = { skipVerify: tls.insecureSkipVerify };
  if (tls.caFile !== '') {
    try {
      remote.tlsCaCert = readNodeFile(node, tls.caFile);
    } catch (err) {
      throw new Error(`failed to load CA file: ${(err as Error).message}`);
    }
  }
  return remote;
}

/** toRuntimeAuthConfig: the config's auth as a CRI AuthConfig (no server address). */
function toRuntimeAuth(a: RegistryAuth): AuthConfig {
  return { username: a.username, password: a.password, auth: a.auth, identityToken: a.identityToken };
}

/**
 * The hosts to try for a reference on `host`. Throws ContainerdError (Unknown) with the
 * resolver's error for a bad TLS config: `get TLSConfig for registry "<endpoint>": …`.
 */
export function registryHosts(node: Node, config: CriRegistryConfig | undefined, host: string, auth: AuthConfig | undefined): PullEndpoint[] {
  const hosts: PullEndpoint[] = [];
  for (const url of registryEndpoints(config, host)) {
    const u = splitUrl(url);
    const configs = config?.configs ?? {};
    const hostConfig = Object.hasOwn(configs, u.host) ? configs[u.host] : undefined;
    let remote: RemoteOptions = {};
    if (hostConfig?.tls) {
      try {
        remote = tlsOptions(node, hostConfig.tls);
      } catch (err) {
        throw new ContainerdError('unknown', `get TLSConfig for registry ${JSON.stringify(url)}: ${(err as Error).message}`);
      }
    } else if (isLocalhost(host) && u.scheme === 'http') {
      remote.skipVerify = true;
    }
    if (u.scheme === 'http') remote.plainHttp = true;
    if (u.host !== defaultHost(host)) remote.host = u.host;
    const hostAuth = auth ?? (hostConfig?.auth ? toRuntimeAuth(hostConfig.auth) : undefined);
    hosts.push({ url, host: u.host, remote, auth: hostAuth });
  }
  return hosts;
}
