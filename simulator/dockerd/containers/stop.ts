// POST /containers/{id}/stop (moby v20.10.24 daemon/stop.go containerStop): marked manually
// stopped (restart policies leave it), the stop signal (Config.StopSignal, else SIGTERM), `-t`
// seconds (Config.StopTimeout, else 10) to exit, then SIGKILL. A paused one is resumed so the
// signal lands. One that does not run is left as it is (304).

import { parseSignal } from '../../containerd/client/index';
import { waitFor, type TimeMode } from '../../host/time-driver';
import type { Node } from '../../node';
import type { DockerContainerRecord } from '../store/container-record';
import { mobyClient } from '../runtime/task';
import { findContainer } from './lookup';
import { logContainerEvent } from '../events/event-log';

const DEFAULT_STOP_TIMEOUT = 10;

function live(record: DockerContainerRecord): boolean {
  return record.state.status === 'running' || record.state.status === 'paused';
}

/** Stops `record` (already found); resolves once it no longer runs. */
export async function stopRecord(node: Node, record: DockerContainerRecord, timeoutSeconds: number | undefined, time: TimeMode): Promise<void> {
  record.manuallyStopped = true;
  if (record.state.status === 'restarting') {
    record.state.status = 'exited';
    return;
  }
  if (!live(record)) return;
  const task = mobyClient(node).containers.loadContainer(record.id).task();
  const stopped = () => !live(record);
  const timeout = timeoutSeconds ?? (record.config.StopTimeout as number | undefined) ?? DEFAULT_STOP_TIMEOUT;
  const signal = parseSignal((record.config.StopSignal as string | undefined) || 'SIGTERM');
  const wasPaused = record.state.status === 'paused';
  // containerStop sends the stop signal even with -t 0 (then SIGKILL at once): its kill event.
  logContainerEvent(node, record, 'kill', { signal: String(signal.number) });
  if (timeout !== 0) {
    task.kill(signal);
    if (wasPaused) {
      task.resume();
      record.state.status = 'running';
    }
    if (stopped() || (await waitFor(node, stopped, node.nowMs() + (timeout < 0 ? 365 * 86_400 : timeout) * 1000, time))) {
      logContainerEvent(node, record, 'stop');
      return;
    }
  }
  if (!stopped()) {
    logContainerEvent(node, record, 'kill', { signal: '9' });
    task.kill(parseSignal('SIGKILL'));
    if (record.state.status === 'paused') task.resume();
    await waitFor(node, stopped, node.nowMs() + 1000, time);
  }
  logContainerEvent(node, record, 'stop');
}

export async function stopContainer(node: Node, typed: string, timeoutSeconds: number | undefined, time: TimeMode = {}): Promise<void> {
  await stopRecord(node, findContainer(node, typed), timeoutSeconds, time);
}
