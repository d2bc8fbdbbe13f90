// SIGPIPE, after the fact. The shell library's pipes are not streams: a writer runs to its end
// (or to the command cap) before its reader starts. In bash, `while true; do echo x; done |
// head -2` ends at once: head exits after two lines, and the loop's next write kills it with
// SIGPIPE; the line's status is head's. When the cap stops such a writer, this says whether the
// reader would have closed the pipe before it — then the cap was never really met, and the
// line ends as bash's would, without the "stopped after N commands" message.

import { literalArgs, literalName } from './ast-words';

/** What `head` takes before it exits: lines or bytes (coreutils' options, plain counts only). */
export function headCount(args: string[]): { unit: 'lines' | 'bytes'; count: number } | undefined {
  let unit: 'lines' | 'bytes' = 'lines';
  let count = 10;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    let m: RegExpExecArray | null;
    if ((m = /^-(\d+)$/.exec(a))) count = Number(m[1]);
    else if ((m = /^(?:-n|--lines=)(\d+)$/.exec(a))) count = Number(m[1]);
    else if ((m = /^(?:-c|--bytes=)(\d+)$/.exec(a))) [unit, count] = ['bytes', Number(m[1])];
    else if (a === '-n' || a === '-c') {
      const next = args[++i] ?? '';
      if (!/^\d+$/.test(next)) return undefined;
      [unit, count] = [a === '-n' ? 'lines' : 'bytes', Number(next)];
    } else if (a !== '-q' && a !== '-s' && a !== '--quiet' && a !== '--silent') return undefined; // a file, a suffix, -v…
  }
  return { unit, count };
}

/**
 * True when `reader` (the stage after the writer) exits after reading a prefix of `written`,
 * so a real writer would have been stopped by SIGPIPE before the cap.
 */
export function closesEarly(reader: unknown, written: string): boolean {
  const args = literalName(reader) === 'head' ? literalArgs(reader) : undefined;
  if (!args) return false;
  const wants = headCount(args);
  if (!wants) return false;
  if (wants.unit === 'bytes') return written.length > wants.count;
  let lines = 0;
  for (let at = written.indexOf('\n'); at !== -1; at = written.indexOf('\n', at + 1)) {
    if (++lines > wants.count) return true;
  }
  return false;
}
