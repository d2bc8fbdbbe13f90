// stopContainer (cmd/nerdctl/stop.go:91-189@v0.22.2), for stop and restart: mark the container
// explicitly stopped (the restart label), then the stop signal (the image's, from the
// io.containerd.image.config.stop-signal label), `-t` seconds (nerdctl/stop-timeout, else 10)
// to exit, then SIGKILL. A paused task is resumed so the signal lands. A task already stopped
// or only created is left as it is; a container without a task fails (notFound).

import { parseSignal, type Container } from '../../../containerd/client/index';
import { waitFor } from '../../../host/time-driver';
import type { NerdctlContext } from '../nerdctl-env';
import { LABEL, RESTART_LABEL } from './nerdctl-labels';
import { syncJsonLogs } from './json-logger';

const STOP_SIGNAL_LABEL = 'io.containerd.image.config.stop-signal';

export async function stopContainer(c: NerdctlContext, container: Container, timeoutSeconds: number | undefined): Promise<void> {
  const node = c.env.node;
  container.setLabels({ [RESTART_LABEL.explicitlyStopped]: 'true' });
  const labels = container.info().labels;
  const timeout = timeoutSeconds ?? Number(labels[LABEL.stopTimeout] ?? '10');
  const task = container.task();
  const status = task.status();
  if (status === 'CREATED' || status === 'STOPPED') return;
  let paused = status === 'PAUSED';
  const stopped = () => {
    try {
      return task.status() === 'STOPPED';
    } catch {
      return true;
    }
  };
  if (timeout > 0) {
    task.kill(parseSignal(labels[STOP_SIGNAL_LABEL] ?? 'SIGTERM'));
    if (paused) {
      try {
        task.resume();
        paused = false;
      } catch (err) {
        c.env.log.warn(`Cannot unpause container ${container.id}: ${(err as Error).message}`);
      }
    }
    if (await waitFor(node, stopped, node.nowMs() + timeout * 1000, c.io.time)) {
      syncJsonLogs(node);
      return;
    }
  }
  task.kill(parseSignal('SIGKILL'));
  if (paused) {
    try {
      task.resume();
    } catch (err) {
      c.env.log.warn(`Cannot unpause container ${container.id}: ${(err as Error).message}`);
    }
  }
  await waitFor(node, stopped, node.nowMs() + 1000, c.io.time);
  syncJsonLogs(node);
}
