// startContainer (cmd/nerdctl/start.go:105-175@v0.22.2), for start and restart: a running
// container only warns (`container <id> is already running`); otherwise the explicitly-stopped
// mark goes, the old task is deleted and a new one starts — into the log URI, or attached with -a.

import type { Container, NamespacedClient } from '../../../containerd/client/index';
import type { NerdctlContext } from '../nerdctl-env';
import { containerStatus } from './container-status';
import { LABEL, RESTART_LABEL } from './nerdctl-labels';
import { deleteNerdctlTask, startNerdctlTask, type StartedTask } from './start-task';

export function startContainer(c: NerdctlContext, client: NamespacedClient, container: Container, attach: boolean): StartedTask | undefined {
  const node = c.env.node;
  if (containerStatus(container, node.nowMs()) === 'Up') {
    c.env.log.warn(`container ${container.id} is already running`);
    return undefined;
  }
  container.setLabels({ [RESTART_LABEL.explicitlyStopped]: 'false' });
  try {
    const old = container.task();
    try {
      deleteNerdctlTask(c, client, container, old);
    } catch (err) {
      c.env.log.debug('failed to delete old task', { error: (err as Error).message });
    }
  } catch {
    // no old task
  }
  const logged = !attach && (container.info().labels[LABEL.logUri] ?? '') !== '';
  return startNerdctlTask(c, client, container, { stdin: attach ? c.io.stdin || undefined : '', stdinOpen: false, logged });
}
