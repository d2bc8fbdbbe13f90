// busybox top: redraws every few seconds until interrupted. Only its first frame is shown
// here; it never exits on its own, and as PID 1 it ignores SIGTERM and SIGINT.

import { stdout, type Program } from './program';

export const topProgram: Program = {
  name: 'top',
  run(ctx) {
    const procs = ctx.processes();
    const rows = procs.map(
      (p) =>
        `${String(p.pid).padStart(5)} ${String(p.pid === 1 ? 0 : 1).padStart(5)} ${p.user.padEnd(8)} ${p.zombie ? 'Z' : p.args[0] === 'top' ? 'R' : 'S'}     ${'1604'.padStart(4)}   0%   0   0% ${p.zombie ? `[${p.comm ?? ''}]` : p.args.join(' ')}`,
    );
    const frame =
      'Mem: 1795532K used, 2231180K free, 1148K shrd, 84484K buff, 1198336K cached\n' +
      'CPU:   0% usr   0% sys   0% nic 100% idle   0% io   0% irq   0% sirq\n' +
      `Load average: 0.02 0.04 0.01 1/${112 + procs.length} ${procs.length}\n` +
      '  PID  PPID USER     STAT   VSZ %VSZ CPU %CPU COMMAND\n' +
      `${rows.join('\n')}\n`;
    return { out: [stdout(ctx.terminal ? `\u001b[H\u001b[J${frame}` : frame)] };
  },
  // On a terminal top reads single keys itself (q quits); without one it only redraws.
  terminalInput: (_argv, terminal) => (terminal ? 'keys' : 'none'),
};
