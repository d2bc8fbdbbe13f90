// busybox nproc (coreutils/nproc.c, 1.35): the CPUs the process may run on (the recorded node's
// two; --all counts /sys/devices/system/cpu's, the same two), less --ignore=N, never below one.
// Long options only, anywhere among the operands, which are ignored; N is xatoi_positive's.

import { finished, stderr, stdout, type Program } from '../program';
import { BUSYBOX_BANNER, showUsage } from './busybox-usage';

const CPUS = 2;
const USAGE = 'Usage: nproc [--all] [--ignore=N]\n\nPrint number of available CPUs\n\n\t--all\t\tNumber of installed CPUs\n\t--ignore=N\tExclude N CPUs\n';

export const nprocProgram: Program = {
  name: 'nproc',
  run(ctx) {
    const args = ctx.argv.slice(1);
    if (args[0] === '--help') return finished([stderr(BUSYBOX_BANNER + USAGE)], 0);
    let ignore = 0;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] as string;
      if (arg === '--') break;
      if (!arg.startsWith('-') || arg === '-') continue;
      if (!arg.startsWith('--')) return showUsage('nproc', USAGE, `invalid option -- '${arg[1]}'`);
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      const long = ['ignore', 'all'].filter((n) => n.startsWith(name));
      if (name === '' || long.length !== 1) return showUsage('nproc', USAGE, `unrecognized option '${arg}'`);
      if (long[0] === 'all') {
        if (eq >= 0) return showUsage('nproc', USAGE, "option '--all' doesn't allow an argument");
        continue;
      }
      const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined) return showUsage('nproc', USAGE, "option '--ignore' requires an argument");
      if (!/^\d+$/.test(value) || Number(value) > 2 ** 31 - 1) return finished([stderr(`nproc: invalid number '${value}'\n`)], 1);
      ignore = Number(value);
    }
    return finished([stdout(`${Math.max(CPUS - ignore, 1)}\n`)]);
  },
};
