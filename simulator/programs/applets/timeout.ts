// busybox timeout (coreutils/timeout.c, 1.35): `timeout [-s SIG] SECS PROG ARGS`. The process
// itself becomes PROG (exec) while a forked watcher sends SIG (TERM by default) after SECS: a PROG
// that ends in time gives its own status, one that does not dies of the signal (143 for TERM,
// 137 for KILL as the shell sees it); a PROG that cannot be run is `can't execute` and 127.
// SECS may have a fraction and an s/m/h/d suffix (parse_duration_str).

import { busyboxSignum } from '../busybox-kill';
import { finished, stderr, type Program, type ProgramRun } from '../program';
import { spawnAndWait } from './spawn-child';

const UNITS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

function notSimulated(what: string): ProgramRun {
  return finished([stderr(`timeout: ${what} is not simulated here (ctrlab simulates timeout [-s SIG] SECS PROG ARGS)\n`)], 1);
}

export const timeoutProgram: Program = {
  name: 'timeout',
  run(ctx) {
    const args = ctx.argv.slice(1);
    let signal = 15;
    let i = 0;
    for (; i < args.length && (args[i] ?? '').startsWith('-') && args[i] !== '-'; i++) {
      const a = args[i] ?? '';
      const raw = a === '-s' ? args[++i] : a.startsWith('-s') ? a.slice(2) : undefined;
      const n = raw === undefined ? undefined : busyboxSignum(raw);
      if (n === undefined) return notSimulated(`the option ${a}`);
      signal = n;
    }
    const secs = /^(\d+(?:\.\d+)?|\.\d+)([smhd]?)$/.exec(args[i] ?? '');
    const argv = args.slice(i + 1);
    if (!secs || argv.length === 0) return notSimulated(`timeout ${args.join(' ')}`.trim());
    const limitMs = Math.round(Number(secs[1]) * (UNITS[secs[2] ?? ''] ?? 1) * 1000);
    const child = spawnAndWait(ctx, argv, 0, ctx.stdin ?? '');
    if (!child.started) return finished([stderr(`timeout: can't execute '${argv[0]}': ${child.error}\n`)], 127);
    if (child.exit && child.exit.afterMs <= limitMs) return { out: child.out, exit: child.exit };
    const out = child.out.filter((c) => (c.atMs ?? 0) <= limitMs);
    return { out, exit: { afterMs: limitMs, code: 128 + signal, signal } };
  },
};
