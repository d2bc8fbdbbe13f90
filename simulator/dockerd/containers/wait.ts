// POST /containers/{id}/wait (moby v20.10.24 daemon/wait.go, condition "not-running"): resolves
// with the exit code once the container no longer runs (at once for one that does not), in
// simulated time; undefined when the wait ran out (a process that only a signal ends).

import { waitFor, type TimeMode } from '../../host/time-driver';
import type { Node } from '../../node';
import type { DockerContainerRecord } from '../store/container-record';
import { findContainer } from './lookup';

function notRunning(record: DockerContainerRecord): boolean {
  return record.state.status !== 'running' && record.state.status !== 'paused' && record.state.status !== 'restarting';
}

export async function waitContainer(node: Node, typed: string, untilMs: number, time: TimeMode = {}): Promise<number | undefined> {
  const record = findContainer(node, typed);
  if (notRunning(record)) return record.state.exitCode;
  const ended = await waitFor(node, () => notRunning(record), untilMs, time);
  return ended ? record.state.exitCode : undefined;
}
