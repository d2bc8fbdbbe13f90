// The task and process handles behind the client's Task and Process interfaces (tasks.ts):
// each call goes to the tasks service for the named process. Kept out of the client's index:
// a handle is had only through LoadContainer/NewTask/Task, as in the Go client.

import { nowNano } from '../events/timestamp';
import { checkpointContainer } from '../containers/checkpoint';
import { getContainer } from '../containers/containers';
import { containerFs } from '../tasks/container-fs';
import * as attach from '../tasks/attach';
import { execProcess } from '../tasks/exec';
import { killTask, resumeAndDeliver } from '../tasks/kill';
import { taskMetrics } from '../tasks/metrics';
import { updateTaskResources } from '../tasks/update-resources';
import { liveHelpers, planOf } from '../tasks/process-plan';
import { taskProcessRows } from '../tasks/task-processes';
import { deleteExec, deleteTask, getTask, outputEnd, pauseTask, plannedExit, taskPids, taskStatus } from '../tasks/tasks';
import { parseSignal } from '../../host/signals';
import { plain } from '../../errdefs/errdefs';
import { randomInt } from '../../host/random';
import type { ClientContext } from './context';
import type { Process, Task, TaskProcess } from './tasks';

function processHandle(ctx: ClientContext, id: string, execId: string): Process {
  const { node, namespace: ns } = ctx;
  const ref: attach.ProcessRef = { ns, id, execId };
  // Methods, not arrow properties: the same closures, but a transpiler that keeps function
  // names (tsx, vitest) wraps every arrow in a name-setting call on each handle made, which
  // cost a task handle ~0.1 ms in Node.
  return {
    id,
    execId,
    state() {
      const p = attach.processRecord(node, ref);
      if (!p) return undefined;
      const plan = planOf(p);
      return { pid: p.pid, args: [...p.args], status: p.status, exitStatus: p.exitStatus, startedAtMs: plan.startedAtMs, exitAtMs: plan.exitAtMs, terminal: p.terminal, ...(p.exitedAt === undefined ? {} : { exitedAt: p.exitedAt }) };
    },
    kill(signal) {
      killTask(node, ns, id, signal, { execId });
    },
    delete() {
      return deleteExec(node, ns, id, execId);
    },
    plannedExit() {
      return plannedExit(node, ns, id, execId);
    },
    outputEnd(waitAll) {
      return outputEnd(node, ns, id, execId, waitAll);
    },
    reads(terminal) {
      return attach.terminalInput(node, ref, terminal);
    },
    output(initial) {
      return attach.outputReader(node, ref, initial);
    },
    shell() {
      return attach.attachShell(node, ref);
    },
    typeLine(reads, line) {
      return attach.typeLine(node, ref, reads, line);
    },
    endOfInput(reads) {
      attach.endOfInput(node, ref, reads);
    },
    interrupt(reads) {
      return attach.interruptProcess(node, ref, reads);
    },
  };
}

/** The task of container `id`; the caller has loaded it (Container.task / newTask). */
export function taskHandle(ctx: ClientContext, id: string): Task {
  const { node, namespace: ns } = ctx;
  // The task's own calls over its init process's, assigned onto that fresh handle: the same
  // keys in the same order as spreading it into a new literal, which V8 builds slowly for an
  // object of this many methods with keys overridden (~30 µs a handle).
  const own: Omit<Task, Exclude<keyof Process, 'kill' | 'delete'>> = {
    status() {
      return taskStatus(getTask(node, ns, id));
    },
    pid() {
      return getTask(node, ns, id).init.pid;
    },
    kill(signal, opts = {}) {
      killTask(node, ns, id, signal, { execId: opts.execId || undefined, all: opts.all });
    },
    delete(opts = {}) {
      if (opts.processKill && taskStatus(getTask(node, ns, id)) !== 'STOPPED') killTask(node, ns, id, parseSignal('SIGKILL'), { all: true });
      return deleteTask(node, ns, id);
    },
    pause() {
      pauseTask(node, ns, id);
    },
    resume() {
      resumeAndDeliver(node, ns, id, parseSignal);
    },
    pids() {
      return taskPids(node, ns, id);
    },
    processes() {
      return taskProcessRows(node, ns, id);
    },
    metrics() {
      const m = taskMetrics(node, ns, id);
      return { ...m, timestamp: nowNano(node) };
    },
    rootfs() {
      return containerFs(node, ns, getContainer(node, ns, id));
    },
    checkpoint() {
      return checkpointContainer(node, ns, id, '', { task: true, image: false, rw: false });
    },
    update(resources) {
      updateTaskResources(node, ns, id, resources);
    },
    exec(spec) {
      if (spec.execId.includes('/')) {
        // cio.NewFIFOSetInDir names the FIFOs after the exec id, in a fresh random directory.
        const dir = `/run/containerd/fifo/${randomInt(node.state.random, 100_000_000, 4_294_967_295)}`;
        throw plain(`failed to open stdin fifo: error creating fifo ${dir}/${spec.execId}-stdin: no such file or directory`);
      }
      const { out } = execProcess(node, ns, id, spec);
      return { process: processHandle(ctx, id, spec.execId), out };
    },
    loadProcess(execId) {
      return processHandle(ctx, id, execId);
    },
  };
  return Object.assign(processHandle(ctx, id, ''), own);
}
