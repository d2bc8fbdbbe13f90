// What dockerd does with its containers when its unit stops and starts (moby v20.10.24
// daemon/daemon.go Shutdown and restore, live-restore off as Debian ships it): at shutdown each
// running container is stopped — its stop signal, then SIGKILL (the simulated shutdown does not
// wait the stop timeout in real time) — without counting as stopped by a user; at start,
// containers whose task is gone are recorded as exited, and those whose restart policy is
// `always`, or `unless-stopped` not stopped by a user, are started again.

import { parseSignal } from '../../containerd/client/index';
import type { Node } from '../../node';
import { handleExit, whileStarting } from './monitor';
import { mobyClient, startTask } from './task';
import { resetEvents } from '../events/event-log';

function live(status: string): boolean {
  return status === 'running' || status === 'paused' || status === 'restarting';
}

/** Shutdown: the running containers stop (containerd unreachable: they keep running in it). */
export function shutdownContainers(node: Node): void {
  for (const record of Object.values(node.state.dockerd.containers)) {
    if (!live(record.state.status)) continue;
    if (record.state.status === 'restarting') {
      record.state.status = 'exited';
      continue;
    }
    try {
      const task = mobyClient(node).containers.loadContainer(record.id).task();
      if (record.state.status === 'paused') task.resume();
      task.kill(parseSignal((record.config.StopSignal as string | undefined) || 'SIGTERM'));
      if (live(record.state.status)) task.kill(parseSignal('SIGKILL'));
      // A policy must not start it again while the daemon goes down: the exit was the daemon's.
      if ((record.state.status as string) === 'restarting') record.state.status = 'exited';
    } catch {
      // containerd is already gone: the shims keep the processes, as on a real node.
    }
  }
}

/** restore: records brought in line with containerd, restart policies applied. */
export function restoreContainers(node: Node): void {
  // A daemon that starts has an empty events ring (daemon/events lives in its memory).
  resetEvents(node);
  for (const record of Object.values(node.state.dockerd.containers)) {
    let running = false;
    try {
      running = mobyClient(node).containers.loadContainer(record.id).task().status() !== 'STOPPED';
    } catch {
      running = false;
    }
    if (live(record.state.status) && !running) {
      // The task ended while the daemon was down: the exit it missed (255, as restore records it).
      record.state.status = 'running';
      handleExit(node, record, 255, node.nowMs());
    }
    const policy = (record.hostConfig.RestartPolicy as { Name?: string } | undefined)?.Name;
    const restart = policy === 'always' || (policy === 'unless-stopped' && !record.manuallyStopped);
    if (restart && !live(record.state.status) && record.startedBefore) {
      try {
        whileStarting(node, record.id, () => startTask(node, record, { stdin: '', stdinOpen: false }));
      } catch {
        // stays exited with its error, as the daemon logs it
      }
    }
  }
}
