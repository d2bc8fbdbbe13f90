// RemoveContainer as containerd 1.6.20 does it (pkg/cri/server/container_remove.go): an
// unknown id is no error; a running container is stopped forcibly first (timeout 0), then the
// containerd container goes with its snapshot, and the record and its name are released.

import { isNotFound, plain, wrapf } from '../../errdefs/errdefs';
import type { CriCall } from '../api/services';
import type { CriContext } from '../context';
import { containerRecords, getContainerRecord, type CriContainerRecord } from './container-store';
import { stopContainerRecord } from './stop';
import { deleteExitedTask } from './container-exit';

/** setContainerRemoving's refusals. */
function refuseRemoving(record: CriContainerRecord): string | undefined {
  if (record.state === 'CONTAINER_RUNNING') return 'container is still running, to stop first';
  if (record.state === 'CONTAINER_UNKNOWN') return 'container state is unknown, to stop first';
  if (record.removing) return 'container is already in removing state';
  return undefined;
}

export async function removeContainerRecord(ctx: CriContext, record: CriContainerRecord, call?: CriCall): Promise<void> {
  const id = record.id;
  // container.Container.Info: a containerd container removed underneath (ctr c rm) stops it here.
  try {
    ctx.k8s.containers.loadContainer(id).info();
  } catch (err) {
    throw wrapf(err, 'get container info');
  }
  if (record.state === 'CONTAINER_RUNNING' || record.state === 'CONTAINER_UNKNOWN') {
    try {
      await stopContainerRecord(ctx, record, 0, call);
    } catch (err) {
      throw wrapf(err, `failed to forcibly stop container ${JSON.stringify(id)}`);
    }
  }
  const refusal = refuseRemoving(record);
  if (refusal) throw plain(`failed to set removing state for container ${JSON.stringify(id)}: ${refusal}`);
  record.removing = true;
  // The monitor's deletion of an exited task may still be due: it has happened by now.
  deleteExitedTask(ctx, id);
  try {
    ctx.k8s.containers.loadContainer(id).delete({ snapshotCleanup: true });
  } catch (err) {
    if (!isNotFound(err)) {
      record.removing = false;
      throw wrapf(err, `failed to delete containerd container ${JSON.stringify(id)}`);
    }
  }
  delete containerRecords(ctx)[id];
}

export async function removeContainer(ctx: CriContext, req: { containerId: string }, call?: CriCall): Promise<void> {
  let record: CriContainerRecord;
  try {
    record = getContainerRecord(ctx, req.containerId);
  } catch (err) {
    if (!isNotFound(err)) throw wrapf(err, `an error occurred when try to find container ${JSON.stringify(req.containerId)}`);
    return;
  }
  await removeContainerRecord(ctx, record, call);
}
