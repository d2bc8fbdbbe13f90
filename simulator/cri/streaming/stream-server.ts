// containerd's CRI streaming server (pkg/cri/streaming/server.go, request_cache.go): Exec,
// Attach and PortForward only validate the request and file it under a one-time token; the
// client then opens `http://<stream_server_address>:<port>/<verb>/<token>` and the stream runs
// there. The server listens on 127.0.0.1 at a port the kernel picked when containerd started
// (stream_server_port "0"), so the port changes with each start of containerd.

import { ContainerdError } from '../../errdefs/errdefs';
import { mainPid } from '../../host/systemd';
import { nextUint32 } from '../../host/random';
import type { Node, NodeRuntime } from '../../node';
import type { CriContext } from '../context';

/** request_cache.go: tokens live a minute, at most 1000 wait at once. */
const CACHE_TTL_MS = 60_000;
const MAX_IN_FLIGHT = 1000;
/** Linux's default ephemeral port range (net.ipv4.ip_local_port_range). */
const EPHEMERAL_LOW = 32768;
const EPHEMERAL_HIGH = 60999;

export interface ExecStreamRequest {
  containerId: string;
  cmd: string[];
  tty: boolean;
  stdin: boolean;
  stdout: boolean;
  stderr: boolean;
}

export interface AttachStreamRequest {
  containerId: string;
  stdin: boolean;
  tty: boolean;
  stdout: boolean;
  stderr: boolean;
}

export interface PortForwardStreamRequest {
  podSandboxId: string;
  port: number[];
}

export type StreamRequest =
  | { verb: 'exec'; req: ExecStreamRequest }
  | { verb: 'attach'; req: AttachStreamRequest }
  | { verb: 'portforward'; req: PortForwardStreamRequest };

interface Filed {
  request: StreamRequest;
  expiresAtMs: number;
}

const caches = new WeakMap<NodeRuntime, Map<string, Filed>>();

function cacheOf(node: Node): Map<string, Filed> {
  let cache = caches.get(node.runtime);
  if (!cache) caches.set(node.runtime, (cache = new Map()));
  return cache;
}

/** The port the server listens on for this run of containerd (stable until it restarts). */
export function streamServerPort(node: Node): number {
  const unit = node.state.host.units.containerd;
  const seed = unit ? mainPid(unit) * 2654435761 + (unit.activeSinceMs ?? 0) : 0;
  const span = EPHEMERAL_HIGH - EPHEMERAL_LOW + 1;
  return EPHEMERAL_LOW + (((seed % span) + span) % span);
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** uniqueToken: 6 random bytes, base64 (raw URL alphabet), cut to 8 characters. */
function newToken(node: Node, cache: Map<string, Filed>): string {
  for (;;) {
    let token = '';
    for (let i = 0; i < 8; i++) token += BASE64URL[nextUint32(node.state.random) & 63];
    if (!cache.has(token)) return token;
  }
}

function gc(node: Node, cache: Map<string, Filed>): void {
  const now = node.nowMs();
  for (const [token, filed] of cache) if (filed.expiresAtMs <= now) cache.delete(token);
}

/** requestCache.Insert and buildURL. Throws ResourceExhausted's text when 1000 wait already. */
export function fileStreamRequest(ctx: CriContext, request: StreamRequest): string {
  const cache = cacheOf(ctx.node);
  gc(ctx.node, cache);
  if (cache.size >= MAX_IN_FLIGHT) {
    throw new ContainerdError('unavailable', `maximum number of in-flight requests exceeded: ${MAX_IN_FLIGHT}`);
  }
  const token = newToken(ctx.node, cache);
  cache.set(token, { request, expiresAtMs: ctx.node.nowMs() + CACHE_TTL_MS });
  return `http://127.0.0.1:${streamServerPort(ctx.node)}/${request.verb}/${token}`;
}

/**
 * requestCache.Consume for the URL a client opens: the request filed under its token, once;
 * undefined when the URL is not this server's, the token unknown or expired (the server's 404).
 */
export function consumeStreamRequest(node: Node, url: string): StreamRequest | undefined {
  const m = /^http:\/\/127\.0\.0\.1:(\d+)\/(exec|attach|portforward)\/([A-Za-z0-9_-]{8})$/.exec(url);
  if (!m || Number(m[1]) !== streamServerPort(node)) return undefined;
  const cache = cacheOf(node);
  const token = m[3] as string;
  const filed = cache.get(token);
  cache.delete(token);
  if (!filed || filed.expiresAtMs <= node.nowMs() || filed.request.verb !== m[2]) return undefined;
  return filed.request;
}
