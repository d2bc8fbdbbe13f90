// What becomes of a container's forked processes when their parent goes first, and of those that
// end before anyone waits for them, as Linux does it inside a PID namespace:
// - a process whose parent exits is given to the namespace's init (PID 1): `docker exec c sh -c
//   'sleep 500 &'` leaves the sleep running under PID 1 once the exec's shell is gone (a real
//   containerd 1.6.20 node: `ps -o pid,ppid` shows it with PPID 1);
// - a process that ends stays a zombie until its parent waits for it. A shell waits (ash's
//   wait and dowait), and so do the servers and inits made to (nginx's master, httpd, pause,
//   tini); a program that never calls wait — sleep, tail or top as PID 1 — leaves its ended
//   children as zombies until the container ends. busybox ps shows one as `[sleep]` and pidof
//   still finds it; cgroup.procs leaves zombies out (cgroup v2), so ctr t ps and docker top do
//   not list them (tests/oracle/scripts/151-orphans-zombies.sh).

import type { ProcessHelper, ProcessPlan } from './process-plan';

/** The programs that wait for any child of theirs, adopted ones included. */
const REAPERS = new Set(['sh', 'ash', 'bash', 'dash', 'nginx', 'httpd', 'apache2', 'pause', 'tini', 'docker-init', 'dumb-init', 'init']);

const SHELLS = new Set(['sh', 'ash', 'bash', 'dash']);

/** The program the process runs now: an applet run in place (comm), or what a shell exec'd (its title). */
function runningProgram(plan: Pick<ProcessPlan, 'comm' | 'program' | 'title'>): string {
  if (plan.comm !== undefined) return plan.comm;
  const argv0 = plan.title?.[0];
  if (argv0 !== undefined && SHELLS.has(plan.program)) return argv0.slice(argv0.lastIndexOf('/') + 1);
  return plan.program;
}

/** True when the process running `plan` reaps its ended children (the program it runs now, after any exec). */
function reapsChildren(plan: Pick<ProcessPlan, 'comm' | 'program' | 'title'>): boolean {
  return REAPERS.has(runningProgram(plan));
}

/**
 * The forks of an exec that ended at `atMs` and still run then, or will: they pass to init
 * (`initPlan`, whose inner PID becomes their parent). Returns the exec's helpers left to it.
 */
export function adoptOrphans(execHelpers: readonly ProcessHelper[], initPlan: ProcessPlan, atMs: number): ProcessHelper[] {
  const kept: ProcessHelper[] = [];
  for (const h of execHelpers) {
    if (h.parent !== undefined && (h.endAtMs === undefined || h.endAtMs > atMs)) initPlan.helpers.push({ ...h, parent: initPlan.innerPid });
    else kept.push(h);
  }
  return kept;
}

/** init's children that have ended and that init never waited for, at `nowMs`. */
export function zombieChildren(initPlan: ProcessPlan, nowMs: number): ProcessHelper[] {
  if (reapsChildren(initPlan)) return [];
  return initPlan.helpers.filter((h) => h.parent === initPlan.innerPid && h.endAtMs !== undefined && h.endAtMs <= nowMs);
}
