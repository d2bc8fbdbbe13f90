// What every docker command's action works with: the node, and the daemon it dials. The CLI
// reaches dockerd only through simulator/dockerd/index.ts, as over /var/run/docker.sock.

import type { ActionContext, CommandSpec } from '../../cli/spec';
import { connectDockerd, DaemonUnreachableError, DOCKER_HOST, type DockerdApi } from '../../dockerd/index';
import type { Node } from '../../node';

export interface DockerEnv {
  node: Node;
  /** DOCKER_HOST of the line's environment, if set. */
  dockerHost?: string;
}

export type DockerCommand = CommandSpec<DockerEnv>;
export type DockerContext = ActionContext<DockerEnv>;

/** /run is /var/run's target on Debian: both name the one socket. */
const SAME_SOCKET = new Set([DOCKER_HOST, 'unix:///run/docker.sock']);

/** The host this line dials: -H, else DOCKER_HOST, else the default socket (cli/flags/common.go). */
function hostOf(c: DockerContext): string {
  return c.stringSlice('host')[0] ?? c.env.dockerHost ?? DOCKER_HOST;
}

/** The daemon this line talks to. Only the default socket has a daemon on node1. */
export function daemonOf(c: DockerContext): DockerdApi {
  const host = hostOf(c);
  if (!SAME_SOCKET.has(host)) throw new DaemonUnreachableError(host);
  return connectDockerd(c.env.node, host);
}
