// ash's `jobs` builtin, as busybox-static 1.35.0's sh answers under `sh -c` (no job control, so
// no command text); oracle 119 holds the same cases against the real node.
import { describe, expect, it } from 'vitest';
import type { ProgramContext } from '../program';
import { start } from '../test-support';

function counted(): Partial<ProgramContext> {
  let next = 7;
  return { nextPid: () => next++ };
}

const sh = (script: string) => {
  const r = start(['sh', '-c', script], counted());
  return [r.stdout, r.stderr, r.run.exit?.code];
};
const pad = (head: string) => `${head}${' '.repeat(Math.max(33 - head.length, 1))}`;

describe('jobs', () => {
  it('lists running jobs newest first, + the current and - the previous, padded to column 33', () => {
    expect(sh('jobs; echo "[$?]"; sleep 2 & sleep 3 & sleep 4 & jobs')[0]).toBe(
      `[0]\n${pad('[3]+  Running')}\n${pad('[2]-  Running')}\n${pad('[1]   Running')}\n`,
    );
  });
  it('reaps first, shows a done job once (Done, Done(N), the signal) and gives its number to the next job', () => {
    expect(sh('sleep 5 & (exit 3) & sleep 1; jobs; jobs; sleep 6 & jobs')[0]).toBe(
      `${pad('[2]+  Done(3)')}\n${pad('[1]+  Running')}\n${pad('[1]+  Running')}\n${pad('[2]+  Running')}\n${pad('[1]-  Running')}\n`,
    );
    expect(sh('sleep 5 & kill -9 $!; sleep 1; jobs; jobs; echo end')[0]).toBe(`${pad('[1]+  Killed')}\nend\n`);
  });
  it("shows a job Done once a foreground command's wait reaped it, also when it is named", () => {
    expect(sh('sleep 1 & sleep 5 & sleep 2; jobs %1')[0]).toBe(`${pad('[1]-  Done')}\n`);
  });
  it('-l adds the PIDs, a pipeline one line a member; -p prints the first PID only', () => {
    expect(sh('sleep 5 & sleep 5 | cat & jobs -l; jobs; jobs -p')[0]).toBe(
      `${pad('[2]+  8 Running')}\n${pad('      9')}| \n${pad('[1]-  7 Running')}\n${pad('[2]+  Running')} | \n${pad('[1]-  Running')}\n8\n7\n`,
    );
  });
  it('refuses a missing job, no current or previous job and a bad option (status 2)', () => {
    expect(sh('jobs %; echo $?; jobs -x; echo $?; sleep 5 & jobs %-; echo $?; jobs %2 x; echo $?')).toEqual([
      '2\n2\n2\n2\n',
      'sh: jobs: line 0: No current job\nsh: jobs: line 0: illegal option -x\nsh: jobs: line 0: No previous job\nsh: jobs: line 0: %2: no such job\n',
      0,
    ]);
  });
});
