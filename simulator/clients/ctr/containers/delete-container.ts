// ctr's deleteContainer (cmd/ctr/commands/containers/containers.go), shared by `containers
// delete` and `run --rm`: a container whose task is stopped or only created loses the task
// first; a running or paused one is refused with the task's status printed the way Go prints
// the Status struct. The snapshot goes too unless kept.

import { isNotFound, plain } from '../../../errdefs/errdefs';
import type { NamespacedClient, Task } from '../../../containerd/client/index';

export function deleteContainer(client: NamespacedClient, id: string, options: { keepSnapshot?: boolean } = {}): void {
  const container = client.containers.loadContainer(id);
  let task: Task | undefined;
  try {
    task = container.task();
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
  if (task) {
    const status = task.status();
    if (status !== 'STOPPED' && status !== 'CREATED') {
      throw plain(`cannot delete a non stopped container: {${status.toLowerCase()} 0 0001-01-01 00:00:00 +0000 UTC}`);
    }
    task.delete();
  }
  container.delete({ snapshotCleanup: !options.keepSnapshot });
}
