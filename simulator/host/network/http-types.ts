// What travels over a simulated TCP connection: one HTTP/1.1 request and its answer. Servers
// (programs inside containers) answer requests; clients (curl, wget, busybox wget) send them
// through http.ts, which finds the server by address and port.

export interface HttpRequest {
  method: string;
  /** The request target: path and query ("/", "/index.html?x=1"). */
  path: string;
  /** The Host header as the client sent it ("localhost", "10.4.0.2:8080"). */
  host: string;
  userAgent: string;
  /** Extra headers in the order given (curl -H). */
  headers: Array<[string, string]>;
  /** The address the server sees the connection come from (after NAT). */
  clientIp: string;
  /** Optional: the request body (a registry's PUT of a manifest); absent for GET and HEAD. */
  body?: string;
}

export interface HttpReply {
  status: number;
  body: string;
  /** Response headers in the server's order, without the status line; absent: only Content-Length. */
  headers?: Array<[string, string]>;
}

/**
 * Why a connection or request failed, as the socket reports it: refused (RST: nothing listens),
 * unreachable (EHOSTUNREACH: no one has the address on the link), network-unreachable
 * (ENETUNREACH: no route), timeout (the SYN went out and nothing came back, as for every
 * address beyond the node: it is offline), bad-address (the name does not resolve).
 */
export type ConnectFailure = 'refused' | 'unreachable' | 'network-unreachable' | 'timeout' | 'bad-address';

/** A request's outcome: the server's reply, or why it never arrived. */
export type HttpOutcome = { kind: 'reply'; reply: HttpReply; serverIp: string } | { kind: 'failed'; failure: ConnectFailure };
