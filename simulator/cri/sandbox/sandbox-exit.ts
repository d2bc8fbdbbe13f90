// What the plugin's event monitor does when a pause process exits (pkg/cri/server/events.go
// handleSandboxExit): the task is deleted (killing what is left), the sandbox becomes NOTREADY
// with PID 0. It follows containerd's /tasks/exit events in k8s.io, so a `ctr -n k8s.io t kill`
// of the pause task shows in CRI as on a real node; StopPodSandbox calls it directly too.

import type { EventEnvelope } from '../../containerd/client/index';
import type { Node } from '../../node';
import { ContainerdError, isNotFound } from '../../errdefs/errdefs';
import { criContext, CRI_NAMESPACE, type CriContext } from '../context';
import type { SandboxRecord } from '../store/sandbox-record';

/** handleSandboxExit: idempotent, a task already gone is fine. */
export function handleSandboxExit(ctx: CriContext, record: SandboxRecord): void {
  try {
    ctx.k8s.containers.loadContainer(record.id).task().delete({ processKill: true });
  } catch (err) {
    if (!(err instanceof ContainerdError)) throw err;
    if (!isNotFound(err)) return;
  }
  record.state = 'SANDBOX_NOTREADY';
  record.pid = 0;
}

const EXIT_EVENTS = [`topic=="/tasks/exit",namespace==${JSON.stringify(CRI_NAMESPACE)}`];

/** Starts following pause exits on `node` (the plugin's event monitor); returns its stop. */
export function startSandboxExitMonitor(node: Node): () => void {
  const ctx = criContext(node);
  return ctx.k8s.events.subscribe(EXIT_EVENTS, (e: EventEnvelope) => {
    const id = typeof e.event.container_id === 'string' ? e.event.container_id : '';
    // Only the init process's exit ends a sandbox; an exec's has its own id.
    if (id === '' || e.event.id !== id) return;
    const record = node.state.cri.sandboxes[id];
    if (!record || record.state === 'SANDBOX_NOTREADY') return;
    handleSandboxExit(ctx, record);
  });
}
