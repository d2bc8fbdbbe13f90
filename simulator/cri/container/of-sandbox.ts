// What the sandbox service asks of the containers of one pod (containerd 1.6.20
// sandbox_stop.go and sandbox_remove.go): StopPodSandbox stops each forcibly (timeout 0),
// RemovePodSandbox removes each as RemoveContainer does, in the store's order; the first
// failure ends the loop with the pod's own context around it.

import { wrapf } from '../../errdefs/errdefs';
import type { CriCall } from '../api/services';
import type { CriContext } from '../context';
import { listContainerRecords } from './container-store';
import { removeContainerRecord } from './remove';
import { stopContainerRecord } from './stop';

/** stopPodSandbox's loop: `failed to stop container "<id>": <err>`. */
export async function stopContainersOfSandbox(ctx: CriContext, sandboxId: string, call?: CriCall): Promise<void> {
  for (const record of listContainerRecords(ctx)) {
    if (record.sandboxId !== sandboxId) continue;
    try {
      await stopContainerRecord(ctx, record, 0, call);
    } catch (err) {
      throw wrapf(err, `failed to stop container ${JSON.stringify(record.id)}`);
    }
  }
}

/** RemovePodSandbox's loop: `failed to remove container "<id>": <err>`. */
export async function removeContainersOfSandbox(ctx: CriContext, sandboxId: string, call?: CriCall): Promise<void> {
  for (const record of listContainerRecords(ctx)) {
    if (record.sandboxId !== sandboxId) continue;
    try {
      await removeContainerRecord(ctx, record, call);
    } catch (err) {
      throw wrapf(err, `failed to remove container ${JSON.stringify(record.id)}`);
    }
  }
}
