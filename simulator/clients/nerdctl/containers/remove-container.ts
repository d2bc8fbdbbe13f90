// removeContainer (cmd/nerdctl/rm.go:110-218@v0.22.2), used by rm, run --rm and container
// prune: a running task needs -f (`you cannot remove a running container <id>. Stop the
// container before attempting removal or force remove`, a paused one `… Unpause …`); -f kills
// it with SIGKILL first. Once the container is gone (or was already), its state dir, its name
// and its hosts file go too; with -v its anonymous volumes.

import { parseSignal, type Container, type NamespacedClient } from '../../../containerd/client/index';
import { isNotFound } from '../../../errdefs/errdefs';
import * as vfs from '../../../host/vfs';
import { dataStoreOf, type NerdctlContext } from '../nerdctl-env';
import { nameStore } from './name-store';
import { LABEL } from './nerdctl-labels';
import { deleteNerdctlTask } from './start-task';
import { hostsDir } from './state-paths';
import { removeVolumes } from '../volume/volume-store';

/** The refusal rm turns into its error (statusError). */
export class ContainerStatusError extends Error {}

export function removeContainer(c: NerdctlContext, client: NamespacedClient, container: Container, force: boolean, removeAnonVolumes: boolean): void {
  const node = c.env.node;
  const ns = client.namespace;
  const id = container.id;
  const labels = container.info().labels;
  const stateDir = labels[LABEL.stateDir] ?? '';
  const name = labels[LABEL.name] ?? '';
  const dataStore = dataStoreOf(c);
  const names = nameStore(node, dataStore, ns);
  const cleanup = () => {
    const files = node.state.host.files;
    if (stateDir !== '') vfs.rm(files, stateDir, { recursive: true, force: true, mtimeMs: node.nowMs() });
    if (name !== '') {
      try {
        names.release(name, id);
      } catch {
        c.env.log.warn(`failed to release container name ${name}`);
      }
    }
    vfs.rm(files, hostsDir(dataStore, ns, id), { recursive: true, force: true, mtimeMs: node.nowMs() });
    if (removeAnonVolumes && labels[LABEL.anonymousVolumes]) {
      const anon = JSON.parse(labels[LABEL.anonymousVolumes] ?? '[]') as string[];
      removeVolumes(node, dataStore, ns, anon);
    }
  };
  try {
    removeTaskAndContainer(c, client, container, force);
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
  cleanup();
}

function removeTaskAndContainer(c: NerdctlContext, client: NamespacedClient, container: Container, force: boolean): void {
  const node = c.env.node;
  const id = container.id;
  let task;
  try {
    task = container.task();
  } catch (err) {
    if (!isNotFound(err)) throw err;
    container.delete({ snapshotCleanup: true });
    return;
  }
  const status = task.status();
  switch (status) {
    case 'CREATED':
    case 'STOPPED':
      deleteNerdctlTask(c, client, container, task);
      break;
    case 'PAUSED':
      if (!force) throw new ContainerStatusError(`you cannot remove a paused container ${id}. Unpause the container before attempting removal or force remove`);
      deleteNerdctlTask(c, client, container, task, { processKill: true });
      break;
    default:
      if (!force) throw new ContainerStatusError(`you cannot remove a ${status.toLowerCase()} container ${id}. Stop the container before attempting removal or force remove`);
      try {
        task.kill(parseSignal('SIGKILL'));
      } catch (err) {
        c.env.log.warn('failed to send SIGKILL', { error: (err as Error).message });
      }
      try {
        deleteNerdctlTask(c, client, container, task, { processKill: true });
      } catch (err) {
        if (!isNotFound(err)) c.env.log.warn(`failed to delete task ${id}`, { error: (err as Error).message });
      }
  }
  container.delete({ snapshotCleanup: true });
}
