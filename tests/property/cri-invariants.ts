// The CRI plugin's invariants, checked on a live node state: what must hold between the plugin's
// own records (state.cri) and containerd's namespace k8s.io after any sequence of crictl
// commands, whatever their exit codes. They mirror containerd 1.6.20's CRI plugin: a sandbox is
// its pause container (pkg/cri/server/sandbox_run.go), a CRI container a containerd container of
// the same id labelled io.cri-containerd.kind (pkg/cri/server/container_create.go), and the
// states follow the tasks (pkg/cri/server/events.go handleContainerExit / handleSandboxExit).

import type { NodeState } from '../../simulator/node';

const KIND_LABEL = 'io.cri-containerd.kind';

/** Every broken invariant, as one line each ([] when the node is sound). */
export function criViolations(state: NodeState): string[] {
  const problems: string[] = [];
  const { sandboxes, containers } = state.cri;
  const ns = state.containerd.namespaces['k8s.io'];
  const ctrdContainers = ns?.containers ?? {};
  const tasks = ns?.tasks ?? {};
  const taskRunning = (id: string): boolean => tasks[id]?.init.status === 'RUNNING';

  for (const [id, sandbox] of Object.entries(sandboxes)) {
    const pause = ctrdContainers[id];
    if (!pause) problems.push(`sandbox ${id} has no containerd container in k8s.io`);
    else if (pause.labels?.[KIND_LABEL] !== 'sandbox') problems.push(`sandbox ${id}'s containerd container is not labelled ${KIND_LABEL}=sandbox`);
    if (sandbox.state === 'SANDBOX_READY' && !taskRunning(id)) problems.push(`sandbox ${id} is READY without a running pause task`);
    if (sandbox.state === 'SANDBOX_NOTREADY' && taskRunning(id)) problems.push(`sandbox ${id} is NOTREADY with a running pause task`);
  }
  for (const [id, container] of Object.entries(containers)) {
    if (!sandboxes[container.sandboxId]) problems.push(`container ${id} belongs to sandbox ${container.sandboxId}, which does not exist`);
    const record = ctrdContainers[id];
    if (!record) problems.push(`container ${id} has no containerd container in k8s.io`);
    else if (record.labels?.[KIND_LABEL] !== 'container') problems.push(`container ${id}'s containerd container is not labelled ${KIND_LABEL}=container`);
    if (container.state === 'CONTAINER_RUNNING' && !taskRunning(id)) problems.push(`container ${id} is RUNNING without a running task`);
    if ((container.state === 'CONTAINER_EXITED' || container.state === 'CONTAINER_CREATED') && taskRunning(id)) {
      problems.push(`container ${id} is ${container.state} with a running task`);
    }
    if (sandboxes[container.sandboxId]?.state === 'SANDBOX_NOTREADY' && container.state === 'CONTAINER_RUNNING') {
      problems.push(`container ${id} is RUNNING in NOTREADY sandbox ${container.sandboxId}`);
    }
  }
  for (const [id, record] of Object.entries(ctrdContainers)) {
    const kind = record.labels?.[KIND_LABEL];
    if (kind === 'sandbox' && !sandboxes[id]) problems.push(`containerd container ${id} labelled sandbox is no CRI sandbox`);
    if (kind === 'container' && !containers[id]) problems.push(`containerd container ${id} labelled container is no CRI container`);
  }
  return problems;
}

/**
 * What a failed command must leave as it was: the CRI records' ids and states, containerd's
 * containers, tasks and images in k8s.io. (Not times or metrics, which move on their own.)
 */
export function criFootprint(state: NodeState): string {
  const ns = state.containerd.namespaces['k8s.io'];
  return JSON.stringify({
    // As CRI reports it: containerd 1.6 shows an UNKNOWN sandbox as NOTREADY (sandbox_list.go).
    sandboxes: Object.entries(state.cri.sandboxes).map(([id, s]) => [id, s.state === 'SANDBOX_READY' ? 'READY' : 'NOTREADY']).sort(),
    containers: Object.entries(state.cri.containers).map(([id, c]) => [id, c.state, c.exitCode]).sort(),
    ctrd: Object.keys(ns?.containers ?? {}).sort(),
    tasks: Object.entries(ns?.tasks ?? {}).map(([id, t]) => [id, t.init.status]).sort(),
    images: Object.keys(ns?.images ?? {}).sort(),
  });
}
