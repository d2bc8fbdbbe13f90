// apt's question before it changes anything (apt-private YnPrompt): `Do you want to continue?
// [Y/n] ` on stdout, then one line read from stdin. End of input is no, an empty line is the
// default (yes), otherwise the C locale's YESEXPR `^[yY]` decides; no prints `Abort.` and apt
// exits 1. Without a terminal the answer is what stdin holds (`</dev/null`: EOF, so Abort);
// on node1's terminal the shell hands the next typed line to the run's `question`.

import { finished, stdout, type OutputChunk, type ProgramContext, type ProgramRun } from '../program';

/** A run of apt, stopped at the question when it has one: `question` does the rest on yes. */
export interface AptRun extends ProgramRun {
  question?: (ctx: ProgramContext) => ProgramRun;
}

const PROMPT = 'Do you want to continue? [Y/n] ';

/** Ends `out` with the question; `proceed` runs (with the context of that moment) on yes. */
export function ask(out: OutputChunk[], proceed: (ctx: ProgramContext) => ProgramRun): AptRun {
  return { ...finished([...out, stdout(PROMPT)]), question: proceed };
}

/** YnPrompt's reading of a line; `undefined` is end of input. */
function answeredYes(line: string | undefined): boolean {
  if (line === undefined) return false;
  return line === '' || /^[yY]/.test(line);
}

/** What apt does after the answer `line` (the run's remaining output and exit). */
export function answer(question: NonNullable<AptRun['question']>, line: string | undefined, ctx: ProgramContext): ProgramRun {
  return answeredYes(line) ? question(ctx) : finished([stdout('Abort.\n')], 1);
}

/** A run where stdin answers: a pipe's or file's first line, or EOF when it holds nothing. */
export function answeredFromStdin(run: AptRun, ctx: ProgramContext): ProgramRun {
  const { question, ...asked } = run;
  if (!question) return asked;
  const stdin = ctx.stdin ?? '';
  const line = stdin === '' ? undefined : (stdin.split('\n')[0] ?? '');
  const rest = answer(question, line, ctx);
  return { ...rest, out: [...asked.out, ...rest.out] };
}
