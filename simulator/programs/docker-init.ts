// docker-init, Debian's tini 0.19 (static) that dockerd bind-mounts at /sbin/docker-init for
// `docker run --init`: PID 1 runs `/sbin/docker-init -- CMD…`, forks the command, passes signals
// on to it, reaps orphans and exits with the command's code. Here the command runs as docker-init's
// one child: its output and exit are docker-init's, ps shows it below PID 1. A command that is
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
    const child = runResolved({ ...ctx, argv }, resolved.program, resolved);
    // tini catches what it forwards: the child reacts as it would (a child is no PID 1, so a
    // signal it does not catch kills it) and tini exits 128+n for a child killed by signal n.
    const handles: Record<string, SignalReaction> = {};
    for (const [name, n] of Object.entries(FORWARDED)) handles[name] = child.handles?.[name] ?? { exitCode: 128 + n };
    return { ...child, handles, title: own, helpers: [child.title ?? argv, ...(child.helpers ?? [])] };
  },
};

/** nerdctl-full's tini 0.19 at /usr/local/bin/tini (`nerdctl run --init`): the same program under its own name. */
export const tiniProgram: Program = { ...dockerInitProgram, name: 'tini' };
