// One HTTP request from a client in a network namespace to a server found by address and
// port (connect.ts): the server's serve() answers it, or the connection fails the way the
// socket would report it. A HEAD is answered as a GET without its body, as servers do.

import type { Node } from '../../node';
import { connectTcp } from './connect';
import type { HttpOutcome, HttpRequest } from './http-types';
import { isIpv4 } from './ip-address';
import { resolveName } from './resolve';

export interface HttpGetOptions {
  userAgent: string;
  /** GET unless given (curl -X, -I's HEAD). */
  method?: string;
  headers?: Array<[string, string]>;
  /** The client's /etc/hosts text; for the node's own clients, the node's /etc/hosts. */
  hostsText?: string;
  /** The Host header; default host, with :port when the port is not 80. */
  hostHeader?: string;
}

/**
 * Sends one request over TCP from `fromNetns` to an IPv4 address (no resolution): the
 * outcome names the address the server answered on.
 */
export function httpRequest(node: Node, fromNetns: string, ip: string, port: number, request: Omit<HttpRequest, 'clientIp'>): HttpOutcome {
  const connection = connectTcp(node, fromNetns, ip, port);
  if (connection.kind === 'failed') return connection;
  const serve = connection.listener.serve;
  // A socket that speaks no HTTP closes without a reply (curl: (52) Empty reply from server).
  if (!serve) return { kind: 'reply', reply: { status: 0, body: '' }, serverIp: connection.serverIp };
  const get = request.method === 'HEAD' ? { ...request, method: 'GET' } : request;
  const reply = serve({ ...get, clientIp: connection.clientIp });
  return { kind: 'reply', reply: request.method === 'HEAD' ? { ...reply, body: '' } : reply, serverIp: connection.serverIp };
}

/**
 * GET http://host:port/path from namespace `fromNetns`: the name resolved through `hostsText`
 * (IPv4 addresses only: the servers listen on IPv4), then httpRequest. A name that does not
 * resolve fails with bad-address.
 */
export function httpGet(node: Node, fromNetns: string, host: string, port: number, path: string, options: HttpGetOptions): HttpOutcome {
  const resolved = resolveName(host, options.hostsText ?? '');
  const ip = resolved?.addresses.find(isIpv4);
  if (!ip) return { kind: 'failed', failure: 'bad-address' };
  return httpRequest(node, fromNetns, ip, port, {
    method: options.method ?? 'GET',
    path,
    host: options.hostHeader ?? (port === 80 ? host : `${host}:${port}`),
    userAgent: options.userAgent,
    headers: options.headers ?? [],
  });
}
