// What happens on a real node when nerdctl creates and starts a container's task: containerd
// makes the task, runc runs nerdctl's createRuntime OCI hook (the CNI networks, hosts file),
// then the shim starts the logging binary when the task's IO is nerdctl's log URI (json-file).
// A failing hook fails the task's creation (runc's error, then the task is gone). Every path
// that starts a nerdctl task (run, start, restart) goes through here; deleting the task runs
// the postStop hook.

import { type Container, type NamespacedClient, type OutputChunk, type Task } from '../../../containerd/client/index';
import type { NerdctlContext } from '../nerdctl-env';
import { syncJsonLogs, startJsonLogging } from './json-logger';
import { LABEL } from './nerdctl-labels';
import { networkHookCreate, networkHookDelete } from './network-hook';
import { jsonLogPath, logConfigPath } from './state-paths';
import { rotationFromLogConfig } from './log-rotation-opts';

export interface StartedTask {
  task: Task;
  out: OutputChunk[];
}

export interface TaskIOChoice {
  /** Bytes fed to stdin then EOF; undefined keeps it open (and silent). */
  stdin: string | undefined;
  /** -i: stdin stays open for the terminal. */
  stdinOpen: boolean;
  /** Output goes to the log URI (run -d, start without -a), not to the caller. */
  logged: boolean;
}

export function startNerdctlTask(c: NerdctlContext, client: NamespacedClient, container: Container, io: TaskIOChoice): StartedTask {
  const node = c.env.node;
  const info = container.info();
  // runc runs the createRuntime hook once the process has its PID, before the program starts;
  // a failure fails the task's creation with runc's words (the hook binary exits 1 on logrus's
  // fatal line), and containerd keeps no task.
  const started = container.newTask({
    stdin: io.stdin,
    stdinOpen: io.stdinOpen,
    createRuntime: (pid) => {
      try {
        networkHookCreate(c, client, container, pid);
      } catch (err) {
        const at = new Date(node.nowMs()).toISOString().slice(0, 19);
        throw new Error(`error running hook: exit status 1, stdout: , stderr: time="${at}Z" level=fatal msg="${(err as Error).message.replace(/"/g, '\\"')}"`);
      }
    },
  });
  const task = started.process;
  const logUri = info.labels[LABEL.logUri] ?? '';
  const dataStore = /_NERDCTL_INTERNAL_LOGGING=([^&]*)/.exec(logUri)?.[1];
  if (io.logged && dataStore !== undefined) {
    const store = decodeURIComponent(dataStore);
    const path = jsonLogPath(store, client.namespace, container.id);
    // Each start runs a new logger process: its rotation counts backups from 1 again.
    const rotation = rotationFromLogConfig(node.state.host.files, logConfigPath(store, client.namespace, container.id));
    startJsonLogging(node, `${client.namespace}/${container.id}`, path, task, started.out, rotation);
  }
  return { task, out: io.logged ? [] : started.out };
}

/** task.Delete(ctx) as nerdctl's commands call it: runc runs the postStop hook (networks released). */
export function deleteNerdctlTask(c: NerdctlContext, client: NamespacedClient, container: Container, task: Task, opts: { processKill?: boolean } = {}): void {
  syncJsonLogs(c.env.node);
  const pid = task.pid();
  task.delete(opts);
  networkHookDelete(c, client, container, pid);
}
