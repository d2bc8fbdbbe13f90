// docker-init, Debian's tini 0.19 (static) that dockerd bind-mounts at /sbin/docker-init for
// `docker run --init`: PID 1 runs `/sbin/docker-init -- CMD…`, forks the command, passes signals
// on to it, reaps orphans and exits with the command's code. Here the command runs as docker-init's
// one child: its output and exit are docker-init's, ps shows it below PID 1, with its own PID. A command that is
// not there is tini's FATAL line naming its child's PID (6 on a real 20.10.24: runc's Go threads
// took 2–5 in the new PID namespace) and exit 127.

import { resolveExecutable, runResolved } from './launch';
import { finished, stderr, type Program, type SignalReaction } from './program';

/** The signals tini passes on whose default action ends a process, by number. */
const FORWARDED: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGUSR1: 10, SIGUSR2: 12, SIGALRM: 14, SIGTERM: 15 };

export const dockerInitProgram: Program = {
  name: 'docker-init',
  run(ctx) {
    const own = ctx.argv;
    // tini's options end at `--`; dockerd passes none before it.
    const argv = own[1] === '--' ? own.slice(2) : own.slice(1);
    const name = argv[0];
    if (!name) return finished([stderr('[FATAL tini (1)] No program specified\n')], 1);
    const resolved = resolveExecutable(ctx, name);
    if (resolved.kind !== 'found') return finished([stderr(`[FATAL tini (6)] exec ${name} failed: No such file or directory\n`)], 127);
    // tini forks the command: the namespace's next PID (7 on a real 20.10.24, past runc's
    // threads), its parent PID 1; it sees itself in the namespace's process list.
    const pid = ctx.nextPid?.() ?? ctx.pid + 1;
    const processes = () => {
      const all = ctx.processes();
      const own = { pid, ppid: ctx.pid, user: all.find((p) => p.pid === ctx.pid)?.user ?? 'root', args: argv };
      return [...all.filter((p) => p.pid !== pid), own].sort((a, b) => a.pid - b.pid);
    };
    const child = runResolved({ ...ctx, argv, pid, processes }, resolved.program, resolved);
    // tini catches what it forwards: the child reacts as it would (a child is no PID 1, so a
    // signal it does not catch kills it) and tini exits 128+n for a child killed by signal n.
    const handles: Record<string, SignalReaction> = {};
    for (const [name, n] of Object.entries(FORWARDED)) handles[name] = child.handles?.[name] ?? { exitCode: 128 + n };
    const forked = { pid, ppid: ctx.pid, user: '', args: child.title ?? argv, ...(child.comm === undefined ? {} : { comm: child.comm }), startAfterMs: 0, ...(child.exit ? { endAfterMs: child.exit.afterMs } : {}) };
    const { comm: _comm, ...rest } = child;
    return { ...rest, handles, title: own, children: [forked, ...(child.children ?? [])] };
  },
};

/** nerdctl-full's tini 0.19 at /usr/local/bin/tini (`nerdctl run --init`): the same program under its own name. */
export const tiniProgram: Program = { ...dockerInitProgram, name: 'tini' };
