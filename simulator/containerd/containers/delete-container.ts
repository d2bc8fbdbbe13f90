// ctr's deleteContainer (cmd/ctr/commands/containers): a container whose task is stopped or
// only created loses the task first; a running or paused one is refused with the task's
// status printed the way Go prints the Status struct. The snapshot goes too unless kept.

import type { Node } from '../../node';
import { plain } from '../../errdefs/errdefs';
import { remove as removeSnapshot } from '../snapshots/snapshots';
import { isNotFound } from '../../errdefs/errdefs';
import { deleteTask, findTask, taskStatus } from '../tasks/tasks';
import { deleteContainerRecord, getContainer } from './containers';

export function deleteContainer(node: Node, ns: string, id: string, options: { keepSnapshot?: boolean } = {}): void {
  const container = getContainer(node, ns, id);
  const task = findTask(node, ns, id);
  if (task) {
    const status = taskStatus(task);
    if (status !== 'STOPPED' && status !== 'CREATED') {
      throw plain(`cannot delete a non stopped container: {${status.toLowerCase()} 0 0001-01-01 00:00:00 +0000 UTC}`);
    }
    deleteTask(node, ns, id);
  }
  if (!options.keepSnapshot && container.snapshotter && container.snapshotKey) {
    try {
      removeSnapshot(node, ns, container.snapshotter, container.snapshotKey);
    } catch (err) {
      // The client ignores a snapshot that is already gone.
      if (!isNotFound(err)) throw err;
    }
  }
  deleteContainerRecord(node, ns, id);
}
