// Background jobs, fork PIDs and wait/kill of busybox ash (checked against the busybox image's sh
// on the oracle node; oracle 113 holds them there).
import { describe, expect, it } from 'vitest';
import type { ProgramContext } from '../program';
import { start } from '../test-support';

/** A namespace whose next PID is 7 (runc init's threads took 2 to 6), as the real node's first fork. */
function counted(): Partial<ProgramContext> {
  let next = 7;
  return { nextPid: () => next++ };
}

const sh = (script: string, over: Partial<ProgramContext> = counted()) => {
  const r = start(['sh', '-c', script], over);
  return [r.stdout, r.stderr, r.run.exit?.code];
};

describe('background jobs', () => {
  it('take the next PID as $!, as every fork does (pipe members, ( … ), $( … ), programs)', () => {
    expect(sh('echo "[$!]"; sleep 1 & echo $!; true & echo $!; cat /dev/null; (true); x=$(true); echo a | cat >/dev/null; sleep 1 & echo $!')[0]).toBe('[]\n7\n8\n14\n');
    expect(sh('sleep 1 | sleep 1 & echo $!')[0]).toBe('8\n');
  });
  it('run in a forked shell reading /dev/null: variables, cwd and exit stay there', () => {
    expect(sh('x=1; x=2 & wait; echo $x; cd /tmp & wait; pwd; exit 3 & wait $!; echo exit $?; read l & wait $!; echo r $?')).toEqual(['1\n/\nexit 3\nr 1\n', '', 0]);
  });
  it('print at their own moments among the shell output', () => {
    expect(sh('echo start; (sleep 1; echo late) & echo now; wait; echo done')[0]).toBe('start\nnow\nlate\ndone\n');
  });
  it('are ended by kill, and wait reports the signal once it reaps them', () => {
    expect(sh('sleep 5 & p=$!; kill $p; echo k $?; wait $p; echo w $?')).toEqual(['k 0\nw 143\n', 'Terminated\n', 0]);
    expect(sh('sleep 2 & kill -9 $!; wait $!; echo w $?; sleep 10 & kill -INT $!; kill -0 $! && echo still; kill $!; wait; echo all $?')).toEqual(['w 137\nstill\nall 0\n', 'Killed\n', 0]);
    // A killed loop writes nothing after its end.
    expect(sh('(while true; do echo tick; sleep 1; done) & sleep 2.5; kill $!; wait $!; echo $?')[0]).toBe('tick\ntick\ntick\n143\n');
  });
  it('that ended are reaped by the next foreground wait: kill finds no such process, wait still knows the status', () => {
    expect(sh('false & sleep 1; kill $!; echo k $?; wait $!; echo w $?')).toEqual(['k 1\nw 1\n', "sh: can't kill pid 7: No such process\n", 0]);
  });
  it('wait refuses what is no PID or job, and knows no other process', () => {
    expect(sh('wait 99; echo w $?; wait abc; echo $?; wait -n; echo n $?; wait %1; echo $?')).toEqual([
      'w 127\n2\nn 127\n2\n',
      'sh: wait: line 0: Illegal number: abc\nsh: wait: line 0: %1: no such job\n',
      0,
    ]);
  });
  it('are in ps while they run; the output of jobs PID 1 leaves behind is lost with the namespace', () => {
    // ps, the last command, is run in the shell's place (a NOEXEC applet: {ps}); sleep was exec'd.
    expect(sh('sleep 5 & ps -o pid,args')[0]).toBe('PID   COMMAND\n    1 {ps} sh -c sleep 5 & ps -o pid,args\n    7 sleep 5\n');
    expect(sh('(sleep 1; echo late) & echo now')[0]).toBe('now\n');
    expect(sh('(sleep 1; echo late) & echo now', { ...counted(), pid: 9 })[0]).toBe('now\nlate\n');
  });
});

describe('kill and wait of %jobs (busybox 1.35 killcmd and getjob, oracle 120 on the real node)', () => {
  it('turns %N, %%, %+ and %- into the job, and fails as getjob before sending anything', () => {
    expect(sh('exec 2>&1; sleep 5 & sleep 5 & kill %-; echo $?; kill %1 %4; echo $?; sleep 1; jobs')[0]).toBe(
      "0\nsh: kill: line 0: %4: no such job\n2\n[2]+  Running                    \n[1]-  Terminated                 \n",
    );
    expect(sh('exec 2>&1; kill %%; kill %-; kill %x; echo $?')[0]).toBe('sh: kill: line 0: No current job\nsh: kill: line 0: No previous job\nsh: kill: line 0: %x: no such job\n2\n');
  });
  it('sends nothing to a job it reaped, and knows no job `jobs` showed done', () => {
    expect(sh('exec 2>&1; true & sleep 1; kill %1; echo $?; jobs; kill %1; echo $?')[0]).toBe('0\n[1]+  Done                       \nsh: kill: line 0: %1: no such job\n2\n');
  });
  it('gives the slot of a done job a wait took to the next fork, foreground or not', () => {
    expect(sh('(exit 3) & wait %1; (exit 5) & sleep 1; jobs; (exit 6) & (exit 7) & wait %2; (exit 8) & sleep 1; jobs')[0]).toBe(
      '[1]+  Done(5)                    \n[2]+  Done(8)                    \n[1]+  Done(6)                    \n',
    );
    expect(sh('sleep 1 & wait -n; (exit 5) & sleep 1; jobs')[0]).toBe('[2]+  Done(5)                    \n[1]+  Done                       \n');
    expect(sh('exec 2>&1; sleep 1 & sleep 2; jobs; sleep 3 & wait %1; echo $?; jobs; wait %1; echo $?')[0]).toBe(
      '[1]+  Done                       \n0\n[1]+  Done                       \nsh: wait: line 0: %1: no such job\n2\n',
    );
  });
  it('kill -l lists and converts signals; kill_main counts the operands it failed on', () => {
    const [list] = sh('kill -l');
    expect(String(list).split('\n').slice(28, 31)).toEqual(['29) POLL', '30) PWR', '31) SYS']);
    expect(sh('kill -l 9 sigterm 137 0 300 POLL; kill -l x 9; echo $?')).toEqual(['KILL\n15\nKILL\nEXIT\n44\n29\n1\n', "sh: unknown signal 'x'\n", 0]);
    expect(sh('kill 99999 abc; echo $?; kill; echo $?; kill -s; echo $?')).toEqual([
      '2\n1\n1\n',
      "sh: can't kill pid 99999: No such process\nsh: invalid number 'abc'\nsh: you need to specify whom to kill\nsh: bad signal name 's'\n",
      0,
    ]);
  });
});

describe('jobs of a session saved before they kept their slot', () => {
  it('get the lowest free slots, oldest first', async () => {
    const { liveJobs } = await import('./sh-jobs');
    const job = (pid: number) => ({ pid, entries: [], status: 0, reaped: false, out: [], chunks: [] });
    const state = { jobs: [job(7), job(8)] } as unknown as Parameters<typeof liveJobs>[0];
    expect(liveJobs(state).map((j) => [j.pid, j.no, j.freed, j.waited])).toEqual([[8, 2, false, false], [7, 1, false, false]]);
  });
});
