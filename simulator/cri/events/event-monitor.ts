// The CRI plugin's event monitor (containerd 1.6.20 pkg/cri/server/events.go): one subscription
// per node to the task events of k8s.io, handed to each handler in turn until one claims the
// event, as handleEvent tries the container store, then the sandbox store. The container
// handler is here; the sandbox service adds its own to SANDBOX_EXIT_HANDLERS.

import type { EventEnvelope } from '../../containerd/client/index';
import { handleContainerExit, handleContainerOom } from '../container/container-exit';
import { criContext, CRI_NAMESPACE, type CriContext } from '../context';
import type { Node } from '../../node';

/** A handler of one event body: returns whether the event was its object's. */
export type CriEventHandler = (ctx: CriContext, event: Record<string, unknown>) => boolean;

/** TaskExit handlers tried after the container store's (the sandbox store's goes here). */
export const SANDBOX_EXIT_HANDLERS: CriEventHandler[] = [];

const TOPICS = ['/tasks/exit', '/tasks/oom'];

function dispatch(ctx: CriContext, envelope: EventEnvelope): void {
  const event = (envelope.event ?? {}) as Record<string, unknown>;
  if (envelope.topic === '/tasks/oom') {
    handleContainerOom(ctx, event);
    return;
  }
  if (handleContainerExit(ctx, event)) return;
  for (const handler of SANDBOX_EXIT_HANDLERS) if (handler(ctx, event)) return;
}

/** Subscribes the monitor on `node`; returns its stop. */
export function startCriEventMonitor(node: Node): () => void {
  const ctx = criContext(node);
  const filters = TOPICS.map((t) => `topic==${JSON.stringify(t)},namespace==${JSON.stringify(CRI_NAMESPACE)}`);
  return ctx.k8s.events.subscribe(filters, (e) => dispatch(ctx, e));
}
