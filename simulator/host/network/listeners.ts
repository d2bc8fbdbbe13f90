// Who listens on which address and port in which network namespace. The table is derived,
// never stored: the tasks service knows which processes run and what they listen on (their
// ProcessPlan's `listens`) and in which namespace, and registers a source here that lists them
// (containerd/tasks/task-listeners.ts); the node's own daemons can register theirs. The host
// layer does not import containerd: sources are plain functions of the node.

import type { Node } from '../../node';
import type { HttpReply, HttpRequest } from './http-types';

export interface Listener {
  /** The network namespace path the socket lives in (HOST_NETNS for the node's own). */
  netns: string;
  protocol: 'tcp' | 'udp';
  /** Bound address: "0.0.0.0", "127.0.0.1", "::" (IPv6 any), "::1"… */
  ip: string;
  port: number;
  /** The listen backlog, which ss shows as Send-Q of a listening socket (511 for nginx, 4096 for Go). */
  backlog: number;
  /** The process owning it, as `ss -p` names it (host PID). */
  process?: { name: string; pid: number; fd: number };
  /** Answers one HTTP request on this socket; absent when the server speaks no HTTP. */
  serve?(request: HttpRequest): HttpReply;
}

/** Lists listening sockets of one kind of owner (containerd's tasks, containerd itself…). */
export type ListenerSource = (node: Node) => Listener[];

const sources = new Map<string, ListenerSource>();

/** Registers (or replaces) the source named `name`; the composition root does this once. */
export function registerListenerSource(name: string, source: ListenerSource): void {
  sources.set(name, source);
}

/** Every listening socket on the node, in all namespaces, in registration order. */
export function allListeners(node: Node): Listener[] {
  const out: Listener[] = [];
  for (const source of sources.values()) out.push(...source(node));
  return out;
}

/** The sockets of namespace `netns`. */
export function listenersIn(node: Node, netns: string): Listener[] {
  return allListeners(node).filter((l) => l.netns === netns);
}

/** True when a socket bound to `bound` accepts a connection to IPv4 `ip` (any-address binds accept all). */
function accepts(bound: string, ip: string): boolean {
  return bound === ip || bound === '0.0.0.0' || bound === '::';
}

/** Who accepts a TCP connection to ip:port in namespace `netns`, if anyone: the most specific bind wins. */
export function whoListens(node: Node, netns: string, ip: string, port: number): Listener | undefined {
  const here = listenersIn(node, netns).filter((l) => l.protocol === 'tcp' && l.port === port && accepts(l.ip, ip));
  return here.find((l) => l.ip === ip) ?? here.find((l) => l.ip === '0.0.0.0') ?? here[0];
}
