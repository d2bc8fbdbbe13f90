// busybox sleep: sums its durations (N, Ns, Nm, Nh, Nd, fractions allowed). `infinity` never
// ends. As PID 1 it has no signal handlers, so SIGTERM and SIGINT are ignored by the kernel.

import { finished, stderr, type Program } from './program';
import { showUsage } from './applets/busybox-usage';

const UNIT_MS: Record<string, number> = { '': 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

export const sleepProgram: Program = {
  name: 'sleep',
  run(ctx) {
    const args = ctx.argv.slice(1);
    if (args.length === 0) {
      return showUsage(
        'sleep',
        'Usage: sleep [N]...\n\nPause for a time equal to the total of the args given, where each arg can\nhave an optional suffix of (s)econds, (m)inutes, (h)ours, or (d)ays\n',
      );
    }
    let total = 0;
    for (const arg of args) {
      if (arg === 'inf' || arg === 'infinity') return { out: [] };
      const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(arg);
      if (!m) return finished([stderr(`sleep: invalid number '${arg}'\n`)], 1);
      total += Number(m[1]) * (UNIT_MS[m[2] ?? ''] ?? 1000);
    }
    return { out: [], exit: { afterMs: Math.round(total), code: 0 } };
  },
};
