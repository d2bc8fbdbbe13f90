// The Docker Engine as a daemon on node1: the `docker` systemd unit (Debian's docker.io) is
// what says it runs, and its API socket is /var/run/docker.sock. Its unit Requires=
// containerd.service, so stopping containerd stops dockerd too (node-units.ts wires that).

import { isActive } from '../host/systemd';
import type { Node } from '../node';

export const DOCKER_UNIT = 'docker';

/** Where the CLI dials by default (client.DefaultDockerHost). */
export const DOCKER_HOST = 'unix:///var/run/docker.sock';

/** dockerd's data root (--data-root default). */
export const DOCKER_ROOT = '/var/lib/docker';

export function dockerdRunning(node: Node): boolean {
  return isActive(node, DOCKER_UNIT);
}
