// What crictl 1.26 gets back from remote.NewRemoteRuntimeService / NewRemoteImageService for one
// endpoint (vendor/k8s.io/kubernetes/pkg/kubelet/cri/remote/remote_runtime.go:71-112@cri-tools
// v1.26.0). The gRPC dial does not block, and the connection check only fails on Unimplemented,
// so an endpoint nobody listens on still "connects": its error shows on the first real RPC, as
// `rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing
// dial unix <path>: connect: no such file or directory"` (grpc-go v1.49 http2_client.go:217,
// transport.go:727). Every failed RPC also prints the client's klog ErrorS line (rpc-log.ts).
//
// Only containerd listens here, on its own socket, while its unit runs: then the CRI plugin's
// services answer. Any other path is a socket file nobody created (ENOENT), or an ordinary file
// (ECONNREFUSED, as connecting to a non-socket path gives on Linux).

import { dial } from '../../../containerd/client/index';
import { criServices, type ImageService, type RuntimeService } from '../../../cri/index';
import { ContainerdError } from '../../../errdefs/errdefs';
import { CONTAINERD_SOCKET } from '../../../host/installed-versions';
import { exists } from '../../../host/vfs';
import type { Node } from '../../../node';
import type { CrictlLog } from '../crictl-log';
import { parseEndpoint } from './endpoint';
import { rpcErrorText } from './grpc-status';
import { RPC_LOG, rpcDeadlineMs } from './rpc-log';

export type Connected<S> = { ok: true; service: S } | { ok: false; error: string };

/** Debian's /var/run is a symlink to /run: many guides name the socket through it. */
function physicalPath(address: string): string {
  return address.startsWith('/var/run/') ? address.slice('/var'.length) : address;
}

function served(node: Node, address: string): boolean {
  try {
    dial(node, physicalPath(address));
    return true;
  } catch (err) {
    if (err instanceof ContainerdError) return false;
    throw err;
  }
}

function dialFailure(node: Node, address: string): ContainerdError {
  // A stopped containerd closed its listener, which unlinks the socket: ENOENT, whatever the
  // node's files still list there.
  const stale = physicalPath(address) === CONTAINERD_SOCKET || address === '' || !exists(node.state.host.files, address);
  const cause = stale ? 'no such file or directory' : 'connection refused';
  const transport = `transport: Error while dialing dial unix ${address}: connect: ${cause}`;
  return new ContainerdError('unavailable', `connection error: desc = ${JSON.stringify(transport)}`);
}

/** A service whose every RPC fails as the unreachable endpoint makes it fail. */
function unreachable<S extends object>(error: ContainerdError): S {
  // Not a thenable: `then` stays undefined so that the service can be awaited.
  return new Proxy({} as S, { get: (_t, prop) => (prop === 'then' ? undefined : () => Promise.reject(error)) });
}

/**
 * Every RPC as the client makes it: under its deadline (a call the plugin finished only after
 * it fails with DeadlineExceeded, the plugin's work done all the same, as a real server goes on
 * after the client gave up), and with the client's klog line when it fails.
 */
function logged<S extends object>(node: Node, service: S, log: CrictlLog, timeoutMs: number): S {
  return new Proxy(service, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      const entry = typeof prop === 'string' ? RPC_LOG[prop] : undefined;
      if (typeof value !== 'function' || !entry) return value;
      return async (req: Record<string, unknown> = {}, ...rest: unknown[]) => {
        const deadline = rpcDeadlineMs(String(prop), req, timeoutMs);
        const start = node.nowMs();
        try {
          const result: unknown = await (value as (...a: unknown[]) => Promise<unknown>).call(target, req, ...rest);
          if (deadline !== undefined && node.nowMs() - start > deadline) throw new ContainerdError('deadline exceeded', 'context deadline exceeded');
          return result;
        } catch (err) {
          if (err instanceof ContainerdError) {
            log.klog('E', entry.source, entry.message, [{ key: 'err', value: rpcErrorText(err) }, ...entry.pairs(req ?? {})]);
          }
          throw err;
        }
      };
    },
  });
}

/**
 * Below this a connection timeout has run out before grpc.DialContext returns (its deferred
 * ctx.Err() check fails even a non-blocking dial); the same bound ctr's --connect-timeout uses.
 */
const DIAL_MS = 1;

type Kind = 'runtime' | 'image';

/** remote_runtime.go:98 / remote_image.go:77: klog.ErrorS(err, "Connect remote … failed", "address", addr). */
const CONNECT_FAILED: Record<Kind, { source: string; message: string }> = {
  runtime: { source: 'remote_runtime.go:98', message: 'Connect remote runtime failed' },
  image: { source: 'remote_image.go:77', message: 'Connect remote image service failed' },
};

function connectTo<S extends object>(node: Node, log: CrictlLog, endpoint: string, timeoutMs: number, kind: Kind, pick: (node: Node) => S): Connected<S> {
  const parsed = parseEndpoint(endpoint);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  if (timeoutMs < DIAL_MS) {
    const failed = CONNECT_FAILED[kind];
    log.klog('E', failed.source, failed.message, [
      { key: 'err', value: 'context deadline exceeded' },
      { key: 'address', value: parsed.address },
    ]);
    return { ok: false, error: 'context deadline exceeded' };
  }
  if (parsed.fallbackUrl !== undefined) {
    log.klog('I', 'util_unix.go:103', 'Using this endpoint is deprecated, please consider using full URL format', [
      { key: 'endpoint', value: endpoint },
      { key: 'URL', value: parsed.fallbackUrl },
    ]);
  }
  const service = served(node, parsed.address) ? pick(node) : unreachable<S>(dialFailure(node, parsed.address));
  return { ok: true, service: logged(node, service, log, timeoutMs) };
}

/** `timeoutMs`: the connection timeout, which the client also uses for each RPC's deadline. */
export function connectRuntime(node: Node, log: CrictlLog, endpoint: string, timeoutMs: number): Connected<RuntimeService> {
  return connectTo(node, log, endpoint, timeoutMs, 'runtime', (n) => criServices(n).runtime);
}

export function connectImage(node: Node, log: CrictlLog, endpoint: string, timeoutMs: number): Connected<ImageService> {
  return connectTo(node, log, endpoint, timeoutMs, 'image', (n) => criServices(n).image);
}
