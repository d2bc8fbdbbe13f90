// The client's dial (grpc.DialContext in containerd.New): it succeeds only when the daemon runs
// and listens on the address asked for. Every ctr command but `version`'s client block dials
// first, so with containerd stopped all of them fail the same way (transcript 13-daemon-down).

import { ContainerdError } from '../../errdefs/errdefs';
import { CONTAINERD_SOCKET } from '../../host/installed-versions';
import { exists, normalizePath } from '../../host/vfs';
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

/** How containerd.New dials: its connect timeout (0 means the client's 10 s) and the caller's cwd. */
export interface DialOptions {
  timeoutMs: number;
  cwd: string;
}

/**
 * gRPC's first connection attempt gets a deadline of one backoff step (BaseDelay 1 s, as
 * containerd sets MinConnectTimeout to 0): pkg/dialer's wait for a missing socket gives up
 * then with `dial unix://…: timeout`. Only a connect timeout longer than that has seen the
 * attempt fail and reports it after `context deadline exceeded` (checked on a real ctr: 1 s
 * prints the bare deadline, 2 s the transport suffix).
 */
const FIRST_ATTEMPT_MS = 1000;

/** containerd.New's default when --connect-timeout is 0. */
const DEFAULT_CONNECT_MS = 10_000;

/**
 * Throws the dial error unless containerd's unit is active and it listens on `address`.
 * With `options` (ctr's own dial) the failure depends on what is at the path: an existing
 * file or directory that no daemon listens on refuses at once (ECONNREFUSED is no temporary
 * error, and containerd dials with FailOnNonTempDialError); a missing one is waited for
 * until the deadline; a negative timeout has expired before the dial starts.
 */
export function dial(node: Node, address: string, options?: DialOptions): void {
  if (!options) {
    const normalized = address.replace(/^unix:\/\//, '');
    if (!daemonRunning(node) || normalized !== CONTAINERD_SOCKET) throw dialError(address);
    return;
  }
  // ctr 1.6.20 hands gRPC `unix://<address>` and its dialer strips one `unix://` again, so an
  // address the user wrote as `unix:///run/…` becomes the relative path `unix:/run/…`, which
  // never exists (checked on a real ctr: it times out even at the daemon's own socket).
  const timeout = options.timeoutMs === 0 ? DEFAULT_CONNECT_MS : options.timeoutMs;
  const expired = () => new ContainerdError('deadline exceeded', `failed to dial ${JSON.stringify(address)}: context deadline exceeded`);
  if (timeout < 0) throw expired();
  const path = normalizePath(address, options.cwd);
  if (path === CONTAINERD_SOCKET && daemonRunning(node)) return;
  if (path !== CONTAINERD_SOCKET && exists(node.state.host.files, path)) {
    throw new ContainerdError(
      'unavailable',
      `failed to dial ${JSON.stringify(address)}: connection error: desc = "transport: error while dialing: dial unix ${address}: connect: connection refused"`,
    );
  }
  if (timeout <= FIRST_ATTEMPT_MS) throw expired();
  throw new ContainerdError(
    'deadline exceeded',
    `failed to dial ${JSON.stringify(address)}: context deadline exceeded: connection error: desc = "transport: error while dialing: dial unix://${address}: timeout"`,
  );
}

/**
 * containerd.New with an empty address dials nothing; every service call then fails with
 * this (client.go's `no grpc connection or services is available`).
 */
export function noConnection(): ContainerdError {
  return new ContainerdError('unavailable', 'no grpc connection or services is available: unavailable');
}
