// What every docker command's action works with: the node, and the daemon it dials. The CLI
// reaches dockerd only through simulator/dockerd/index.ts, as over /var/run/docker.sock.

import { connectDockerd, DaemonUnreachableError, DOCKER_HOST, type DockerdApi } from '../../dockerd/index';
import { CliError } from '../../cli/cli-error';
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
  const flag = c.stringSlice('host')[0];
  if (flag !== undefined) return flag;
  const name = currentContextName(c, readConfig(c));
  if (name === DEFAULT_CONTEXT) return c.env.dockerHost ?? dockerHostEnv(c) ?? DOCKER_HOST;
  const meta = loadContext(c, name);
  if (!meta) throw new CliError(`unable to resolve docker endpoint: context "${name}" does not exist`, 1);
  return meta.Endpoints.docker?.Host ?? DOCKER_HOST;
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
