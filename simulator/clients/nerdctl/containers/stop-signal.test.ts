// --stop-signal and --stop-timeout, and what stop/restart do with them, on the node's clock
// (nerdctl 0.22.2: run.go's withStop and flags, stop.go's stopContainer, moby/sys/signal
// v0.7.0's ParseSignal). withStop stores the signal as io.containerd.image.config.stop-signal
// (containerd.GetOCIStopSignal: the image's own StopSignal wins over the flag) and a non-zero
// timeout as nerdctl/stop-timeout. stop sends that signal, waits -t seconds (else the label,
// else 10), then SIGKILL; a timeout of 0 or less sends SIGKILL at once. A signal name is only
// parsed when stop sends it.

import { describe, expect, it } from 'vitest';
import { nerdctlSession, type Run } from '../images/test-support';

/** Runs `line` and returns how many seconds of the node's clock it took. */
async function secondsOf(run: Run, line: string): Promise<number> {
  const before = Number((await run('date +%s')).out);
  const r = await run(line);
  expect(r.code).toBe(0);
  return Number((await run('date +%s')).out) - before;
}

const labelsOf = async (run: Run, name: string) => JSON.parse((await run(`nerdctl inspect ${name} --format '{{json .Config.Labels}}'`)).out) as Record<string, string>;
/** The STATUS of `name` in `nerdctl ps -a` (0.22.2's ps has no --filter). */
async function statusOf(run: Run, name: string): Promise<string> {
  const lines = (await run(`nerdctl ps -a --format '{{.Names}} {{.Status}}'`)).out.split('\n');
  return (lines.find((l) => l.startsWith(`${name} `)) ?? '').slice(name.length + 1);
}

describe('nerdctl stop: signal, timeout, SIGKILL', () => {
  it('waits 10 s by default for a PID 1 that ignores SIGTERM, then kills it (137)', async () => {
    const run = nerdctlSession();
    await run('nerdctl run -d --name a alpine sleep 1000');
    expect(await labelsOf(run, 'a')).toMatchObject({ 'io.containerd.image.config.stop-signal': 'SIGTERM' });
    expect((await labelsOf(run, 'a'))['nerdctl/stop-timeout']).toBeUndefined();
    expect(await secondsOf(run, 'nerdctl stop a')).toBe(10);
    expect(await statusOf(run, 'a')).toMatch(/^Exited \(137\) /);
  });

  it('--stop-timeout is the label stop reads; -t overrides it; 0 kills at once', async () => {
    const run = nerdctlSession();
    await run('nerdctl run -d --name a --stop-timeout 3 alpine sleep 1000');
    expect(await labelsOf(run, 'a')).toMatchObject({ 'nerdctl/stop-timeout': '3' });
    expect(await secondsOf(run, 'nerdctl stop a')).toBe(3);
    await run('nerdctl run -d --name b --stop-timeout 30 alpine sleep 1000');
    expect(await secondsOf(run, 'nerdctl stop -t 1 b')).toBe(1);
    // A shell that would exit on SIGTERM never sees it: -t 0 goes straight to SIGKILL.
    await run(`nerdctl run -d --name c alpine sh -c 'trap "exit 5" TERM; while true; do sleep 1; done'`);
    expect(await secondsOf(run, 'nerdctl stop -t 0 c')).toBe(0);
    expect(await statusOf(run, 'c')).toMatch(/^Exited \(137\) /);
    // --stop-timeout -1 is stored and, read back as -1s, skips the signal too.
    await run('nerdctl run -d --name d --stop-timeout -1 alpine sleep 1000');
    expect(await labelsOf(run, 'd')).toMatchObject({ 'nerdctl/stop-timeout': '-1' });
    expect(await secondsOf(run, 'nerdctl stop d')).toBe(0);
  });

  it('sends --stop-signal, which a process may handle (exit 7 on SIGINT, no wait)', async () => {
    const run = nerdctlSession();
    await run(`nerdctl run -d --name a --stop-signal SIGINT alpine sh -c 'trap "exit 7" INT; while true; do sleep 1; done'`);
    expect(await labelsOf(run, 'a')).toMatchObject({ 'io.containerd.image.config.stop-signal': 'SIGINT' });
    expect(await secondsOf(run, 'nerdctl stop a')).toBe(0);
    expect(await statusOf(run, 'a')).toMatch(/^Exited \(7\) /);
    // A number is a signal too: 9 ends it at once.
    await run('nerdctl run -d --name b --stop-signal 9 alpine sleep 1000');
    expect(await secondsOf(run, 'nerdctl stop b')).toBe(0);
  });

  it("the image's StopSignal wins over --stop-signal (GetOCIStopSignal)", async () => {
    const run = nerdctlSession();
    await run('nerdctl run -d --name web --stop-signal SIGINT nginx:alpine');
    expect(await labelsOf(run, 'web')).toMatchObject({ 'io.containerd.image.config.stop-signal': 'SIGQUIT' });
  });

  it('an unknown signal is stored, and stop fails when it parses it: the container stays up', async () => {
    const run = nerdctlSession();
    expect((await run('nerdctl run -d --name a --stop-signal FOO alpine sleep 1000')).code).toBe(0);
    const r = await run('nerdctl stop a');
    expect(r).toMatchObject({ out: '', code: 1, err: expect.stringMatching(/level=fatal msg="invalid signal: FOO"\n$/) });
    expect(await statusOf(run, 'a')).toBe('Up');
  });

  it('bad values are pflag errors before anything runs; restart -t is a string flag read as an int', async () => {
    const run = nerdctlSession();
    const fails = async (line: string, msg: string) => expect(await run(line)).toMatchObject({ out: '', code: 1, err: expect.stringContaining(`level=fatal msg="${msg}"`) });
    await fails('nerdctl run -d --stop-timeout 1.5 alpine true', 'invalid argument \\"1.5\\" for \\"--stop-timeout\\" flag: strconv.ParseInt: parsing \\"1.5\\": invalid syntax');
    await fails('nerdctl stop -t abc x', 'invalid argument \\"abc\\" for \\"-t, --time\\" flag: strconv.ParseInt: parsing \\"abc\\": invalid syntax');
    // restart.go@v0.22.2 declares --time with StringP and reads it with GetInt: any -t fails.
    await run('nerdctl run -d --name a alpine sleep 1000');
    await fails('nerdctl restart -t 2 a', 'trying to get int value of flag of type string');
    expect((await run('nerdctl ps -a -q')).out.split('\n').filter(Boolean)).toHaveLength(1);
  });
});
