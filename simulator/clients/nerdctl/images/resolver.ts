// nerdctl's dockerconfigresolver (pkg/imgutil/dockerconfigresolver/dockerconfigresolver.go
// @v0.22.2): the hosts of a registry domain through containerd's ConfigureHosts, with the
// hosts dirs that exist (--hosts-dir, default /etc/containerd/certs.d and /etc/docker/certs.d;
// the first one holding a directory for the host wins), credentials from the Docker config
// file (docker.io's under https://index.docker.io/v1/), --insecure-registry's skip-verify, and
// plain http for localhost or after an insecure fallback.

import { configureHosts, defaultHostOf, hostDirFromRoot, isLocalhostHost, type RegistryHostEntry } from '../../../containerd/client/index';
import * as vfs from '../../../host/vfs';
import { globalOptions, type NerdctlContext } from '../nerdctl-env';
import { getAuthConfig, INDEX_SERVER, type AuthConfig } from './docker-config';

export interface ResolverOptions {
  plainHttp?: boolean;
  skipVerify?: boolean;
  /** WithAuthCreds (login): these credentials instead of the config file's. */
  authCreds?: (host: string) => AuthConfig;
}

/** WithHostsDirs: only the dirs that exist (debug lines say which were kept). */
function existingHostsDirs(c: NerdctlContext): string[] {
  const dirs = globalOptions(c).hostsDir;
  if (dirs.length === 0) c.env.log.debug('no hosts dir was specified');
  const files = c.env.node.state.host.files;
  return dirs.filter((d) => {
    if (vfs.exists(files, d)) {
      c.env.log.debug(`Found hosts dir ${JSON.stringify(d)}`);
      return true;
    }
    c.env.log.debug(`Ignoring hosts dir ${JSON.stringify(d)}`, { error: `stat ${d}: no such file or directory` });
    return false;
  });
}

/** NewAuthCreds: the config file's entry for the domain (docker.io: the index server's first). */
function configFileCreds(c: NerdctlContext, refHostname: string): ((host: string) => AuthConfig) | undefined {
  const names = refHostname === 'docker.io' || refHostname === 'registry-1.docker.io' ? [INDEX_SERVER, refHostname] : [refHostname];
  for (const name of names) {
    const ac = getAuthConfig(c, name);
    if (ac && (ac.username !== '' || ac.password !== '' || ac.identityToken)) {
      const expected = defaultHostOf(refHostname);
      return (host) => {
        // credFunc refuses any other host (dockerconfigresolver.go:199-203); the authorizer
        // then sends no credentials.
        if (host !== expected) return { username: '', password: '' };
        return ac.identityToken ? { username: '', password: ac.identityToken } : ac;
      };
    }
  }
  return undefined;
}

/**
 * dockerconfigresolver.New → ConfigureHosts(…)(refHostname). Throws ConfigureHosts' errors
 * (an unreadable CA file, a bad capability); logs what containerd logs.
 */
export function registryHostsFor(c: NerdctlContext, refHostname: string, options: ResolverOptions = {}): RegistryHostEntry[] {
  const dirs = existingHostsDirs(c);
  const node = c.env.node;
  const creds = options.authCreds ?? configFileCreds(c, refHostname);
  const localhost = isLocalhostHost(refHostname);
  const logs: Array<{ level: 'debug' | 'error'; message: string; fields: Record<string, string> }> = [];
  const hosts = configureHosts(
    node,
    refHostname,
    {
      hostDir: (host) => {
        for (const root of dirs) {
          const found = hostDirFromRoot(node, root)(host);
          if (found !== '') return found;
        }
        return '';
      },
      credentials: creds
        ? (host) => {
            const ac = creds(host);
            return { username: ac.username, secret: ac.password };
          }
        : undefined,
      defaultTls: options.skipVerify ? { skipVerify: true } : undefined,
      defaultScheme: options.plainHttp || localhost ? 'http' : undefined,
    },
    logs,
  );
  for (const l of logs) {
    if (l.level === 'error') c.env.log.error(l.message, l.fields);
    else c.env.log.debug(l.message, l.fields);
  }
  return hosts;
}

/** errutil.IsErrConnectionRefused / IsErrHTTPResponseToHTTPSClient: what the insecure fallback retries. */
export function isHttpsFailure(err: unknown): boolean {
  const message = err instanceof Error ? err.message : String(err);
  return message.includes('connect: connection refused') || message.includes('server gave HTTP response to HTTPS client');
}
