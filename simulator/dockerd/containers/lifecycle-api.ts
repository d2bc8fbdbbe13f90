// The container lifecycle endpoints of dockerd's API (/containers/create, /{id}/start, stop,
// restart, kill, wait, pause, unpause, rename, logs, attach), as connectDockerd hands them to
// clients. Calls that wait (stop, restart, wait) take the caller's time mode: the node's clock
// runs while the client waits for the daemon's answer.

import type { TimeMode } from '../../host/time-driver';
import type { Node } from '../../node';
import type { LogEntry } from '../runtime/json-log';
import { createContainer, type ContainerConfig, type CreateRequest, type HealthConfig, type HostConfig } from './create';
import { killContainer } from './kill';
import { findContainer } from './lookup';
import { containerLogs, type LogsOptions } from './logs';
import { pauseContainer, unpauseContainer } from './pause';
import { renameContainer } from './rename';
import { restartContainer } from './restart';
import { startContainer } from './start';
import { stopContainer } from './stop';
import { waitContainer } from './wait';
import { attachContainer, type AttachedStreams } from './attach';
import { removedExitCode } from '../runtime/monitor';
import { logContainerEvent } from '../events/event-log';

export type { AttachedStreams, ContainerConfig, CreateRequest, HealthConfig, HostConfig, LogEntry, LogsOptions };


export interface LifecycleApi {
  /** POST /containers/create: 404 `No such image: x`, 400 for bad settings, 409 name in use. */
  create(request: CreateRequest): { Id: string; Warnings: string[] };
  /**
   * POST /{id}/start; with `attach` the streams of the new task (undefined when it already ran).
   * 404, 409 paused, 500 runc's text (the record keeps State.Error and 126/127).
   */
  start(ref: string, options?: { stdin?: string; stdinOpen?: boolean; attach?: boolean }): AttachedStreams | undefined;
  /** POST /{id}/stop: resolves once stopped (-t seconds then SIGKILL). 404. */
  stop(ref: string, timeoutSeconds: number | undefined, time?: TimeMode): Promise<void>;
  /** POST /{id}/restart. 404. */
  restart(ref: string, timeoutSeconds: number | undefined, time?: TimeMode): Promise<void>;
  /** POST /{id}/kill: `Cannot kill container: x: …` 404/409, 400 `Invalid signal: X`. */
  kill(ref: string, signal?: string): void;
  /** POST /{id}/wait: the exit code, or undefined if it still ran at `untilMs`. 404. */
  wait(ref: string, untilMs: number, time?: TimeMode): Promise<number | undefined>;
  pause(ref: string): void;
  unpause(ref: string): void;
  /** POST /{id}/rename: 404, 409 `Error when allocating new name: …`, 400 same name. */
  rename(ref: string, name: string): void;
  /** GET /{id}/logs (json-file). 404. */
  logs(ref: string, options?: LogsOptions): LogEntry[];
  /** POST /{id}/attach: the running task's streams (late: what it printed before is not replayed). 404, 409 not running. */
  attach(ref: string): AttachedStreams & { id: string };
  /** The exit code of the container `id` (full id), also once --rm removed it at its exit. 404. */
  exitCode(id: string): number;
  /** The full id and state of a container (what the CLI's ContainerInspect tells before attaching). 404. */
  state(ref: string): { id: string; name: string; status: string; exitCode: number; tty: boolean; autoRemove: boolean; error?: string };
}

export function lifecycleApi(node: Node): LifecycleApi {
  return {
    create: (request) => createContainer(node, request),
    start: (ref, options = {}) => {
      // Read before: a --rm container that ends at once is gone when the start returns.
      const record = findContainer(node, ref);
      const tty = record.config.Tty === true;
      // The client attaches (POST /attach) before it starts: `attach` comes before `start`.
      if (options.attach === true && record.state.status !== 'running' && record.state.status !== 'paused') logContainerEvent(node, record, 'attach');
      const started = startContainer(node, ref, { stdin: options.stdin, stdinOpen: options.stdinOpen === true });
      if (!started) return undefined;
      return { task: started.task, out: started.out, tty };
    },
    stop: (ref, timeout, time) => stopContainer(node, ref, timeout, time),
    restart: (ref, timeout, time) => restartContainer(node, ref, timeout, time),
    kill: (ref, signal) => killContainer(node, ref, signal),
    wait: (ref, untilMs, time) => waitContainer(node, ref, untilMs, time),
    pause: (ref) => pauseContainer(node, ref),
    unpause: (ref) => unpauseContainer(node, ref),
    rename: (ref, name) => renameContainer(node, ref, name),
    logs: (ref, options) => containerLogs(node, ref, options),
    attach: (ref) => attachContainer(node, ref),
    exitCode: (id) => removedExitCode(node, id) ?? findContainer(node, id).state.exitCode,
    state: (ref) => {
      const r = findContainer(node, ref);
      return { id: r.id, name: r.name, status: r.state.status, exitCode: r.state.exitCode, tty: r.config.Tty === true, autoRemove: r.hostConfig.AutoRemove === true, ...(r.error ? { error: r.error } : {}) };
    },
  };
}
