// The listening sockets of the node's running tasks, for the host's network (host/network
// listeners.ts derives "who listens where" from them, never storing a copy): every running
// process whose plan says it listens (nginx on 80, httpd -p …) has a TCP socket on 0.0.0.0
// in its task's network namespace, and answers HTTP through its program's serve(), logging
// the request as the program does (nginx's access log line on its stdout).

import type { Node } from '../../node';
import { findProgram } from '../../programs/registry';
import { HOST_NETNS, type HttpRequest, type Listener } from '../../host/network/index';
import type { ContainerRecord, ProcessRecord, TaskRecord } from '../metadata/schema';
import { containerFs } from './container-fs';
import { planOf } from './process-plan';
import { appendOutput } from './process-output';

const JOINED_NET = /^\/proc\/(\d+)\/ns\/net$/;

/** A listening socket's backlog as ss shows it: nginx's `listen` default 511, else somaxconn (4096). */
function backlogOf(program: string): number {
  return program === 'nginx' ? 511 : 4096;
}

/**
 * The network namespace path `container`'s task lives in: none in its spec is the node's
 * (--net host); a path is the one it joined (a pod's, a CNI netns), with /proc/<pid>/ns/net of
 * another running task followed to that task's own; no path is the one runc made for the
 * task's init, /proc/<pid>/ns/net.
 */
export function taskNetns(node: Node, ns: string, container: ContainerRecord, task: TaskRecord, depth = 0): string {
  const entry = container.spec.linux?.namespaces?.find((n) => n.type === 'network');
  if (!entry) return HOST_NETNS;
  if (entry.path === undefined || entry.path === '') return `/proc/${task.init.pid}/ns/net`;
  const joined = JOINED_NET.exec(entry.path);
  if (joined && depth < 4) {
    const pid = Number(joined[1]);
    const bucket = node.state.containerd.namespaces[ns];
    const owner = bucket && Object.values(bucket.tasks).find((t) => t.init.pid === pid && t !== task);
    const ownerContainer = owner && bucket.containers[owner.containerId];
    if (owner && ownerContainer) return taskNetns(node, ns, ownerContainer, owner, depth + 1);
  }
  return entry.path;
}

function isRunning(node: Node, p: ProcessRecord): boolean {
  if (p.status === 'STOPPED' || p.args.length === 0) return false;
  const exitAt = planOf(p).exitAtMs;
  return exitAt === undefined || exitAt > node.nowMs();
}

/** Answers one request with the process's program, and writes its access log line. */
function serveFrom(node: Node, ns: string, container: ContainerRecord, p: ProcessRecord, request: HttpRequest) {
  const plan = planOf(p);
  const program = findProgram(plan.program);
  const reply = program?.serve?.({ fs: containerFs(node, ns, container), argv: plan.serverArgs ?? p.args, env: p.env, nowMs: node.nowMs() }, request.path, request) ?? { status: 404, body: '' };
  const line = program?.accessLog?.({
    path: request.path,
    status: reply.status,
    bytes: request.method === 'HEAD' ? 0 : reply.body.length,
    atMs: node.nowMs(),
    userAgent: request.userAgent,
    clientIp: request.clientIp,
    method: request.method,
  });
  if (line) appendOutput(node, p.pid, { ...line, atMs: node.nowMs() - plan.startedAtMs });
  return reply;
}

/** Every listening socket of every running task, in all containerd namespaces. */
export function taskListeners(node: Node): Listener[] {
  const out: Listener[] = [];
  for (const [ns, bucket] of Object.entries(node.state.containerd.namespaces)) {
    for (const task of Object.values(bucket.tasks)) {
      const container = bucket.containers[task.containerId];
      if (!container) continue;
      for (const p of [task.init, ...Object.values(task.execs)]) {
        const plan = planOf(p);
        if (plan.listens.length === 0 || !isRunning(node, p)) continue;
        const netns = taskNetns(node, ns, container, task);
        for (const port of plan.listens) {
          out.push({
            netns,
            protocol: 'tcp',
            ip: '0.0.0.0',
            port,
            backlog: backlogOf(plan.program),
            process: { name: plan.program || (p.args[0] ?? ''), pid: p.pid, fd: 6 },
            serve: (request) => serveFrom(node, ns, container, p, request),
          });
        }
      }
    }
  }
  return out;
}
