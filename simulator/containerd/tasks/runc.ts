// runc's part of starting a process (init at `runc create`, others at `runc exec`): find
// the executable in the container's own files, fail with runc's exact words when it is
// missing, give it a host PID, and run the program to learn what it prints and how it ends.

import type { Node } from '../../node';
import { resolveExecutable, runResolved } from '../../programs/launch';
import { findProgram } from '../../programs/registry';
import { envValue, finished, followLinks, resolvePath, stderr, type ContainerFs, type HttpResult, type OutputChunk, type ProcessCapabilities, type ProcessEntry, type ProcessUser, type ProgramContext, type ProgramRun } from '../../programs/program';
import { httpGet, lookupDns, networkView } from '../../host/network/index';
import * as vfs from '../../host/vfs';
import { overlayAt } from '../../host/overlay';
import { taskNetns } from './task-listeners';
import { unknown } from '../../errdefs/errdefs';
import type { ContainerRecord, ProcessRecord, TaskRecord } from '../metadata/schema';
import { containerFs } from './container-fs';
import { allocatePid } from './pids';
import { userName } from '../../programs/user-names';
import { randomInt } from '../../host/random';
import { createMountpoints } from './mountpoints';
import { checkCgroupApply, checkCgroupResources, checkCwd, checkIntelRdt, checkMounts, checkRootfsPropagation, checkSystemdCgroupsPath, processEnv } from './runc-checks';
import { pidNamespaceOwner, tasksSharing } from './pid-namespace';
import { utsHostname } from './uts-namespace';
import { hostProcesses, inHostPidNamespace } from './host-pid-namespace';
import { checkNamespacePaths } from './namespace-paths';
import { liveHelpers, planOf, setPlan, type ProcessHelper, type ProcessPlan } from './process-plan';
import { zombieChildren } from './orphans';
import { scheduleTaskExit } from './task-clock';
import { memoryLimitOf, scheduleTaskOom } from './task-oom';
import { rememberOutput } from './process-output';
import { armProcessWake, registerProcessWake } from './process-wake';
import { repeatingThroughTerminal, throughTerminal } from './tty-output';
import { recordLayer } from '../../trace/call-path';
import { foreignMachine } from '../snapshots/machine';
import { processSpecProblem } from '../containers/runnable-spec';
import { execFormatErrorLine } from '../../host/native-architectures';
import { standInProgram } from '../../host/releases/apparent-size';
import { processLimits, rlimitProblem } from '../../programs/process-limits';
import { withSysClassNet } from '../../programs/sysfs-net';

export interface ProcessSpec {
  execId: string;
  args: string[];
  env: string[];
  cwd: string;
  terminal: boolean;
  /** What arrives on stdin before EOF; undefined keeps it open and silent. */
  stdin: string | undefined;
  /** The data is not followed by EOF (ctr run / tasks start). */
  stdinOpen?: boolean;
  /** specs.Process.User; absent: root. */
  user?: ProcessUser;
  /** specs.Process.Capabilities of an exec that brings its own (--privileged); absent: the container spec's. */
  capabilities?: ProcessCapabilities;
  /** The init process's createRuntime hook (tasks.ts TaskIO), run once its PID exists. */
  createRuntime?: (pid: number) => void;
  /** The client's work between NewTask and Start (tasks.ts TaskIO.beforeStart). */
  beforeStart?: (pid: number) => void;
}

/**
 * The client's work between task create and start failed: runc init waits, created, with its
 * PID, for a start that never comes. Carries the client's own error.
 */
export class NeverStarted extends Error {
  constructor(
    readonly pid: number,
    readonly reason: unknown,
  ) {
    super(reason instanceof Error ? reason.message : String(reason));
  }
}

export interface Spawned {
  record: ProcessRecord;
  out: OutputChunk[];
  /** What it signals as it starts (ProgramRun.signals), for its caller to deliver once it is in the task. */
  signals?: ProgramRun['signals'];
}

/** How runc words a failure, for the init process (create) or an exec. */
function runcError(kind: 'create' | 'exec', detail: string): Error {
  return kind === 'create'
    ? unknown(`failed to create shim task: OCI runtime create failed: runc create failed: ${detail}`)
    : unknown(`OCI runtime exec failed: exec failed: ${detail}`);
}

/**
 * Errors of runc's container start (libcontainer's `unable to start container process: …`),
 * after the config was validated and the start begun: a container whose rootfs is the bundle's
 * own dir may then keep the mount points runc made there (tasks/stale-bundle.ts asks).
 */
const START_FAILURES = new WeakSet<Error>();

function startError(kind: 'create' | 'exec', detail: string): Error {
  const err = runcError(kind, `unable to start container process: ${detail}`);
  START_FAILURES.add(err);
  return err;
}

/** Whether `err` is runc failing once the container's start had begun (startError). */
export function failedDuringStart(err: unknown): boolean {
  return err instanceof Error && START_FAILURES.has(err);
}

/** Where the shim keeps task bundles (tasks.ts's SHIM_STATE_DIR; repeated to avoid an import cycle). */
const SHIM_BUNDLE_DIR = '/run/containerd/io.containerd.runtime.v2.task';

/** The first existing non-directory on the way to `dir` (runc's MkdirAll of the cwd fails there). */
function nonDirectoryOnPath(fs: ReturnType<typeof containerFs>, dir: string): string | undefined {
  const parts = dir.split('/').filter(Boolean);
  for (let i = 1; i <= parts.length; i++) {
    const path = `/${parts.slice(0, i).join('/')}`;
    const entry = fs.lookup(path);
    if (!entry) return undefined;
    if (entry.kind === 'file') return path;
  }
  return undefined;
}

/** runc sets HOME from the user's passwd entry when the spec's env has none. */
/**
 * runc init's setupUser: without a HOME in the env, the home of the process's uid in the
 * container's /etc/passwd (user.GetExecUserPath), "/" when no entry has that uid.
 */
function withHome(env: string[], fs: ReturnType<typeof containerFs>, uid: number): string[] {
  if (envValue(env, 'HOME') !== undefined) return env;
  const passwd = followLinks(fs, '/etc/passwd');
  const text = passwd?.file.kind === 'file' ? (passwd.file.content ?? '') : '';
  const entry = text.split('\n').map((line) => line.split(':')).find((f) => f.length >= 6 && f[2] === String(uid));
  return [...env, `HOME=${entry?.[5] || '/'}`];
}

/**
 * Live processes of a task as the container sees them (busybox ps), each with the uid of its
 * container's spec user (the record keeps no user of its own; a pod's pause runs as 65535).
 */
function innerProcesses(node: Node, ns: string, task: TaskRecord): Array<ProcessEntry & { uid: number }> {
  const uid = node.state.containerd.namespaces[ns]?.containers[task.containerId]?.spec.process.user?.uid ?? 0;
  const rows: Array<ProcessEntry & { uid: number }> = [];
  for (const p of [task.init, ...Object.values(task.execs)]) {
    // A stopped process is gone; a placeholder (the init being created) has no args yet.
    if (p.status === 'STOPPED' || p.args.length === 0) continue;
    const plan = planOf(p);
    rows.push({ pid: plan.innerPid, user: '', uid, args: plan.title ?? p.args, ...(plan.comm === undefined ? {} : { comm: plan.comm }) });
    for (const h of liveHelpers(plan, node.nowMs())) {
      // A fork runs as its parent; nginx's workers as nginx.
      if (h.parent === undefined) rows.push({ pid: h.innerPid, user: 'nginx', uid: -1, args: h.args });
      else rows.push({ pid: h.innerPid, user: '', uid, args: h.args, ppid: h.parent, ...(h.comm === undefined ? {} : { comm: h.comm }) });
    }
    // Ended children init never waited for: zombies, with no command line left.
    if (p === task.init) {
      for (const h of zombieChildren(plan, node.nowMs())) {
        const argv0 = h.args[0] ?? '';
        rows.push({ pid: h.innerPid, user: '', uid, args: [], ppid: h.parent, comm: h.comm ?? argv0.slice(argv0.lastIndexOf('/') + 1), zombie: true });
      }
    }
  }
  return rows.sort((a, b) => a.pid - b.pid);
}

/**
 * A GET from the task's network namespace to host:port (host/network): names through the
 * container's /etc/hosts ("localhost" always, as musl and glibc resolve it without one).
 */
function httpFromTask(node: Node, ns: string, container: ContainerRecord, task: TaskRecord, port: number, path: string, host: string): HttpResult {
  const hosts = followLinks(containerFs(node, ns, container), '/etc/hosts');
  const hostsText = `${hosts?.file.kind === 'file' ? (hosts.file.content ?? '') : ''}\n127.0.0.1 localhost\n`;
  // The only HTTP client inside the node's containers is busybox wget.
  const outcome = httpGet(node, taskNetns(node, ns, container, task), host, port, path, { userAgent: 'Wget', hostsText });
  return outcome.kind === 'reply' ? outcome.reply : { failure: outcome.failure };
}

/** A name through the DNS servers of the container's /etc/resolv.conf (host/network dns.ts): its first IPv4 address. */
function dnsFromTask(node: Node, ns: string, container: ContainerRecord, task: TaskRecord, name: string): string | undefined {
  const conf = followLinks(containerFs(node, ns, container), '/etc/resolv.conf');
  const text = conf?.file.kind === 'file' ? (conf.file.content ?? '') : '';
  return lookupDns(node, taskNetns(node, ns, container, task), text, name).find((ip) => /^\d+\.\d+\.\d+\.\d+$/.test(ip));
}

/** The file at `path` is a host binary's stand-in (launch.ts resolveExecutable runs it as that program). */
function isStandIn(fs: ContainerFs, path: string): boolean {
  const target = followLinks(fs, path);
  return target?.file.kind === 'file' && standInProgram(target.file.content) !== undefined;
}

/** The process's own capability sets: an exec's when it brings them, else the container spec's (kept untyped). */
function capabilitiesOf(container: ContainerRecord, own: ProcessCapabilities | undefined): Record<string, unknown> | undefined {
  return own ? { ...own } : (container.spec.process as { capabilities?: Record<string, unknown> }).capabilities;
}

/** The process's effective capabilities include CAP_NET_ADMIN. */
function hasNetAdmin(container: ContainerRecord, own: ProcessCapabilities | undefined): boolean {
  const caps = capabilitiesOf(container, own)?.effective;
  return Array.isArray(caps) && caps.includes('CAP_NET_ADMIN');
}

/**
 * CAP_SYS_RESOURCE in the process's effective set after its execve (security/commoncap.c, as
 * proc-status.ts reads it): root gets its inheritable and bounding sets (no more than it held
 * under no_new_privs), another user only its ambient ones.
 */
function hasSysResource(container: ContainerRecord, uid: number, own: ProcessCapabilities | undefined): boolean {
  const process = container.spec.process as { noNewPrivileges?: boolean };
  const has = (set: string) => {
    const names = capabilitiesOf(container, own)?.[set];
    return Array.isArray(names) && names.includes('CAP_SYS_RESOURCE');
  };
  if (uid !== 0) return has('ambient') && has('permitted') && has('inheritable');
  return (has('inheritable') || has('bounding')) && (process.noNewPrivileges !== true || has('permitted'));
}

/**
 * Starts a process in `task` (the init process when spec.execId is ""). Throws unknown with
 * runc's message for empty args or a missing executable. Does not store the record.
 */
export function spawnProcess(node: Node, ns: string, container: ContainerRecord, task: TaskRecord, spec: ProcessSpec): Spawned {
  recordLayer(node, 'runc');
  const kind = spec.execId === '' ? 'create' : 'exec';
  // A spec from a learner's file is checked as runc's validateProcessSpec reads it.
  const fileProblem = kind === 'create' && container.specFile ? processSpecProblem(container.specFile) : undefined;
  if (fileProblem) throw runcError(kind, fileProblem);
  const name = spec.args[0];
  if (name === undefined) throw runcError(kind, 'args must not be empty');
  // specconv turns the spec into runc's config before anything is validated or set up.
  const propagationProblem = kind === 'create' ? checkRootfsPropagation(container) : undefined;
  if (propagationProblem) throw runcError(kind, propagationProblem);
  const cgroupsPathProblem = kind === 'create' ? checkSystemdCgroupsPath(container) : undefined;
  if (cgroupsPathProblem) throw runcError(kind, cgroupsPathProblem);
  const cwdProblem = checkCwd(spec.cwd);
  if (cwdProblem) throw runcError(kind, cwdProblem);
  // factory.Create validates the config before anything runs, its root first (validate.rootfs).
  const rootProblem = kind === 'create' ? hostRootProblem(node, container) : undefined;
  if (rootProblem) throw runcError(kind, rootProblem);
  const rdtProblem = kind === 'create' ? checkIntelRdt(container) : undefined;
  if (rdtProblem) throw runcError(kind, rdtProblem);
  // container.Start: the namespaces to join are checked while the init's bootstrap data is made.
  const nsProblem = kind === 'create' ? checkNamespacePaths(node, container) : undefined;
  if (nsProblem) throw runcError(kind, nsProblem);
  // The cgroup is applied before runc init starts, so its refusals come before init's own.
  const applyProblem = kind === 'create' ? checkCgroupApply(container, ns) : undefined;
  if (applyProblem) throw startError(kind, `${applyProblem}`);
  const checked = processEnv(spec.env);
  if ('error' in checked) throw startError(kind, `error during container init: ${checked.error}`);
  if (kind === 'create') {
    const mountProblem = checkMounts(node, container, `${SHIM_BUNDLE_DIR}/${ns}/${container.id}`);
    if (mountProblem) throw startError(kind, `${mountProblem}`);
    // Before the process's view of its files is made, so it sees what runc made.
    createMountpoints(node, ns, container);
  }
  const fs = containerFs(node, ns, container);
  if (kind === 'create') {
    const blocker = nonDirectoryOnPath(fs, spec.cwd);
    if (blocker) throw startError(kind, `error during container init: mkdir ${blocker}: not a directory`);
    const cgroupProblem = checkCgroupResources(node, container, ns);
    if (cgroupProblem) throw startError(kind, `${cgroupProblem}`);
    // The parent sets the spec's rlimits on init when it says it is ready (process_linux.go).
    const rlimit = rlimitProblem(container.spec.process.rlimits);
    if (rlimit) throw startError(kind, `error during container init: error setting rlimits for ready process: ${rlimit}`);
    // standard_init_linux.go sets the spec's hostname first: the kernel takes at most 64 bytes
    // (HOST_NAME_MAX), and sethostname(2) refuses a longer one with EINVAL.
    if (new TextEncoder().encode(container.spec.hostname ?? '').length > 64) {
      throw startError(kind, 'error during container init: sethostname: invalid argument');
    }
    // standard_init_linux.go applies the AppArmor profile before looking the program up; without
    // AppArmor in the kernel the write of the profile's exec attribute is refused.
    if (container.spec.process.apparmorProfile) {
      throw startError(kind, 'error during container init: unable to apply apparmor profile: apparmor failed to apply profile: write /proc/self/attr/exec: invalid argument');
    }
  } else {
    // runc exec does not create the cwd: it changes into it and fails there.
    const entry = followLinks(fs, spec.cwd);
    const why = !entry ? (nonDirectoryOnPath(fs, spec.cwd) ? 'not a directory' : 'no such file or directory') : entry.file.kind !== 'dir' ? 'not a directory' : undefined;
    if (why) throw startError(kind, `chdir to cwd (${JSON.stringify(spec.cwd)}) set in config.json failed: ${why}`);
  }
  const env = withHome(checked.env, fs, spec.user?.uid ?? 0);
  const resolution = resolveExecutable({ fs, env, cwd: spec.cwd }, name);
  if (resolution.kind === 'not-in-path') {
    throw startError(kind, `exec: "${name}": executable file not found in $PATH`);
  }
  if (resolution.kind === 'no-such-file') {
    throw startError(kind, `exec: "${name}": stat ${name}: no such file or directory`);
  }
  if (resolution.kind === 'is-directory' || resolution.kind === 'not-executable') {
    throw startError(kind, `exec: "${name}": permission denied`);
  }
  const pid = allocatePid(node, kind === 'create' ? 8 : 3, kind === 'create' ? 60 : 30);
  // The init process's own namespaces are named after its PID from now on (/proc/<pid>/ns/net):
  // the hook and the program both find them there.
  if (kind === 'create') task.init.pid = pid;
  if (kind === 'create' && spec.createRuntime) {
    try {
      spec.createRuntime(pid);
    } catch (err) {
      throw startError(kind, `error during container init: error running hook #0: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  // runc create is done: init waits on its exec FIFO until the client calls Start.
  if (kind === 'create' && spec.beforeStart) {
    try {
      spec.beforeStart(pid);
    } catch (err) {
      throw new NeverStarted(pid, err);
    }
  }
  // A task that joined another's PID namespace (a pod's container) numbers its processes on
  // that namespace's counter: only a namespace's own init is PID 1.
  const owner = pidNamespaceOwner(node, ns, container);
  const counter = owner ?? task;
  // In the node's own PID namespace (--pid host) a process is known by its host PID.
  const hostPids = inHostPidNamespace(container);
  const innerPid = hostPids ? pid : kind === 'create' && !owner ? 1 : nextInnerPid(counter);
  // runc init is a Go program: its runtime threads take the next 5 or 6 PIDs of the namespace
  // before it execs the process, so the next process of the container lands past them.
  if (!hostPids) counter.nextInnerPid = innerPid + 1 + randomInt(node.state.random, 5, 6);
  const ctx = programContext(node, ns, container, task, { ...spec, env }, innerPid, fs);
  // Another CPU's binary (a host stand-in bind-mounted in is the node's own): the exec fails
  // after runc start, so the task starts and its process says why on stderr, exit 1.
  const foreign = !isStandIn(fs, resolution.path) && foreignMachine(node, ns, container.snapshotter, container.snapshotKey) !== undefined;
  const ran: ProgramRun = foreign ? finished([stderr(execFormatErrorLine(name.includes('/') ? name : resolution.path))], 1) : runResolved(ctx, resolution.program, resolution);
  const run: ProgramRun = spec.terminal ? { ...ran, out: throughTerminal(ran.out), repeat: repeatingThroughTerminal(ran.repeat) } : ran;
  const now = node.nowMs();
  const helpers: ProcessHelper[] = (run.helpers ?? []).map((args, i) => {
    const hostPid = allocatePid(node, 1, 2);
    return { pid: hostPid, innerPid: hostPids ? hostPid : innerPid + 29 + i, args };
  });
  if (!hostPids) for (const h of helpers) counter.nextInnerPid = Math.max(counter.nextInnerPid ?? 0, h.innerPid + 1);
  // What it forked and left running (a shell's background jobs) are processes of the task too,
  // with the PIDs the namespace gave them.
  for (const child of run.children ?? []) {
    const hostPid = allocatePid(node);
    helpers.push({
      pid: hostPid,
      innerPid: hostPids ? hostPid : child.pid,
      args: [...child.args],
      parent: child.ppid ?? innerPid,
      ...(child.comm === undefined ? {} : { comm: child.comm }),
      startAtMs: now + child.startAfterMs,
      ...(child.endAfterMs === undefined ? {} : { endAtMs: now + child.endAfterMs }),
      ...(child.holdsOutput ? { holdsOutput: true } : {}),
    });
  }
  const holders = helpers.filter((h) => h.holdsOutput);
  const heldUntil = holders.length === 0 ? undefined : holders.some((h) => h.endAtMs === undefined) ? null : Math.max(...holders.map((h) => h.endAtMs ?? 0));
  const plan: ProcessPlan = {
    startedAtMs: now,
    exitAtMs: run.exit ? now + run.exit.afterMs : undefined,
    exitCode: run.exit?.code,
    program: run.server ?? resolution.program,
    serverArgs: run.serverArgs,
    handles: Object.fromEntries(Object.entries(run.handles ?? {}).map(([sig, r]) => [sig, r.exitCode ?? null])),
    handlerOut: Object.fromEntries(
      Object.entries(run.handles ?? {}).map(([sig, r]) => [sig, (r.out ?? []).map((c) => c.text).join('')]),
    ),
    handlerChunks: Object.fromEntries(
      Object.entries(run.handles ?? {}).map(([sig, r]) => [sig, (r.out ?? []).map((c) => ({ stream: c.stream, text: c.text }))]),
    ),
    listens: run.listens ?? [],
    innerPid,
    helpers,
    pending: [],
    title: run.title,
    comm: run.comm,
    ...(heldUntil === undefined ? {} : { outputHeldUntilMs: heldUntil }),
  };
  const record: ProcessRecord = {
    execId: spec.execId,
    pid,
    args: [...spec.args],
    env,
    cwd: spec.cwd,
    terminal: spec.terminal,
    status: 'RUNNING',
  };
  // A program waiting on the world (a shell's polling loop) goes on at its wake (process-wake.ts).
  if (run.wake) armProcessWake(node, ns, container.id, record, plan, run.wake);
  setPlan(record, plan);
  if (run.oomKilledAtMs !== undefined) scheduleTaskOom(node, ns, container.id, now + run.oomKilledAtMs);
  if (plan.exitAtMs !== undefined) scheduleTaskExit(node, ns, container.id, plan.exitAtMs);
  rememberOutput(node, pid, run.out, run.repeat);
  return { record, out: run.out, ...(run.signals ? { signals: run.signals } : {}) };
}

/**
 * A root that is a directory of the node (ctr run --rootfs) must be there: runc stats it
 * (following links) before it makes anything. Snapshot roots and a mounted overlay always are.
 */
function hostRootProblem(node: Node, container: ContainerRecord): string | undefined {
  const root = container.spec.root?.path;
  if (container.snapshotKey !== '' || !root?.startsWith('/') || overlayAt(node, root)) return undefined;
  try {
    vfs.stat(node.state.host.files, root);
  } catch (err) {
    if (!vfs.isVfsError(err)) throw err;
    return `invalid rootfs: stat ${root}: ${vfs.isVfsError(err, 'ENOTDIR') ? 'not a directory' : 'no such file or directory'}`;
  }
  return undefined;
}

/** The context a process of `task` runs with (also used to drive an interactive shell). */
function programContext(
  node: Node,
  ns: string,
  container: ContainerRecord,
  task: TaskRecord,
  spec: Omit<ProcessSpec, 'execId'>,
  innerPid: number,
  fs = containerFs(node, ns, container),
): ProgramContext {
  const network = () => ({ net: networkView(node), netns: taskNetns(node, ns, container, task), netAdmin: hasNetAdmin(container, spec.capabilities) });
  // /proc/self/status of an exec with its own capability sets (and of the children it forks) shows those.
  const own = spec.capabilities;
  const statusOf = fs.statusOf;
  const processFs: ContainerFs = own && statusOf ? { ...fs, statusOf: (who) => statusOf({ ...who, capabilities: who.capabilities ?? own }) } : fs;
  return {
    argv: spec.args,
    env: spec.env,
    // The kernel's chdir resolves `..` and links: getcwd (busybox pwd) prints /etc for /tmp/../etc.
    cwd: followLinks(fs, resolvePath('/', spec.cwd))?.path ?? spec.cwd,
    hostname: utsHostname(node, ns, container),
    ...(spec.user ? { user: spec.user } : {}),
    terminal: spec.terminal,
    stdin: spec.stdin,
    stdinOpen: spec.stdinOpen,
    // sysfs, mounted in the container's network namespace, shows that namespace's interfaces.
    fs: withSysClassNet(processFs, network),
    pid: innerPid,
    nextPid: () => {
      if (inHostPidNamespace(container)) return allocatePid(node);
      const counter = pidNamespaceOwner(node, ns, container) ?? task;
      const pid = counter.nextInnerPid ?? nextInnerPid(counter);
      counter.nextInnerPid = pid + 1;
      return pid;
    },
    processes: () => {
      if (inHostPidNamespace(container)) return [...hostProcesses(node, { ns, task }).filter((p) => p.pid !== innerPid), { pid: innerPid, ppid: task.init.pid - 1, user: 'root', args: spec.args }].sort((a, b) => a.pid - b.pid);
      const sharing = tasksSharing(node, ns, pidNamespaceOwner(node, ns, container) ?? task);
      const own = { pid: innerPid, user: '', uid: spec.user?.uid ?? 0, args: spec.args };
      // ps names a uid through the /etc/passwd of the container it runs in (getpwuid), and
      // prints the number when that file has no such user (busybox get_cached_username).
      return [own, ...sharing.flatMap((t) => innerProcesses(node, ns, t))]
        .sort((a, b) => a.pid - b.pid)
        .filter((p, i, all) => all.findIndex((q) => q.pid === p.pid) === i)
        .map(({ uid, ...p }) => (uid < 0 ? p : { ...p, user: userName(fs, uid) ?? String(uid) }));
    },
    http: (port, path, host = '127.0.0.1') => httpFromTask(node, ns, container, task, port, path, host),
    resolve: (name) => dnsFromTask(node, ns, container, task, name),
    network,
    nowMs: node.nowMs(),
    columns: 80,
    // runc init sets the spec's rlimits; an exec's process spec is the container's, so it has them too.
    limits: processLimits(container.spec.process.rlimits, hasSysResource(container, spec.user?.uid ?? 0, spec.capabilities)),
    ...(memoryLimitOf(node, ns, container) === undefined ? {} : { memoryLimit: memoryLimitOf(node, ns, container) }),
    findProgram,
  };
}

/** The context of an existing process record (an attached shell reading its next line). */
export function contextOfProcess(node: Node, ns: string, container: ContainerRecord, task: TaskRecord, p: ProcessRecord): ProgramContext {
  // The record keeps no user: the container spec's (an exec's own -u is not saved with it).
  return programContext(node, ns, container, task, { args: p.args, env: p.env, cwd: p.cwd, terminal: p.terminal, stdin: undefined, user: container.spec.process.user }, planOf(p).innerPid);
}

registerProcessWake(contextOfProcess);

/** For tasks stored before the counter existed: one past the highest PID in use. */
function nextInnerPid(task: TaskRecord): number {
  if (task.nextInnerPid !== undefined) return task.nextInnerPid;
  let max = 1;
  for (const p of [task.init, ...Object.values(task.execs)]) {
    const plan = planOf(p);
    max = Math.max(max, plan.innerPid, ...plan.helpers.map((h) => h.innerPid));
  }
  return max + 1;
}
