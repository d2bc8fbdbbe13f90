// busybox pidof (procps/pidof.c, libbb/find_pid_by_name.c), as Debian's busybox-static 1.35
// builds it: without -s and -o (FEATURE_PIDOF_SINGLE/OMIT are off, so any option is getopt's
// "invalid option" and the usage). Each NAME matches a process whose name (comm) or argv[0]'s
// basename is NAME; all PIDs go on one line, each name's highest first as the real applet lists
// them; exit 1 when none was found, with nothing printed (tests/oracle/scripts/123-pidof-jobs.sh).
// The third match of the real applet, /proc/PID/exe's basename (`pidof busybox` finds every
// applet), is not simulated.

import { finished, stderr, stdout, type ProcessEntry, type Program } from './program';
import { BUSYBOX_BANNER } from './applets/busybox-usage';

const USAGE =
  BUSYBOX_BANNER + 'Usage: pidof [NAME]...\n\nList PIDs of all processes with names that match NAMEs\n';

/** The kernel keeps 15 bytes of a process's name (TASK_COMM_LEN); comm_match compares that much. */
const COMM_LEN = 15;

/** comm_match, then argv[0]'s basename (find_pid_by_name.c). */
function matches(p: ProcessEntry, name: string): boolean {
  const base = (arg: string | undefined) => (arg ?? '').slice((arg ?? '').lastIndexOf('/') + 1);
  const argv0 = base(p.args[0]);
  const comm = (p.comm ?? argv0).slice(0, COMM_LEN);
  // A 15-byte comm may be a longer name cut short: then a script's argv[1] must name it.
  const commMatch = comm.length < COMM_LEN ? comm === name : name.slice(0, COMM_LEN) === comm && base(p.args[1]) === name;
  return commMatch || argv0 === name;
}

export const pidofProgram: Program = {
  name: 'pidof',
  run(ctx) {
    const names = ctx.argv.slice(1);
    // appletlib.c: a lone --help is the usage, and exit 0.
    if (names.length === 1 && names[0] === '--help') return finished([stderr(USAGE)], 0);
    const option = names.find((a) => a.startsWith('-') && a !== '-' && a !== '--');
    if (option !== undefined) {
      const error = option.startsWith('--') ? `unrecognized option '${option}'` : `invalid option -- '${option[1] ?? ''}'`;
      return finished([stderr(`pidof: ${error}\n${USAGE}`)], 1);
    }
    const processes = ctx.processes();
    const pids = names
      .filter((n) => n !== '--')
      .flatMap((name) => processes.filter((p) => matches(p, name)).map((p) => p.pid).sort((a, b) => b - a));
    return pids.length === 0 ? finished([], 1) : finished([stdout(`${pids.join(' ')}\n`)]);
  },
};
