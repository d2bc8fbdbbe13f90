// StopPodSandbox as containerd 1.6.20 does it (pkg/cri/server/sandbox_stop.go): every
// container of the pod is stopped at once (timeout 0), the pause task of a ready sandbox is
// SIGKILLed and its exit handled (task deleted, NOTREADY), the pod network torn down and its
// namespace removed. Stopping a stopped sandbox succeeds again.

import { ContainerdError, isNotFound, wrapf } from '../../errdefs/errdefs';
import type { ContainerRpcs, CriCall } from '../api/services';
import type { CriContext } from '../context';
import type { SandboxRecord } from '../store/sandbox-record';
import { handleSandboxExit } from './sandbox-exit';

/** The container store's records of one pod, in store order. */
export function podContainerIds(ctx: CriContext, sandboxId: string): string[] {
  return Object.values(ctx.node.state.cri.containers)
    .filter((c) => c.sandboxId === sandboxId)
    .map((c) => c.id);
}

export async function stopPodSandbox(ctx: CriContext, containers: ContainerRpcs, record: SandboxRecord, call?: CriCall): Promise<void> {
  const id = record.id;
  for (const containerId of podContainerIds(ctx, id)) {
    try {
      await containers.stopContainer({ containerId, timeout: 0 }, call);
    } catch (err) {
      throw wrapf(err, `failed to stop container ${JSON.stringify(containerId)}`);
    }
  }
  if (record.state === 'SANDBOX_READY' || record.state === 'SANDBOX_UNKNOWN') {
    const state = record.state;
    try {
      ctx.k8s.containers.loadContainer(id).task().kill({ name: 'SIGKILL', number: 9 });
    } catch (err) {
      if (!(err instanceof ContainerdError)) throw err;
      if (!isNotFound(err)) throw wrapf(err, `failed to stop sandbox container ${JSON.stringify(id)} in ${JSON.stringify(stateWord(state))} state: failed to kill sandbox container`);
    }
    // The event monitor normally handled the exit already; waitSandboxStop returns once it has.
    handleSandboxExit(ctx, record);
  }
  if (record.netnsPath !== '') record.netnsClosed = true;
}

/** sandboxstore.State's String(): what the stop error names. */
function stateWord(state: SandboxRecord['state']): string {
  return state === 'SANDBOX_READY' ? 'SANDBOX_READY' : state === 'SANDBOX_NOTREADY' ? 'SANDBOX_NOTREADY' : 'SANDBOX_UNKNOWN';
}
