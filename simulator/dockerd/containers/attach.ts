// POST /containers/{id}/attach (moby v20.10.24 daemon/attach.go ContainerAttach): a paused one
// is refused (409 `You cannot attach to a paused container, unpause it first`), a stopped one
// too (`You cannot attach to a stopped container, start it first`); else the running task's
// streams, from now on.

import type { Node } from '../../node';
import { conflict } from '../errors';
import { mobyClient } from '../runtime/task';
import { findContainer } from './lookup';
import { logContainerEvent } from '../events/event-log';
import type { OutputChunk, Task } from '../../containerd/client/index';

/** An attached container's streams: its init process and what it printed at start. */
export interface AttachedStreams {
  task: Task;
  out: OutputChunk[];
  /** Config.Tty: one stream, the terminal's. */
  tty: boolean;
}

export function attachContainer(node: Node, typed: string): AttachedStreams & { id: string } {
  const record = findContainer(node, typed);
  if (record.state.status === 'paused') throw conflict('You cannot attach to a paused container, unpause it first');
  if (record.state.status !== 'running') throw conflict('You cannot attach to a stopped container, start it first');
  const task = mobyClient(node).containers.loadContainer(record.id).task();
  logContainerEvent(node, record, 'attach');
  return { id: record.id, task, out: [], tty: record.config.Tty === true };
}
