// POST /containers/{id}/start (moby v20.10.24 daemon/start.go ContainerStart): a paused one is
// refused (409), a running one is left as it is (304: the CLI still prints its name), anything
// else runs again — a user's start clears the "manually stopped" mark restart policies read.
// A start that fails leaves an AutoRemove (--rm) container removed (containerStart's deferred
// cleanup: ContainerRm with ForceRemove and RemoveVolume), as `docker ps -a` shows on a real one.

import type { Node } from '../../node';
import { conflict } from '../errors';
import { startTask, type StartedContainer, type StartIO } from '../runtime/task';
import { findContainer } from './lookup';
import { autoRemove, whileStarting } from '../runtime/monitor';

export function startContainer(node: Node, typed: string, io: StartIO = { stdin: '', stdinOpen: false }): StartedContainer | undefined {
  const record = findContainer(node, typed);
  if (record.state.status === 'paused') throw conflict('Cannot start a paused container, try unpause instead.');
  if (record.state.status === 'running') return undefined;
  record.manuallyStopped = false;
  try {
    return whileStarting(node, record.id, () => startTask(node, record, io));
  } catch (err) {
    if (record.hostConfig.AutoRemove === true && node.state.dockerd.containers[record.id]) autoRemove(node, record, record.state.exitCode);
    throw err;
  }
}
