// A RUN step's command run in the step's container (both of dockerd's builders start one on
// the step's rootfs: the classic builder's intermediate container, builder-next's executor):
// the program found on the container's PATH runs on the StepFs, whose writes become the layer.

import type { ContainerFs, OutputChunk, ProcessUser, ProgramContext } from '../../../programs/program';
import { resolveExecutable, runResolved } from '../../../programs/launch';
import { findProgram } from '../../../programs/registry';

export type StepRun =
  /** It ran to its end: what it printed (times after its start) and its exit code. */
  | { kind: 'exited'; out: OutputChunk[]; code: number }
  /** runc could not exec it: the reason as runc words it (`exec: "x": executable file not found in $PATH`). */
  | { kind: 'exec-failed'; why: string }
  /** It never ends on its own (a server): no build waits for that here. What it printed so far. */
  | { kind: 'endless'; out: OutputChunk[] };

export interface StepProcess {
  argv: readonly string[];
  env: readonly string[];
  cwd: string;
  hostname: string;
  nowMs: number;
  /** The stage's USER, resolved in its image (absent: root). */
  user?: ProcessUser;
}

export function runInStep(fs: ContainerFs, p: StepProcess): StepRun {
  let nextPid = 1;
  const argv = [...p.argv];
  const ctx: ProgramContext = {
    argv,
    env: [...p.env],
    cwd: p.cwd,
    hostname: p.hostname,
    ...(p.user ? { user: p.user } : {}),
    terminal: false,
    stdin: '',
    fs,
    pid: 1,
    nextPid: () => ++nextPid,
    processes: () => [{ pid: 1, user: 'root', args: [...argv] }],
    // The build's network is not simulated: a RUN that connects is refused.
    http: () => ({ failure: 'refused' }),
    nowMs: p.nowMs,
    columns: 80,
    findProgram,
  };
  const name = argv[0] ?? '';
  const resolution = resolveExecutable(ctx, name);
  if (resolution.kind !== 'found') {
    return { kind: 'exec-failed', why: resolution.kind === 'not-in-path' ? `exec: "${name}": executable file not found in $PATH` : `exec: "${name}": stat ${name}: no such file or directory` };
  }
  const outcome = runResolved(ctx, resolution.program, resolution);
  if (outcome.exit === undefined) return { kind: 'endless', out: outcome.out };
  return { kind: 'exited', out: outcome.out, code: outcome.exit.code };
}
