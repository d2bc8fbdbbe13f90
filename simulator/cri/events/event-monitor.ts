// The CRI plugin's event monitor for containers (containerd 1.6.20 pkg/cri/server/events.go):
// one subscription per node to the task events of k8s.io; a TaskExit whose id is a CRI
// container's makes it EXITED (container-exit.ts), a TaskOOM marks its reason. The sandbox
// service follows the pause containers' exits with its own subscription (sandbox-exit.ts).

import type { EventEnvelope } from '../../containerd/client/index';
import { handleContainerExit, handleContainerOom } from '../container/container-exit';
import { criContext, CRI_NAMESPACE, type CriContext } from '../context';
import type { Node } from '../../node';

const TOPICS = ['/tasks/exit', '/tasks/oom'];

function dispatch(ctx: CriContext, envelope: EventEnvelope): void {
  const event = (envelope.event ?? {}) as Record<string, unknown>;
  if (envelope.topic === '/tasks/oom') handleContainerOom(ctx, event);
  else handleContainerExit(ctx, event);
}

/** Subscribes the monitor on `node`; returns its stop. */
export function startCriEventMonitor(node: Node): () => void {
  const ctx = criContext(node);
  const filters = TOPICS.map((t) => `topic==${JSON.stringify(t)},namespace==${JSON.stringify(CRI_NAMESPACE)}`);
  return ctx.k8s.events.subscribe(filters, (e) => dispatch(ctx, e));
}
