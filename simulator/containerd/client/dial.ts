// The client's dial (grpc.DialContext in containerd.New): it succeeds only when the daemon runs
// and listens on the address asked for. Every ctr command but `version`'s client block dials
// first, so with containerd stopped all of them fail the same way (transcript 13-daemon-down).

import { ContainerdError } from '../../errdefs/errdefs';
import { CONTAINERD_SOCKET } from '../../host/installed-versions';
import type { Node } from '../../node';
import { daemonRunning } from '../daemon';

/** The gRPC dial failure of a client whose daemon is not listening on `address`. */
function dialError(address: string): ContainerdError {
  const target = address.startsWith('unix://') ? address : `unix://${address}`;
  return new ContainerdError(
    'deadline exceeded',
    `failed to dial "${address}": context deadline exceeded: connection error: desc = "transport: error while dialing: dial ${target}: timeout"`,
  );
}

/** Throws the dial error unless containerd's unit is active and it listens on `address`. */
export function dial(node: Node, address: string): void {
  const normalized = address.replace(/^unix:\/\//, '');
  if (!daemonRunning(node) || normalized !== CONTAINERD_SOCKET) throw dialError(address);
}
