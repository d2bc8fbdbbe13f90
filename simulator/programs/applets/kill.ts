// busybox kill (procps/kill.c, 1.35) run as a program in a container (`docker exec web kill
// -HUP 1`): `-SIG`, `-s SIG` or `-n`, then PIDs of the container's PID namespace; `-l` lists
// the names (`-l N` and `-l NAME` translate one). A PID no process has is `can't kill pid N: No
// such process`, exit 1; signal 0 only asks whether it is there. The tasks service delivers
// the signals as runc kill would (ProgramRun.signals).

import { parseSignal } from '../../host/signals';
import { finished, stderr, stdout, type OutputChunk, type Program } from '../program';

/** kill -l: what busybox names 1–31 (SIGIO as POLL). */
const NAMES = ['HUP', 'INT', 'QUIT', 'ILL', 'TRAP', 'ABRT', 'BUS', 'FPE', 'KILL', 'USR1', 'SEGV', 'USR2', 'PIPE', 'ALRM', 'TERM', 'STKFLT', 'CHLD', 'CONT', 'STOP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'XCPU', 'XFSZ', 'VTALRM', 'PROF', 'WINCH', 'POLL', 'PWR', 'SYS'];

/** get_signum: a number up to 64, or a name with or without SIG in any case. */
function signum(text: string): number | undefined {
  if (/^[0-9]+$/.test(text)) return Number(text) <= 64 ? Number(text) : undefined;
  const bare = text.toUpperCase().replace(/^SIG/, '');
  if (bare === 'POLL') return 29;
  try {
    return parseSignal(bare).number;
  } catch {
    return undefined;
  }
}

const bad = (text: string) => finished([stderr(`kill: bad signal name '${text}'\n`)], 1);

export const killProgram: Program = {
  name: 'kill',
  run(ctx) {
    let args = ctx.argv.slice(1);
    if (args[0] === '-l') {
      if (args.length === 1) return finished([stdout(NAMES.map((n, i) => `${String(i + 1).padStart(2)}) ${n}\n`).join(''))]);
      const out: OutputChunk[] = [];
      for (const a of args.slice(1)) {
        const n = signum(a);
        if (n === undefined || n === 0 || n > 31) return finished([...out, stderr(`kill: bad signal name '${a}'\n`)], 1);
        out.push(stdout(/^[0-9]+$/.test(a) ? `${NAMES[n - 1] ?? ''}\n` : `${n}\n`));
      }
      return finished(out);
    }
    let signal = 15;
    const first = args[0] ?? '';
    if (first === '-s' || first === '-n') {
      const n = signum(args[1] ?? '');
      if (args[1] === undefined) return finished([stderr('kill: you need to specify whom to kill\n')], 1);
      if (n === undefined) return bad(args[1]);
      signal = n;
      args = args.slice(2);
    } else if (first.startsWith('-') && first !== '--' && first !== '-') {
      const n = signum(first.slice(1));
      if (n === undefined) return bad(first.slice(1));
      signal = n;
      args = args.slice(1);
    }
    if (args[0] === '--') args = args.slice(1);
    if (args.length === 0) return finished([stderr('kill: you need to specify whom to kill\n')], 1);
    const live = new Set(ctx.processes().filter((p) => !p.zombie).map((p) => p.pid));
    const out: OutputChunk[] = [];
    const signals: Array<{ pid: number; signal: number }> = [];
    let code = 0;
    for (const a of args) {
      if (!/^-?[0-9]+$/.test(a)) return finished([...out, stderr(`kill: invalid number '${a}'\n`)], 1);
      const pid = Number(a);
      if (!live.has(pid)) {
        out.push(stderr(`kill: can't kill pid ${a}: No such process\n`));
        code = 1;
        continue;
      }
      signals.push({ pid, signal });
    }
    return { ...finished(out, code), signals };
  },
};
