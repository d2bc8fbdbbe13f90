// DELETE /containers/{id} (moby v20.10.24 daemon/delete.go ContainerRm): a running or paused
// container is refused unless forced (then killed first, its restart policy no longer acting);
// the containerd container in `moby` goes with its task, then its read-write layer, its
// endpoints' records, dockerd's record and its directory under /var/lib/docker/containers.

import { isNotFound } from '../../errdefs/errdefs';
import type { Node } from '../../node';
import { conflict } from '../errors';
import { destroyContainer } from '../runtime/monitor';
import { cleanupAfterExit, mobyClient } from '../runtime/task';
import { findContainer } from './lookup';
import { releaseMounts } from '../volumes/mounts';
import { logContainerEvent } from '../events/event-log';

export function removeContainer(node: Node, typed: string, force: boolean, removeVolumes = false): void {
  const record = findContainer(node, typed);
  const live = record.state.status === 'running' || record.state.status === 'paused' || record.state.status === 'restarting';
  if (live && !force) {
    const verb = record.state.status === 'paused' ? 'paused' : 'running';
    throw conflict(`You cannot remove a ${verb} container ${record.id}. ${verb === 'paused' ? 'Unpause and then stop' : 'Stop'} the container before attempting removal or force remove`);
  }
  // Removal in progress: an exit now must not restart it.
  record.manuallyStopped = true;
  const moby = mobyClient(node);
  // cleanupContainer kills a running one first (daemon.Kill: SIGKILL).
  if (record.state.status === 'running' || record.state.status === 'paused') logContainerEvent(node, record, 'kill', { signal: '9' });
  if (moby.containers.list([`id==${record.id}`]).length > 0) {
    try {
      // Forced: the task is killed and deleted in one call (the shim's kill-then-delete).
      moby.containers.loadContainer(record.id).task().delete({ processKill: true });
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  }
  if (node.state.dockerd.containers[record.id]) cleanupAfterExit(node, record, record.state.status === 'exited' || record.state.status === 'created' ? record.state.exitCode : 137, node.nowMs());
  destroyContainer(node, record);
  releaseMounts(node, record.id, removeVolumes);
}
