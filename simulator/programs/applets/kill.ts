// busybox kill (procps/kill.c, 1.35) run as a program in a container (`docker exec web kill
// -HUP 1`): kill_main (../busybox-kill.ts) over the PIDs of the container's PID namespace. A PID
// no live process has is `can't kill pid N: No such process`; signal 0 only asks whether it is
// there. The tasks service delivers the signals as runc kill would (ProgramRun.signals).

import { busyboxKill } from '../busybox-kill';
import { finished, type Program } from '../program';

export const killProgram: Program = {
  name: 'kill',
  run(ctx) {
    const live = new Set(ctx.processes().filter((p) => !p.zombie).map((p) => p.pid));
    const signals: Array<{ pid: number; signal: number }> = [];
    const { out, status } = busyboxKill(ctx.argv.slice(1), 'kill: ', (pid, signal) => {
      if (!live.has(pid)) return 'no-such-process';
      signals.push({ pid, signal });
      return 'sent';
    });
    return { ...finished(out, status), signals };
  },
};
