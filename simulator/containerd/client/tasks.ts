// The client's tasks calls: containerd's Go client Task and Process (task.go, process.go) and
// the raw TaskService().List. A handle names a process; every call goes to the tasks service
// (the shim behind it), which checks the namespace, the task's state and the exec ids itself
// and throws errdefs errors worded as the daemon's. The handles read the service each time,
// so they never hold stale state.

import { asGrpcStatus } from '../errgrpc';
import type { CgroupResources } from '../tasks/cgroup-resources';

export type { CgroupResources };
import type { NanoTime } from '../events/timestamp';
import type { TaskStatus } from '../metadata/schema';
import type { AttachedShell } from '../tasks/attach';
import type { TaskMetrics } from '../tasks/metrics';
import type { TaskProcessRow } from '../tasks/task-processes';
import type { Signal } from '../../host/signals';
import { listTasks, taskStatus, type ExitStatus } from '../tasks/tasks';
import type { ContainerFs, OutputChunk, ProcessCapabilities, ProcessUser, TerminalInput } from '../../programs/program';
import type { OutputCursor } from '../../programs/output-timeline';
import type { ClientContext } from './context';

export { parseSignal, type Signal } from '../../host/signals';
export { UNLIMITED_MEMORY, type TaskMetrics } from '../tasks/metrics';
export type { ExitStatus } from '../tasks/tasks';
export type { TaskStatus } from '../metadata/schema';
export type { ContainerFile, ContainerFs, OutputChunk, ProcessCapabilities, TerminalInput } from '../../programs/program';
export type { OutputCursor } from '../../programs/output-timeline';
export type { ShLineResult, ShSession } from '../../programs/sh/sh-session';
export type { AttachedShell } from '../tasks/attach';

/** What Status(ctx) and the process's spec tell about one process, read when asked. */
export interface ProcessState {
  pid: number;
  args: readonly string[];
  status: TaskStatus;
  /** Set once it exited. */
  exitStatus?: number;
  /** Node-clock ms it started at. */
  startedAtMs: number;
  /** Node-clock ms it exited (or will exit on its own); undefined while only a signal ends it. */
  exitAtMs?: number;
  /** It has a terminal (its spec's process.terminal); absent: no. */
  terminal?: boolean;
  /** When it exited, RFC3339Nano as the shim recorded it. */
  exitedAt?: string;
}

/** One process of a task (the Go client's Process): the init process or an exec. */
export interface Process {
  /** The container's id. */
  readonly id: string;
  /** "" for the task's init process. */
  readonly execId: string;
  /** Status(ctx) and what the process runs; undefined for an exec that is gone. Throws notFound when the task is. */
  state(): ProcessState | undefined;
  /**
   * Kill(ctx, signal): the init process or this exec. notFound (`process already finished`,
   * `process does not exist <id>`), runc's unknown error for a signal kill(2) refuses.
   */
  kill(signal: Signal): void;
  /**
   * Delete(ctx): the exit of a stopped exec. notFound (`no running process found: …`),
   * failedPrecondition while it runs. (A task's delete is Task.delete.)
   */
  delete(): ExitStatus;
  /** When Wait(ctx) returns and with what code: undefined while only a signal ends it (or the task is paused). */
  plannedExit(): { atMs: number; code: number } | undefined;
  /**
   * When the copy of its output ends: its exit, or later while a process it forked holds stdout
   * or stderr; `cut` when the shim closed it on them (their later output is lost). undefined while unknown.
   * `waitAll`: for a copier that waits for the last holder (CRI's exec), only the init's end cuts it.
   */
  outputEnd(waitAll?: boolean): { atMs: number; cut: boolean } | undefined;
  /** cio: what the program reads from the terminal or stdin it was given. */
  reads(terminal: boolean): TerminalInput;
  /** cio: the process's output from its start (`initial`: what Start returned), later output following. */
  output(initial: readonly OutputChunk[]): OutputCursor;
  /** cio on an interactive sh: lines go to the shell; its `exited` ends the process once the last line played out. */
  shell(): AttachedShell;
  /** cio: a line typed at a program that is not a shell; returns the echo the terminal shows. */
  typeLine(reads: TerminalInput, line: string): string;
  /** cio: Ctrl-D on the terminal (CloseIO for a pipe). */
  endOfInput(reads: TerminalInput): void;
  /** The terminal's Ctrl-C: SIGINT, or a key for a program reading keys. Returns what a SIGINT handler printed. */
  interrupt(reads: TerminalInput): string;
}

/** One live process of a task as the host's procfs shows it. */
export type TaskProcess = TaskProcessRow;

/** Kill options (WithKillAll, WithKillExecID). */
export interface KillOpts {
  all?: boolean;
  execId?: string;
}

/** What NewTask+Start and Exec+Start hand back: the process and what it printed at start-up. */
export interface Started<P> {
  process: P;
  out: OutputChunk[];
}

/** A process the Exec call is to start (specs.Process as ctr builds it). */
export interface ExecSpec {
  execId: string;
  args: string[];
  /** "" keeps the container spec's cwd. */
  cwd: string;
  terminal: boolean;
  /** Bytes fed to stdin before EOF; undefined keeps stdin open and silent. */
  stdin: string | undefined;
  /** The process's whole environment (specs.Process.Env); undefined takes the container spec's. */
  env?: string[];
  /** specs.Process.User after `--user` (Container.user); undefined takes the container spec's. */
  user?: ProcessUser;
  /** specs.Process.Capabilities (exec --privileged: every set the whole list); undefined takes the container spec's. */
  capabilities?: ProcessCapabilities;
}

/** A container's task (the Go client's Task). */
export interface Task extends Process {
  /** Status(ctx).Status of the task: its init process, or PAUSED. Throws notFound. */
  status(): TaskStatus;
  /** Pid(): the init process's host PID. */
  pid(): number;
  /** Kill(ctx, signal, WithKillAll / WithKillExecID). Errors as Process.kill. */
  kill(signal: Signal, opts?: KillOpts): void;
  /**
   * Delete(ctx[, WithProcessKill]): a stopped task's exit. failedPrecondition `task must be
   * stopped before deletion: running`; with processKill a live task is SIGKILLed first.
   */
  delete(opts?: { processKill?: boolean }): ExitStatus;
  /** Pause(ctx). runc's unknown `cannot pause …` errors. */
  pause(): void;
  /** Resume(ctx): signals sent while frozen are delivered now. runc's `cannot resume …`. */
  resume(): void;
  /** Pids(ctx): PIDs of the task's cgroup, execs with their exec id, sorted. */
  pids(): Array<{ pid: number; execId?: string }>;
  /**
   * What the host's /proc tells of the task's live processes (host `ps`, as `nerdctl top`
   * runs it): host PID, parent PID (the shim is not modelled: the init's parent is given as
   * the PID before it), the user name inside the container, the command line, the start.
   */
  processes(): TaskProcess[];
  /**
   * /proc/<pid>/root: the container's root filesystem as its processes see it (snapshot,
   * mounts, binds); writes go to the container's own layer. What `nerdctl cp` reads and writes.
   */
  rootfs(): ContainerFs;
  /** Metrics(ctx): one sample of the cgroup's counters, with the moment it was taken. */
  metrics(): TaskMetrics & { timestamp: NanoTime };
  /** Checkpoint(ctx): needs CRIU, which the node lacks; fails as runc does there. */
  checkpoint(): void;
  /** Update(ctx, WithResources): the running task's cgroup takes the given non-zero limits. */
  update(resources: CgroupResources): void;
  /**
   * Exec(ctx, id, spec, cio) then Start: cio makes the FIFOs first (an exec id with a `/`
   * fails there), then the shim refuses a duplicate id (alreadyExists), a paused or stopped
   * task (unknown), then runc's errors.
   */
  exec(spec: ExecSpec): Started<Process>;
  /** LoadProcess(ctx, execId): the handle; errors come with its first call. */
  loadProcess(execId: string): Process;
}

/** One row of TaskService().List. */
export interface TaskListing {
  id: string;
  pid: number;
  status: TaskStatus;
}

export function tasksApi(ctx: ClientContext) {
  return {
    /**
     * TaskService().List: every task of the namespace in the shim manager's order. ctr calls
     * the raw gRPC service here, so an error arrives as the gRPC status text (`rpc error:
     * code = FailedPrecondition desc = namespace is required`), never converted back.
     */
    list(): TaskListing[] {
      try {
        return listTasks(ctx.node, ctx.namespace).map((t) => ({ id: t.containerId, pid: t.init.pid, status: taskStatus(t) }));
      } catch (err) {
        throw asGrpcStatus(err);
      }
    },
  };
}

export type TasksApi = ReturnType<typeof tasksApi>;
