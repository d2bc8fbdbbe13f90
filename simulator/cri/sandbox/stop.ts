// StopPodSandbox as containerd 1.6.20 does it (pkg/cri/server/sandbox_stop.go): every
// container of the pod is stopped at once (timeout 0), the pause task of a ready sandbox is
// SIGKILLed and its exit handled (task deleted, NOTREADY; a sandbox left UNKNOWN by a failed
// setup just becomes NOTREADY), the pod network torn down (which fails while the node has no CNI
// config, as RunPodSandbox did) and its namespace removed. Stopping a stopped sandbox succeeds again.

import { ContainerdError, isNotFound, plain, wrapf } from '../../errdefs/errdefs';
import type { CriCall } from '../api/services';
import type { CriContext } from '../context';
import { stopContainersOfSandbox } from '../container/of-sandbox';
import type { SandboxRecord } from '../store/sandbox-record';
import { cniNotReady } from './pod-network';
import { handleSandboxExit } from './sandbox-exit';

export async function stopPodSandbox(ctx: CriContext, record: SandboxRecord, call?: CriCall): Promise<void> {
  const id = record.id;
  await stopContainersOfSandbox(ctx, id, call);
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
  // teardownPodNetwork runs for every pod-network sandbox, a closed namespace included.
  if (record.netnsPath !== '') {
    const notReady = cniNotReady(ctx);
    if (notReady !== undefined) throw plain(`failed to destroy network for sandbox ${JSON.stringify(id)}: ${notReady}`);
    record.netnsClosed = true;
  }
}

/** sandboxstore.State's String(): what the stop error names. */
function stateWord(state: SandboxRecord['state']): string {
  return state === 'SANDBOX_READY' ? 'SANDBOX_READY' : state === 'SANDBOX_NOTREADY' ? 'SANDBOX_NOTREADY' : 'SANDBOX_UNKNOWN';
}
