// What every docker command's action works with: the node, and the daemon it dials. The CLI
// reaches dockerd only through simulator/dockerd/index.ts, as over /var/run/docker.sock.

import { connectDockerd, DaemonUnreachableError, DOCKER_HOST, type DockerdApi } from '../../dockerd/index';
import { CliError } from '../../cli/cli-error';
import { NotSimulatedError } from '../../cli/not-simulated';
import { exists, normalizePath } from '../../host/vfs';
import { currentContextName, DEFAULT_CONTEXT, dockerHostEnv, loadContext } from './context/context-store';
import { readConfig } from './docker-config';
import type { DockerContext } from './docker-types';

export type { DockerCommand, DockerContext, DockerEnv } from './docker-types';

/** /run is /var/run's target on Debian: both name the one socket. */
const SAME_SOCKET = new Set([DOCKER_HOST, 'unix:///run/docker.sock']);

/**
 * The host this line dials: -H, else the current context's docker endpoint (--context,
 * DOCKER_CONTEXT or config.json's currentContext: context/context-store.ts), whose default is
 * DOCKER_HOST, else the default socket (cli/command/cli.go resolveDockerEndpoint).
 */
function hostOf(c: DockerContext): string {
  if (c.bool('tlsverify') || c.bool('tls')) refuseTls(c);
  const flag = c.stringSlice('host')[0];
  if (flag !== undefined) return checkedHost(flag);
  const name = currentContextName(c, readConfig(c));
  if (name === DEFAULT_CONTEXT) return c.env.dockerHost ?? dockerHostEnv(c) ?? DOCKER_HOST;
  const meta = loadContext(c, name);
  if (!meta) throw new CliError(`unable to resolve docker endpoint: context "${name}" does not exist`, 1);
  return meta.Endpoints.docker?.Host ?? DOCKER_HOST;
}

/** opts.ParseHost's protocols; another one is `Invalid bind address format` (opts/hosts.go). */
const HOST_PROTOS = new Set(['tcp', 'unix', 'npipe', 'fd', 'ssh']);

function checkedHost(host: string): string {
  const proto = host.includes('://') ? host.slice(0, host.indexOf('://')) : 'tcp';
  if (!HOST_PROTOS.has(proto.trim())) throw new CliError(`unable to resolve docker endpoint: Invalid bind address format: ${host}`, 1);
  return host;
}

/**
 * --tls/--tlsverify: the client loads its CA (to verify) and a certificate and key given by flag
 * before dialing (go-connections tlsconfig.Client); a missing file ends the line there. With them all the
 * daemon on node1 still listens on no TLS port, so the rest is not simulated.
 */
function refuseTls(c: DockerContext): never {
  const files = c.env.node.state.host.files;
  // SetDefaultOptions drops a default cert or key that is not there; the CA is read only to verify.
  const wanted = [...(c.bool('tlsverify') ? ['tlscacert'] : []), ...['tlscert', 'tlskey'].filter((f) => c.isSet(f))];
  for (const flag of wanted) {
    const path = normalizePath(c.string(flag), c.io.cwd);
    if (!exists(files, path)) throw new CliError(`unable to resolve docker endpoint: open ${c.string(flag)}: no such file or directory`, 1);
  }
  throw new NotSimulatedError('docker --tls (a TLS connection to dockerd)', 'https://docs.docker.com/engine/security/protect-access/');
}

/** The daemon this line talks to. Only the default socket has a daemon on node1. */
export function daemonOf(c: DockerContext): DockerdApi {
  const host = hostOf(c);
  if (!SAME_SOCKET.has(host)) throw new DaemonUnreachableError(host);
  return connectDockerd(c.env.node, host);
}

/**
 * The URL the API client's requests carry for the host this line dials (client.go: a unix
 * socket's path, escaped, stands as the host: `http://%2Fvar%2Frun%2Fdocker.sock`), as its
 * `error during connect: Post "<url>/v1.41/…"` errors print it.
 */
export function daemonUrlOf(c: DockerContext): string {
  const host = hostOf(c);
  return host.startsWith('unix://') ? `http://${encodeURIComponent(host.slice('unix://'.length))}` : host.replace(/^tcp:/, 'http:');
}
