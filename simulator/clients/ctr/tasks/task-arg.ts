// The tasks verbs that act on one container's task (attach, checkpoint, metrics, pause, ps,
// resume) find it as ctr does, with LoadContainer and then Task, before anything else: a
// missing container fails with `container "x" in namespace "y": not found`, a container
// without a task with `no running task found: …`.

import type { Container, Task } from '../../../containerd/client/index';
import type { CtrContext } from '../ctr-env';
import { clientOf } from '../ctr-env';

/** Where a verb's task is: the container's id, the container and its task. */
export interface TaskTarget {
  id: string;
  container: Container;
  task: Task;
}

/**
 * Loads the task of container `id` (default: the first argument, which pause, resume, metrics
 * and attach pass on to the daemon even when empty); throws when the container or its task is
 * missing.
 */
export function loadTaskArg(c: CtrContext, id: string = c.args[0] ?? ''): TaskTarget {
  const container = clientOf(c).containers.loadContainer(id);
  return { id, container, task: container.task() };
}
