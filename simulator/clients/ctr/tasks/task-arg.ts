// The tasks verbs that act on one container's task (attach, checkpoint, metrics, pause, ps,
// resume) find it as ctr does, with LoadContainer and then Task, before anything else: a
// missing container fails with `container "x" in namespace "y": not found`, a container
// without a task with `no running task found: …`.

import type { ContainerRecord } from '../../../containerd/metadata/schema';
import { loadTask } from '../../../containerd/tasks/tasks';
import type { Node } from '../../../node';
import type { CtrContext } from '../ctr-env';
import { namespaceOf } from '../ctr-env';

/** Where a verb's task is: the node, the namespace, the container's id and record. */
export interface TaskTarget {
  node: Node;
  ns: string;
  id: string;
  container: ContainerRecord;
}

/**
 * Loads the task of container `id` (default: the first argument, which pause, resume, metrics
 * and attach pass on to the daemon even when empty); throws when the container or its task is
 * missing.
 */
export function loadTaskArg(c: CtrContext, id: string = c.args[0] ?? ''): TaskTarget {
  const node = c.env.node;
  const ns = namespaceOf(c);
  const { container } = loadTask(node, ns, id);
  return { node, ns, id, container };
}
