// containerd 1.6.20's restart monitor (runtime/restart/monitor/monitor.go, change.go), the
// internal plugin `restart`: every 10 s (and when containerd starts) it looks at each
// namespace's containers labelled containerd.io/restart.status and, when the task is not in
// that status, starts a new one (the old task killed and deleted first) with the
// containerd.io/restart.loguri IO, or kills it for "stopped". 1.6.20 reads no policy and no
// explicitly-stopped mark, so a `--restart always` container stopped with `nerdctl stop`
// comes back too, as on the real node.
//
// It lives beside nerdctl here because what a real node runs for such a start is nerdctl's
// own code: runc runs the container's OCI hook (CNI) and the shim starts nerdctl's logging
// binary; the loop itself is containerd's and runs only while containerd does.

import { connect, dial, parseSignal, type Container, type NamespacedClient } from '../../../containerd/client/index';
import { CONTAINERD_SOCKET } from '../../../host/installed-versions';
import { registerPeriodicKind, startPeriodic } from '../../../host/scheduler';
import type { Node } from '../../../node';
import { hookContext } from './hook-context';
import { RESTART_LABEL } from './nerdctl-labels';
import { deleteNerdctlTask, startNerdctlTask } from './start-task';

const LOOP = 'containerd-restart-monitor';
const INTERVAL_MS = 10_000;

function taskStatus(container: Container): string | undefined {
  try {
    return container.task().status();
  } catch {
    return undefined;
  }
}

function reconcileOne(node: Node, client: NamespacedClient, container: Container): void {
  const labels = container.info().labels;
  const desired = labels[RESTART_LABEL.status];
  const status = taskStatus(container);
  const same = status === undefined ? desired === 'stopped' : status.toLowerCase() === desired;
  if (same) return;
  const c = hookContext(node, container);
  // killTask: SIGKILL to every process, wait, delete.
  if (status !== undefined) {
    const task = container.task();
    try {
      if (status !== 'STOPPED') task.kill(parseSignal('SIGKILL'), { all: true });
    } catch {
      // already gone
    }
    try {
      deleteNerdctlTask(c, client, container, task, { processKill: true });
    } catch {
      // the next round tries again
    }
  }
  if (desired !== 'running') return;
  startNerdctlTask(c, client, container, { stdin: '', stdinOpen: false, logged: (labels[RESTART_LABEL.logUri] ?? '') !== '' });
}

/** One reconcile round over every namespace (errors are the monitor's log lines, not ours). */
function reconcileRestarts(node: Node): void {
  try {
    dial(node, CONTAINERD_SOCKET);
  } catch {
    // containerd is down: so is its monitor
    return;
  }
  const root = connect(node);
  for (const ns of root.namespaces.list()) {
    const client = root.withNamespace(ns);
    for (const info of client.containers.list()) {
      if (info.labels[RESTART_LABEL.status] === undefined) continue;
      try {
        reconcileOne(node, client, client.containers.loadContainer(info.id));
      } catch {
        // "apply change" errors are logged by containerd; the next round tries again
      }
    }
  }
}

registerPeriodicKind(LOOP, INTERVAL_MS, (node) => {
  reconcileRestarts(node);
});

/** Makes sure the monitor's loop runs on `node` (a container with a restart policy exists). */
export function ensureRestartMonitor(node: Node): void {
  startPeriodic(node, LOOP);
}
