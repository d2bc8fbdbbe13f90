// A process that waits on the world (a shell polling for a file in its bind mount): its run
// ended in a wake (programs/program.ts ProgramWake), the moment it looks again. The wake is
// kept in the process plan and a timer of the node's scheduler fires at it, so the process goes
// on when the node's clock gets there — whether or not anybody is looking, and after a reload.
// The program's resume() then says what it prints from there and whether it ends (the exit is
// planned as at start: task-clock.ts), or waits again (the next wake). A real process just
// runs; here it is re-asked once per round of its own loop (its sleep sets the pace), never in
// a busy loop.

import type { Node } from '../../node';
import { findProgram } from '../../programs/registry';
import type { ProgramContext, ProgramRun, ProgramWake } from '../../programs/program';
import { nextDueMs, registerTimerKind, scheduleAt } from '../../host/scheduler';
import type { ContainerRecord, ProcessRecord, TaskRecord } from '../metadata/schema';
import { planOf, setPlan, type ProcessPlan } from './process-plan';
import { refreshTask, scheduleTaskExit } from './task-clock';
import { scheduleTaskOom } from './task-oom';
import { appendOutput } from './process-output';
import { throughTerminal } from './tty-output';

const PROCESS_WAKE_TIMER = 'containerd.process-wake';

/** A frozen (paused) process looks again this long after the moment it was due. */
const PAUSED_RETRY_MS = 1000;

/** How a wake finds the context of the process it resumes (runc.ts's, passed in to keep imports one-way). */
type ContextOf = (node: Node, ns: string, container: ContainerRecord, task: TaskRecord, p: ProcessRecord) => ProgramContext;

/** Keeps `wake` (of a run started at plan.startedAtMs) in the plan and sets its timer. */
export function armProcessWake(node: Node, ns: string, containerId: string, p: ProcessRecord, plan: ProcessPlan, wake: ProgramWake): void {
  plan.wake = wake;
  scheduleAt(node, plan.startedAtMs + wake.atMs, PROCESS_WAKE_TIMER, { ns, id: containerId, pid: p.pid });
}

/** What the resumed run changes in the plan: output, exit, what it catches, serves and is called. */
function applyResumed(node: Node, ns: string, containerId: string, p: ProcessRecord, plan: ProcessPlan, run: ProgramRun): void {
  for (const chunk of p.terminal ? throughTerminal(run.out) : run.out) appendOutput(node, p.pid, chunk);
  plan.wake = undefined;
  plan.handles = Object.fromEntries(Object.entries(run.handles ?? {}).map(([sig, r]) => [sig, r.exitCode ?? null]));
  plan.handlerChunks = Object.fromEntries(
    Object.entries(run.handles ?? {}).map(([sig, r]) => [sig, (r.out ?? []).map((c) => ({ stream: c.stream, text: c.text }))]),
  );
  plan.handlerOut = Object.fromEntries(Object.entries(plan.handlerChunks).map(([sig, chunks]) => [sig, chunks.map((c) => c.text).join('')]));
  if (run.listens) plan.listens = run.listens;
  if (run.server) plan.program = run.server;
  if (run.serverArgs) plan.serverArgs = run.serverArgs;
  if (run.title) plan.title = run.title;
  if (run.comm) plan.comm = run.comm;
  if (run.exit) {
    plan.exitAtMs = plan.startedAtMs + run.exit.afterMs;
    plan.exitCode = run.exit.code;
  }
  if (run.wake) armProcessWake(node, ns, containerId, p, plan, run.wake);
  setPlan(p, plan);
  if (run.oomKilledAtMs !== undefined) scheduleTaskOom(node, ns, containerId, plan.startedAtMs + run.oomKilledAtMs);
  if (plan.exitAtMs !== undefined) scheduleTaskExit(node, ns, containerId, plan.exitAtMs);
}

/** Registers what the wake timer does; runc.ts calls it with its process contexts. */
export function registerProcessWake(contextOf: ContextOf): void {
  registerTimerKind(PROCESS_WAKE_TIMER, (node, timer, quietUntilMs) => {
    const ns = String(timer.data?.ns ?? '');
    const id = String(timer.data?.id ?? '');
    const bucket = node.state.containerd.namespaces[ns];
    const task = bucket && Object.hasOwn(bucket.tasks, id) ? bucket.tasks[id] : undefined;
    const container = bucket && Object.hasOwn(bucket.containers, id) ? bucket.containers[id] : undefined;
    if (!task || !container) return;
    refreshTask(node, ns, task);
    const p = [task.init, ...Object.values(task.execs)].find((x) => x.pid === timer.data?.pid);
    if (!p || p.status !== 'RUNNING') return;
    const plan = planOf(p);
    const wake = plan.wake;
    // A wake replaced since (the process was resumed by an earlier timer) is not this one.
    if (!wake || plan.startedAtMs + wake.atMs !== timer.atMs) return;
    if (task.paused) {
      // The cgroup freezer holds it: it looks again once thawed, at a later round.
      armProcessWake(node, ns, id, p, plan, { ...wake, atMs: timer.atMs + PAUSED_RETRY_MS - plan.startedAtMs });
      setPlan(p, plan);
      return;
    }
    const resume = findProgram(wake.program)?.resume;
    if (!resume) return;
    // Until the end of the sleep bringing the clock here, or the next timer, nothing else on the
    // node can change what it looks at: its rounds up to there need no wake of their own.
    const quietUntil = Math.min(quietUntilMs, nextDueMs(node) ?? Number.POSITIVE_INFINITY);
    const run = resume({ ...contextOf(node, ns, container, task, p), nowMs: plan.startedAtMs }, wake.data, quietUntil - plan.startedAtMs);
    applyResumed(node, ns, id, p, plan, run);
  });
}
