// The session's fast path (a lone program of ours with literal words runs without just-bash)
// must be invisible: every line of the transcripts and oracle scripts, and a set of tricky
// quoting and environment cases, run on two identical sessions, one with the fast path and one
// without, giving the same stdout, stderr, exit code, output order, prompt and saved state.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../simulator/index';
import { placeTranscriptArchives } from '../../simulator/registry/catalogue/transcript-archives';
import { type ShellCommandFactory, nodeCommand } from '../../simulator/shell/commands/command-host';
import { SHELL_PROGRAMS } from '../../simulator/shell/programs';
import type { Stream } from '../../simulator/shell/session-types';
import { parseScript } from '../oracle/script';
import { parseTxt } from '../conformance/transcripts';

const NOW = Date.UTC(2026, 10, 28, 5, 14, 0);

/** Shows everything a program sees of its invocation, environment order included. */
const probe = nodeCommand('probe', async (args, io) => {
  io.stdout(`${JSON.stringify({ args, environ: Object.entries(io.environ), cwd: io.cwd, stdin: io.stdin, tty: io.isTTY })}\n`);
  io.stderr('to stderr\n');
  await io.pace(250);
  io.stdout('after pace\n');
  return Number(args[0]) || 0;
});

/** The same program, counting the calls that took the fast path. */
function counted(factory: ShellCommandFactory, counter: { direct: number }): ShellCommandFactory {
  const direct = factory.direct;
  if (!direct) return factory;
  return Object.assign((host: Parameters<ShellCommandFactory>[0]) => factory(host), {
    direct: (args: string[], io: Parameters<typeof direct>[1], node: Parameters<typeof direct>[2]) => {
      counter.direct++;
      return direct(args, io, node);
    },
  });
}

function pair() {
  const counters = { fast: { direct: 0 }, shell: { direct: 0 } };
  const make = (fastPath: boolean, counter: { direct: number }) => {
    const programs: Record<string, ShellCommandFactory> = {};
    for (const [name, f] of Object.entries({ ...SHELL_PROGRAMS, probe })) programs[name] = counted(f, counter);
    // A clock that moves at every reading: both paths must read it alike, too.
    let t = NOW;
    const session = createSession({ seed: 42, now: () => (t += 7), programs, fastPath });
    placeTranscriptArchives(session.node);
    return session;
  };
  return { fast: make(true, counters.fast), shell: make(false, counters.shell), counters };
}

async function runBoth(sessions: ReturnType<typeof pair>, lines: readonly string[], tty = false): Promise<void> {
  for (const line of lines) {
    const results = [];
    for (const s of [sessions.fast, sessions.shell]) {
      const chunks: Array<[string, Stream]> = [];
      const r = await s.run(line, { tty, onOutput: (c, st) => chunks.push([c, st]) });
      const { node, ...shell } = s.save();
      results.push({ ...r, chunks, prompt: s.prompt(), shell, node: JSON.stringify(node) });
    }
    const [fast, shell] = results;
    if (!fast || !shell) throw new Error('two sessions expected');
    // The node tree is large (archives): compare it whole, report only the line.
    expect({ line, same: fast.node === shell.node }).toEqual({ line, same: true });
    expect({ line, ...fast, node: '' }).toEqual({ line, ...shell, node: '' });
  }
}

const recorded = join(import.meta.dirname, '..', 'conformance', 'recorded');
const transcriptLines = readdirSync(recorded)
  .filter((f) => /^\d\d-.*\.txt$/.test(f))
  .sort()
  .flatMap((f) => [
    ...(f.startsWith('09-') ? ['ctr ns create pulltest', 'ctr ns create pulltest2'] : []),
    ...(f.startsWith('13-') ? ['systemctl stop containerd'] : []),
    ...parseTxt(f, readFileSync(join(recorded, f), 'utf8')).map((e) => e.cmd),
  ]);
const scripts = join(import.meta.dirname, '..', 'oracle', 'scripts');
const scriptFiles = readdirSync(scripts).filter((f) => f.endsWith('.sh')).sort();

/** Quoting and environment cases around the fast path's edge, each run on both paths. */
const TRICKY = [
  'probe',
  'probe a b',
  "probe 'a b' \"c d\" '' \"\" x'y'\"z\" 'it''s'",
  'probe 3',
  'echo $?',
  'probe "name~=nginx" name==x labels.a==b --flag=1 -q a,b:c@d%e+f',
  'probe "中文" \'😀 é\'',
  'probe\ta\t\tb  ',
  '  probe leading-space',
  // One shell feature per line, so a fast path taking any of them would show.
  ...[
    '"$HOME"', '$HOME', '${HOME}', '~', '~/x', '*.tar', '/r?ot', '/[r]oot', '{a,b}', 'a\\ b', '"a\\"b"', '"a\\b"', '"a\\\\b"',
    "'$x'", '`echo x`', '"`echo x`"', '$(echo x)', '"$(echo x)"', 'a # c', '#c', '!x', '"!x"', 'a;b', 'a|cat', 'a&&b',
    'a&', '(a)', '<(a)', '>/tmp/r', '2>&1', 'a=b', '$?', '"$?"', '$1', '\\$x', '$\'x\'', 'a*', 'a]',
  ].map((arg) => `probe ${arg}`),
  'probe > /tmp/out; cat /tmp/out',
  "'probe' \"probe\" pr'obe'",
  'X=1 probe',
  'export CONTAINERD_NAMESPACE=k8s.io; LOCAL=1; cd /tmp',
  'probe',
  'ctr i ls',
  'export HOME=/tmp; TERM=dumb; export Z=last',
  'probe',
  'cd /etc/containerd; cd /nonexistent',
  'probe 7',
  'echo $? $OLDPWD',
  'mkdir -p /tmp/gone && cd /tmp/gone && rmdir /tmp/gone',
  'probe',
  'cd',
  'PATH=/usr/bin:/bin',
  'probe',
  'unset PATH; export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  'probe',
  'printf "#!/bin/bash\\necho shadow\\n" > /usr/local/bin/probe; chmod +x /usr/local/bin/probe',
  'probe',
  'rm /usr/local/bin/probe',
  'probe',
  'ctr -n nosuch c ls',
  'ctr i pull docker.io/library/busybox:latest',
  'ctr --namespace "default" i ls -q',
  'ctr i ls "name~=busy"',
  'ctr i tag docker.io/library/busybox:latest "bad ref"',
  'hostname',
  'systemctl is-active containerd',
  'runc --version',
  'containerd --version',
  'date -u',
  'ls /root',
  'ctr nosuchcommand',
  'history',
  // just-bash keeps its export list between lines: after these the shell path runs everything.
  'export -n OLDPWD',
  'probe',
  'export OLDPWD',
  'probe',
  'unset OLDPWD LOCAL',
  'probe',
  'cd /tmp',
  'probe',
  'export RANDOM SECONDS',
  'probe',
];

describe('the fast path gives what the shell path gives', () => {
  it('on every line of the recorded transcripts, in order on one node', async () => {
    const sessions = pair();
    await runBoth(sessions, transcriptLines);
    expect(sessions.counters.fast.direct).toBeGreaterThan(transcriptLines.length / 2);
    expect(sessions.counters.shell.direct).toBe(0);
  }, 120_000);

  it.each(scriptFiles)('on every line of oracle script %s', async (file) => {
    const sessions = pair();
    const lines = parseScript(readFileSync(join(scripts, file), 'utf8'));
    await runBoth(sessions, ['cd /root', ...lines]);
    expect(sessions.counters.fast.direct).toBeGreaterThan(0);
    expect(sessions.counters.shell.direct).toBe(0);
  }, 60_000);

  it.each([false, true])('on tricky quoting and environment cases (tty %s)', async (tty) => {
    const sessions = pair();
    await runBoth(sessions, TRICKY, tty);
    expect(sessions.counters.fast.direct).toBeGreaterThan(20);
    expect(sessions.counters.shell.direct).toBe(0);
  });

  it('on the first line of a restored session and of a fresh one', async () => {
    const source = pair();
    await runBoth(source, ['export A=1; cd /tmp', 'probe']);
    const saved = source.fast.save();
    const fast = createSession({ saved, now: () => NOW, programs: { probe }, fastPath: true });
    const shell = createSession({ saved, now: () => NOW, programs: { probe }, fastPath: false });
    await runBoth({ fast, shell, counters: source.counters }, ['probe', 'probe x', 'echo $A']);
    const fresh = pair();
    await runBoth(fresh, ['probe', 'ctr version']);
    expect(fresh.counters.fast.direct).toBe(2);
  });
});
