// Signals (runc kill): SIGKILL always ends a process (exit 137). Otherwise a process ends
// only if it catches the signal and exits (nginx on SIGQUIT/SIGTERM/SIGINT), or — when it is
// not PID 1 — if the kernel's default action terminates it (128+n). PID 1 of a PID namespace
// gets no default actions at all: `sleep`, `sh`, `top` and `cat` as init ignore SIGTERM and
// SIGINT, which is why `ctr t kill` alone leaves them RUNNING.

import type { Node } from '../../node';
import { notFound, unknown } from '../../errdefs/errdefs';
import type { ProcessRecord, TaskRecord } from '../metadata/schema';
import type { SentSignal } from '../../programs/program';
import { planOf, setPlan } from './process-plan';
import { appendOutput } from './process-output';
import { isKernelSignal, signalName, terminatesByDefault, type Signal } from '../../host/signals';
import { signalExitCode, stopProcess, refreshTask, timerTask } from './task-clock';
import { registerTimerKind, scheduleAt } from '../../host/scheduler';
import { getTask, resumeTask } from './tasks';

/**
 * Whether the task's spec joins an existing PID namespace (a `pid` entry with a path, as a CRI
 * container joins its pod's pause process): its init is then not PID 1 and gets the kernel's
 * default actions like any other process.
 */
function joinsPidNamespace(node: Node, ns: string, task: TaskRecord): boolean {
  const container = node.state.containerd.namespaces[ns]?.containers[task.containerId];
  return (container?.spec.linux?.namespaces ?? []).some((n) => n.type === 'pid' && n.path !== undefined && n.path !== '');
}

/**
 * Signals on which a Go program with no signal.Notify dies (the runtime's sigtable: _SigKill,
 * _SigThrow or _SigPanic from kill(2)). As PID 1 of its namespace the default action is ignored
 * when the runtime re-raises it, so it falls through to exit(2) (runtime/signal_unix.go
 * dieFromSignal, Go 1.19). The other catchable signals are only notifications: ignored.
 */
const GO_RUNTIME_DIES = new Set(['SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGILL', 'SIGTRAP', 'SIGABRT', 'SIGBUS', 'SIGFPE', 'SIGSEGV', 'SIGTERM', 'SIGSTKFLT', 'SIGSYS']);

/**
 * Delivers `signal` to one process; returns true when it ended. `from` is the sender's PID in
 * the namespace when a process of the container sent it (kill(2)'s si_pid, which nginx logs as
 * `received from N`); absent, it came from outside (runc kill: 0).
 */
function deliver(node: Node, ns: string, task: TaskRecord, p: ProcessRecord, signal: Signal, from = 0): boolean {
  if (p.status === 'STOPPED') return false;
  const plan = planOf(p);
  const now = node.nowMs();
  const end = (code: number): true => {
    stopProcess(node, ns, task, p, now, code);
    return true;
  };
  const isInit = p === task.init && !joinsPidNamespace(node, ns, task);
  // The kernel shields a PID namespace's init from its own processes: from inside, only a
  // signal it has a handler for reaches it, SIGKILL never (kill(2) on `kill -9 1` succeeds and
  // nothing happens).
  if (from !== 0 && isInit && !Object.hasOwn(plan.handles, signal.name)) return false;
  if (signal.name === 'SIGKILL') return end(signalExitCode(9));
  // A created task's process is still runc init, a Go program waiting for the start.
  if (p.status === 'CREATED') {
    if (!GO_RUNTIME_DIES.has(signal.name)) return false;
    return end(2);
  }
  if (Object.hasOwn(plan.handles, signal.name)) {
    // What its handler prints (nginx's shutdown notices on stderr, a trap's echo on stdout)
    // reaches whoever follows its output, on its own stream. (A plan saved before the streams
    // were kept has the text alone: nginx's, stderr.)
    const said = plan.handlerChunks?.[signal.name] ?? [{ stream: 'stderr' as const, text: plan.handlerOut?.[signal.name] ?? '' }];
    for (const chunk of said) {
      const text = from === 0 ? chunk.text : chunk.text.replace(/ received from 0,/, ` received from ${from},`);
      if (text) appendOutput(node, p.pid, { ...chunk, text, atMs: now - plan.startedAtMs });
    }
    const code = plan.handles[signal.name];
    if (code === null || code === undefined) return false;
    return end(code);
  }
  if (!isInit && terminatesByDefault(signal.name)) return end(signalExitCode(signal.number));
  return false;
}

export interface KillOptions {
  execId?: string;
  /** Signal every process of the container (runc kill --all). */
  all?: boolean;
}

/**
 * Sends `signal` as `ctr t kill` does. Throws notFound `process does not exist <id>` for an
 * unknown exec id and `process already finished` when the target has exited. While the task
 * is paused, the signal waits in the frozen cgroup and is delivered on resume.
 */
export function killTask(node: Node, ns: string, id: string, signal: Signal, options: KillOptions = {}): void {
  const task = getTask(node, ns, id);
  let target = task.init;
  if (options.execId) {
    const p = Object.hasOwn(task.execs, options.execId) ? task.execs[options.execId] : undefined;
    if (!p) throw notFound(`process does not exist ${options.execId}`);
    target = p;
  }
  // runc kill --all signals whatever is left in the cgroup, so a stopped task is no error.
  if (target.status === 'STOPPED' && !options.all) throw notFound('process already finished');
  if (!isKernelSignal(signal.number)) {
    // runc kill passes the number to kill(2), which refuses it; runc's stderr keeps its newline.
    throw unknown('unknown error after kill: runc did not terminate successfully: exit status 1: unable to signal init: invalid argument\n');
  }
  if (task.paused && signal.name !== 'SIGKILL') {
    const plan = planOf(task.init);
    plan.pending.push(signal.name);
    setPlan(task.init, plan);
    return;
  }
  const targets = options.all ? [task.init, ...Object.values(task.execs)] : [target];
  // Execs first: if init ends, the kernel kills the rest anyway.
  for (const p of [...targets].reverse()) deliver(node, ns, task, p, signal);
  // A frozen task killed with SIGKILL is gone: nothing is left to thaw.
  if (task.init.status === 'STOPPED') task.paused = false;
  refreshTask(node, ns, task);
}

/** Resumes a paused task and delivers the signals it queued while frozen. */
export function resumeAndDeliver(node: Node, ns: string, id: string, parse: (name: string) => Signal): void {
  resumeTask(node, ns, id, (name) => {
    const task = getTask(node, ns, id);
    deliver(node, ns, task, task.init, parse(name));
  });
  const task = getTask(node, ns, id);
  const plan = planOf(task.init);
  plan.pending = [];
  setPlan(task.init, plan);
}

/** Timer kind: a signal a process of a task sent another (kill, nginx -s) arrives. */
const INSIDE_SIGNAL_TIMER = 'containerd.inside-signal';

registerTimerKind(INSIDE_SIGNAL_TIMER, (node, timer) => {
  const { innerPid, signal, from } = (timer.data ?? {}) as { innerPid?: number; signal?: number; from?: number };
  const found = timerTask(node, timer.data);
  if (!found || !innerPid || !signal) return;
  const { ns, task } = found;
  const target = [task.init, ...Object.values(task.execs)].find((p) => p.status !== 'STOPPED' && planOf(p).innerPid === innerPid);
  if (!target) return;
  deliver(node, ns, task, target, { name: signalName(signal), number: signal }, from ?? 0);
  if (task.init.status === 'STOPPED') task.paused = false;
  refreshTask(node, ns, task);
});

/**
 * A signal one process of the task sends another by its PID in their namespace (busybox kill,
 * nginx -s), delivered as runc kill delivers it with the sender named as its source. It arrives
 * on the node's timer queue at the moment the sender sends it (`sleep 2; kill 1` two seconds
 * after the exec started), and never before the sender's exec is in the task: a sender that
 * signals as it starts has finished with its client before its target ends. A PID that is no process with a
 * record of its own (an nginx worker, a shell's job) is left alone.
 */
export function signalFromInside(node: Node, ns: string, task: TaskRecord, sent: SentSignal, from: number): void {
  if (sent.signal === 0) return;
  scheduleAt(node, node.nowMs() + (sent.atMs ?? 0), INSIDE_SIGNAL_TIMER, { ns, id: task.containerId, innerPid: sent.pid, signal: sent.signal, from });
}
