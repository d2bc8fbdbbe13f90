// What the container RPCs need of a pod sandbox: the sandbox store's record (by id or unique
// prefix, as its truncindex) and the pause task's PID, read through containerd.

import type { SandboxRecord } from '../store/sandbox-record';
import type { CriContext } from '../context';
import { resolveIdPrefix } from './container-store';

/** sandboxStore.Get(id). notFound (`not found`), the truncindex's plain errors. */
export function getSandboxRecord(ctx: CriContext, idOrPrefix: string): SandboxRecord {
  const records = ctx.node.state.cri.sandboxes;
  if (Object.hasOwn(records, idOrPrefix)) return records[idOrPrefix] as SandboxRecord;
  return records[resolveIdPrefix(Object.keys(records), idOrPrefix)] as SandboxRecord;
}

/** sandbox.Container.Task(ctx, nil).Pid(): throws the client's notFound when the pause task is gone. */
export function sandboxPid(ctx: CriContext, sandboxId: string): number {
  return ctx.k8s.containers.loadContainer(sandboxId).task().pid();
}
