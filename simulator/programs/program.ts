// What runs inside a container. A program is a pure function from its start-up context to
// what it prints and how it ends: the tasks service stores that plan as plain data in the
// process record and evaluates it lazily against the simulated clock, so a `sleep 3600`
// started now is STOPPED an hour of simulated time later without anything ticking.

import type { ConnectFailure, HttpReply as NetworkHttpReply, HttpRequest } from '../host/network/http-types';
import type { NetworkState } from '../host/network/network-state';
import type { ProcessLimits } from './process-limits';

/** A file as a process inside the container sees it (merged rootfs plus bind mounts). */
export interface ContainerFile {
  kind: 'file' | 'dir' | 'symlink';
  /** File text, or the target of a symlink. */
  content?: string;
  mode: number;
  size?: number;
  /** Modification time, seconds since the epoch, when the layer recorded one. */
  mtime?: number;
  /** A read fails with this errno text (a write-only cgroup file: `Invalid argument`). */
  readError?: string;
  /** A character device node (runc's /dev/null is 1,3): ls shows `c` and major, minor. */
  device?: { major: number; minor: number };
  /** Owner ids when not root's (a tty's group 5). */
  uid?: number;
  gid?: number;
}

/**
 * What stat(2) tells of a path beyond its entry: the filesystem it lies on (a tmpfs directory's
 * size is 40 plus 20 an entry, proc/sysfs/cgroupfs/devpts report 0, and none of them but a
 * tmpfs file takes blocks), and whether overlayfs merges the directory from several layers
 * (then its link count is 1).
 */
export interface PathStat {
  fs: 'disk' | 'tmpfs' | 'proc' | 'sysfs' | 'cgroup' | 'devpts';
  merged?: boolean;
}

/** Read access to the container's root filesystem; paths are absolute and normalised. */
export interface ContainerFs {
  /** The entry at `path` itself (a symlink is returned as a symlink), or undefined. */
  lookup(path: string): ContainerFile | undefined;
  /** Names directly inside directory `path`, sorted bytewise; undefined when not a directory. */
  list(path: string): string[] | undefined;
  /** True when `path` lies on a read-only mount (`--read-only` rootfs, `ro` binds): writes fail with EROFS. */
  readOnlyAt?(path: string): boolean;
  /**
   * Writes `file` at `path` into the container's own layer (its active snapshot), so later
   * processes see it. False when the path is not the snapshot's (a bind mount) or the
   * snapshot cannot take writes: the caller then keeps the change to itself. `atMs` is the
   * node-clock moment the process writes it (after a `sleep`): this process sees it at once,
   * others only from then on.
   */
  write?(path: string, file: ContainerFile, atMs?: number): boolean;
  /** Deletes `path` (a directory with all below it) from the container's view; false as for write. */
  remove?(path: string, atMs?: number): boolean;
  /** The filesystem under `path` and overlayfs' merging of it; absent: a plain disk. */
  statAt?(path: string): PathStat;
  /** The mount points (runc's binds of /etc/hostname, a volume): unlink, rmdir and rename of one fail with EBUSY. */
  mountPoints?(): readonly string[];
  /** /proc/<pid>/status of `who`, a process of the container; undefined without a /proc mount. */
  statusOf?(who: StatusSubject): string | undefined;
  /** The spec mount that holds `path` (the last one covering it); undefined on the root. */
  mountOf?(path: string): { destination: string; type: string; source: string; options: readonly string[] } | undefined;
}

/** A process as its /proc/<pid>/status describes it, beyond what its container decides. */
export interface StatusSubject {
  /** comm: the base name of the file it executed (the kernel cuts it to 15 bytes). */
  comm: string;
  pid: number;
  /** The parent's PID in the namespace; 0 when the parent lies outside it (runc, the shim). */
  ppid: number;
  /** Its session (and process group); its own PID when it leads one. */
  sid: number;
  /** It is the process reading the file (R), else it waits (S). */
  running: boolean;
  user: ProcessUser;
  /** Signal numbers it was started with ignored (ash leaves SIGQUIT so for a command it execs). */
  ignored?: readonly number[];
  /** Its umask when a parent changed it (a shell's `umask`); absent: the spec's. */
  umask?: number;
  /** Its own process spec's capability sets (an exec's, `--privileged`); absent: the container spec's. */
  capabilities?: ProcessCapabilities;
}

/** specs.LinuxCapabilities: the capability names of each set, as the OCI spec lists them. */
export interface ProcessCapabilities {
  bounding?: readonly string[];
  effective?: readonly string[];
  permitted?: readonly string[];
  inheritable?: readonly string[];
  ambient?: readonly string[];
}

/** A signal a process sends another of its PID namespace (ProgramRun.signals). */
export interface SentSignal {
  pid: number;
  signal: number;
  /** When, in ms after the sender started; absent means at once. */
  atMs?: number;
}

export interface OutputChunk {
  stream: 'stdout' | 'stderr';
  text: string;
  /** When it was written, in ms after the process started; absent means at once. */
  atMs?: number;
}

/**
 * Output that goes on for ever, the same every round (`while true; do echo hi; sleep 1; done`):
 * after the last chunk of `out`, the chunks of `round` are written again and again, each round
 * `everyMs` after the previous one (0: as fast as the machine goes). Chunk times are relative
 * to the start of a round; the first round starts at `fromMs` after the process started.
 */
export interface RepeatingOutput {
  fromMs: number;
  everyMs: number;
  round: OutputChunk[];
}

/** One row of the container's process table (busybox ps, top). */
export interface ProcessEntry {
  pid: number;
  user: string;
  args: string[];
  /** The running program's name when it differs from the command line's (after an exec). */
  comm?: string;
  /** Its parent's PID in the namespace (a shell's for its child); absent: 0, runc's exec. */
  ppid?: number;
  /** Its session; absent: its own PID (runc makes every process a session leader). */
  sid?: number;
  /** It has ended and its parent has not waited for it: ps shows its name in brackets. */
  zombie?: boolean;
}

/** An HTTP answer from a server (status, body, headers), as the node's network carries it. */
export type HttpReply = NetworkHttpReply;

/** The outcome of a request a program sends: the reply, or why the connection failed. */
export type HttpResult = NetworkHttpReply | { failure: ConnectFailure };

/** A request a server answered, for its access log. */
interface ServedRequest {
  path: string;
  status: number;
  /** Bytes of the body sent. */
  bytes: number;
  /** Node-clock ms when it was answered. */
  atMs: number;
  userAgent: string;
  /** The client's address as the server sees it (after NAT); absent: 127.0.0.1. */
  clientIp?: string;
  /** GET unless said. */
  method?: string;
}

/** What a server's serve() sees: its files and argv, and (when the caller knows them) its environment and the clock. */
export type ServeContext = Pick<ProgramContext, 'fs' | 'argv'> & { env?: string[]; nowMs?: number };

/** specs.User of the process: the ids runc sets before exec (names come from the container's files). */
export interface ProcessUser {
  uid: number;
  gid: number;
  /** Its supplementary groups (setgroups); absent: none. */
  additionalGids?: number[];
}

export interface ProgramContext {
  /** argv as given; argv[0] is the name the process was started with. */
  argv: string[];
  /** The process environment in order (`env` prints it as is). */
  env: string[];
  cwd: string;
  /** The UTS hostname the process sees. */
  hostname: string;
  /** Who it runs as; absent: root (uid 0, gid 0). */
  user?: ProcessUser;
  /** True when the process has a pseudo-terminal (-t). */
  terminal: boolean;
  /**
   * What arrives on stdin before EOF. Undefined means stdin stays open and nothing comes:
   * `cat` and a non-interactive `sh` then wait for ever, as on a real node.
   */
  stdin: string | undefined;
  /**
   * True when stdin stays open after that data instead of reaching EOF: `ctr run` and
   * `ctr tasks start` never close a task's stdin, so `echo hi | ctr run … cat` prints and waits.
   */
  stdinOpen?: boolean;
  fs: ContainerFs;
  /** PID inside the container's PID namespace (1 for the init process). */
  pid: number;
  /** Its parent's PID there (a shell's for its child); absent: 0, a parent outside (runc). */
  ppid?: number;
  /** The session it belongs to; absent: its own PID (runc makes every process a session leader). */
  sid?: number;
  /** Signal numbers it starts with ignored (absent: none). */
  ignoredSignals?: readonly number[];
  /** Takes the next free PID of the container's namespace for a child (a shell's fork). */
  nextPid?(): number;
  /** Live processes of the container, this one included. */
  processes(): ProcessEntry[];
  /**
   * A GET from the process's network namespace to host:port (host: an IPv4 address or a name
   * the container's /etc/hosts knows; default 127.0.0.1, the container's own loopback).
   */
  http(port: number, path: string, host?: string): HttpResult;
  /**
   * A name through the DNS servers of the container's /etc/resolv.conf (Docker's embedded DNS on a
   * user-defined network); its first IPv4 address, undefined when none answers. Optional.
   */
  resolve?(name: string): string | undefined;
  /**
   * The node's network as it is now and the path of the namespace the process lives in (the
   * node's own for --net host), for what reads its interfaces and routes (busybox ip). Absent:
   * a namespace of its own with lo only.
   */
  network?(): ProcessNetwork;
  /** Simulated wall clock, ms since the epoch. */
  nowMs: number;
  /** Its file mode creation mask; absent: 022 (a shell's `umask` changes its children's). */
  umask?: number;
  /**
   * memory.limit_in_bytes of the container's cgroup; absent: unlimited. A program that keeps
   * what it reads without end (tail of /dev/zero) is killed by the OOM killer at it.
   */
  memoryLimit?: number;
  /** Its resource limits (runc set the spec's rlimits, the rest came from containerd); absent: containerd's. */
  limits?: ProcessLimits;
  /** `-w` width for programs that format to the terminal (top). */
  columns: number;
  /**
   * The simulated program a binary of this name is (the node's program table). Passed in by
   * whoever starts the process, so that programs starting others (busybox, sh, the nginx
   * entrypoint) need not import the table that lists them.
   */
  findProgram(name: string): Program | undefined;
}

/** What ProgramContext.network gives: read it, never change it. */
export interface ProcessNetwork {
  net: NetworkState;
  /** The process's namespace in net.namespaces (it may be absent there: see host/network viewNetns). */
  netns: string;
  /** It holds CAP_NET_ADMIN (--privileged, --cap-add NET_ADMIN), so the kernel would let it change the network. */
  netAdmin: boolean;
}

/** How a program reacts to a signal it installed a handler for. */
export interface SignalReaction {
  /** Exit code after handling, or undefined when it keeps running (nginx on SIGHUP). */
  exitCode?: number;
  /** What it prints while handling. */
  out?: OutputChunk[];
}

/** The outcome of starting a program: plain data, stored in the process record. */
export interface ProgramRun {
  /** Everything the program prints, in order (start-up output for long-running ones). */
  out: OutputChunk[];
  /** When and how it ends on its own; absent for programs that run until signalled. */
  /** `signal`: it was killed by that signal number (code is then 128+n), not an exit. */
  exit?: { afterMs: number; code: number; signal?: number };
  /** Signals it catches (by name, e.g. SIGQUIT); others get the kernel's default action. */
  handles?: Record<string, SignalReaction>;
  /** TCP ports it listens on inside the container (nginx: 80). */
  listens?: number[];
  /** The program whose serve() answers on those ports (the entrypoint execs nginx). */
  server?: string;
  /** That server's own argv (a script may have exec'd it with other arguments). */
  serverArgs?: string[];
  /** The command line it shows in ps once running (nginx renames its master process). */
  title?: string[];
  /**
   * The name ps shows (its comm) when it is not argv[0]'s base name: a busybox applet that a
   * shell ran in its own process by `exec` keeps the shell's command line.
   */
  comm?: string;
  /**
   * Ms after its start when its cgroup's memory limit was reached and the kernel's OOM killer
   * SIGKILLed (a process of) it: the shim's OOM watch then reports a TaskOOM.
   */
  oomKilledAtMs?: number;
  /** Extra processes it forks (nginx workers), by their command line. */
  helpers?: string[][];
  /**
   * Processes it forks that run beside it (a shell's background jobs), with their PIDs in the
   * namespace and their parent's, from `startAfterMs` (after its start) until `endAfterMs`
   * (absent: never).
   *
   * `holdsOutput`: the child still has the process's stdout or stderr open (a shell's `sleep 3 &`),
   * so whoever reads that output sees it end only when the child ends.
   */
  children?: Array<ProcessEntry & { startAfterMs: number; endAfterMs?: number; holdsOutput?: boolean }>;
  /** True when it read the stdin it was given, so a shell's later `read` finds it consumed. */
  consumedStdin?: boolean;
  /** Output that repeats for as long as it runs (an endless loop), after `out`. */
  repeat?: RepeatingOutput;
  /** It waits on something outside itself that may change (a loop polling for a file): resume it then. */
  wake?: ProgramWake;
  /**
   * Signals it sends to processes of its PID namespace (busybox kill, nginx -s), by their PID
   * there, `atMs` after it started (absent: as it starts); the tasks service delivers them then,
   * as runc kill would.
   */
  signals?: SentSignal[];
}

/**
 * A program that waits on the world (`while [ ! -e /data/go ]; do sleep 0.1; done`): at `atMs`
 * after its start the tasks service calls its program's resume() with `data`, which looks again
 * and goes on from there. Plain data, kept in the process record, so a reload keeps the wait.
 */
export interface ProgramWake {
  /** Ms after the process started when it looks again. */
  atMs: number;
  /** The program (registry name) whose resume() continues it. */
  program: string;
  /** What resume() needs to go on (JSON-safe). */
  data: Record<string, unknown>;
}

/**
 * What a long-running program does with lines typed on an attached terminal:
 * `shell` reads and runs them as commands, `echo` copies them back (cat), `keys` reads
 * single keys itself (top: q quits), `none` leaves them unread.
 */
export type TerminalInput = 'shell' | 'echo' | 'keys' | 'none';

export interface Program {
  /** The applet or binary name (`sh`, `nginx`). */
  name: string;
  run(ctx: ProgramContext): ProgramRun;
  /**
   * How the program started with `argv` takes input from a terminal; decided by the program
   * from its own options, as the real one would. Absent means `none`.
   */
  terminalInput?(argv: readonly string[], terminal: boolean): TerminalInput;
  /**
   * Continues a run that returned a wake, at that moment (`ctx.nowMs` is the process's start):
   * what it prints from then on, with times and exit counted from the process's start, as run().
   * Until `untilMs` (after the start) nothing else changes the world: it may go on looking
   * without another wake up to there (a clock brought an hour forward is one call, not 36 000).
   */
  resume?(ctx: ProgramContext, data: Record<string, unknown>, untilMs?: number): ProgramRun;
  /** For servers: answers a GET on one of the ports `run` said it listens on. */
  serve?(ctx: ServeContext, path: string, request?: HttpRequest): HttpReply;
  /** For servers: the line it writes to its output when it has answered a request (nginx's access log). */
  accessLog?(request: ServedRequest): OutputChunk | undefined;
}

export function stdout(text: string): OutputChunk {
  return { stream: 'stdout', text };
}

export function stderr(text: string): OutputChunk {
  return { stream: 'stderr', text };
}

/** A program that prints and exits at once. */
export function finished(out: OutputChunk[], code = 0): ProgramRun {
  return { out, exit: { afterMs: 0, code } };
}

/** What images without recorded times show as a file's mtime (the catalogue's build date). */
export const DEFAULT_MTIME_S = Date.UTC(2026, 10, 28, 5, 0) / 1000;

/** Linux gives up on a path through more symbolic links than this (ELOOP). */
export const MAX_SYMLINKS = 40;

/** `signals` a child sent, timed from its parent's start when the child started `offsetMs` in. */
export function laterBy(signals: readonly SentSignal[], offsetMs: number): SentSignal[] {
  return signals.map((s) => (offsetMs + (s.atMs ?? 0) > 0 ? { ...s, atMs: offsetMs + (s.atMs ?? 0) } : s));
}

/** Joins `path` onto `cwd` and removes `.`, `..` and doubled slashes. */
export function resolvePath(cwd: string, path: string): string {
  const parts = (path.startsWith('/') ? path : `${cwd}/${path}`).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

/**
 * Follows symlinks (up to Linux's 40) to the entry a path names, as open(2) would: directories
 * on the way are resolved too (Debian's /bin is a link to usr/bin, so /bin/sh is /usr/bin/sh).
 */
export function followLinks(fs: ContainerFs, path: string): { path: string; file: ContainerFile } | undefined {
  let current = path;
  for (let i = 0; i <= MAX_SYMLINKS; i++) {
    const found = lookupResolvingDirs(fs, current);
    if (!found) return undefined;
    if (found.file.kind !== 'symlink') return found;
    const dir = found.path.slice(0, found.path.lastIndexOf('/')) || '/';
    current = resolvePath(dir, found.file.content ?? '');
  }
  return undefined;
}

/**
 * Why open(2) finds nothing at `path` (followLinks gave undefined), in strerror's words: a chain
 * of symlinks that comes back on itself (or is longer than Linux follows) is ELOOP; a missing
 * name, or a link to one, is ENOENT.
 */
export function danglingLinkError(fs: ContainerFs, path: string): string {
  let current = path;
  const seen = new Set<string>();
  for (let i = 0; i <= MAX_SYMLINKS; i++) {
    const found = lookupResolvingDirs(fs, current);
    if (!found || found.file.kind !== 'symlink') return 'No such file or directory';
    if (seen.has(found.path)) break;
    seen.add(found.path);
    const dir = found.path.slice(0, found.path.lastIndexOf('/')) || '/';
    current = resolvePath(dir, found.file.content ?? '');
  }
  return 'Too many levels of symbolic links';
}

/** The entry at `path` itself (lstat), with any symlinked directory on the way replaced by its target. */
export function lookupResolvingDirs(fs: ContainerFs, path: string): { path: string; file: ContainerFile } | undefined {
  const direct = fs.lookup(path);
  if (direct) return { path, file: direct };
  const parts = path.split('/').filter(Boolean);
  let resolved = '';
  for (let i = 0; i < parts.length - 1; i++) {
    const next = `${resolved}/${parts[i]}`;
    const entry = fs.lookup(next);
    if (entry?.kind === 'symlink') {
      const via = followLinks(fs, next);
      if (!via || via.file.kind !== 'dir') return undefined;
      resolved = via.path === '/' ? '' : via.path;
    } else if (entry?.kind === 'dir') resolved = next;
    else return undefined;
  }
  const real = `${resolved}/${parts[parts.length - 1] ?? ''}`;
  if (real === path) return undefined;
  const file = fs.lookup(real);
  return file ? { path: real, file } : undefined;
}

/** The value of NAME in an env list, or undefined. */
export function envValue(env: readonly string[], name: string): string | undefined {
  for (let i = env.length - 1; i >= 0; i--) {
    const entry = env[i] ?? '';
    if (entry.startsWith(`${name}=`)) return entry.slice(name.length + 1);
  }
  return undefined;
}
