// POST /containers/{id}/pause and /unpause (moby v20.10.24 daemon/pause.go, unpause.go): the
// task frozen or thawed through containerd; refused (409) unless it runs, or is paused. The
// health probes stop while it is paused (updateHealthMonitor) and go on after.

import type { Node } from '../../node';
import { conflict } from '../errors';
import { mobyClient } from '../runtime/task';
import { resumeHealthMonitor, stopHealthMonitor } from '../runtime/health';
import { findContainer } from './lookup';
import { logContainerEvent } from '../events/event-log';

export function pauseContainer(node: Node, typed: string): void {
  const record = findContainer(node, typed);
  if (record.state.status === 'paused') throw conflict(`Container ${record.id} is already paused`);
  if (record.state.status !== 'running') throw conflict(`Container ${record.id} is not running`);
  mobyClient(node).containers.loadContainer(record.id).task().pause();
  record.state.status = 'paused';
  stopHealthMonitor(record);
  logContainerEvent(node, record, 'pause');
}

export function unpauseContainer(node: Node, typed: string): void {
  const record = findContainer(node, typed);
  if (record.state.status !== 'paused') throw conflict(`Container ${record.id} is not paused`);
  mobyClient(node).containers.loadContainer(record.id).task().resume();
  record.state.status = 'running';
  resumeHealthMonitor(node, record);
  logContainerEvent(node, record, 'unpause');
}
