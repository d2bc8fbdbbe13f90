// Property: the session's fast path (a lone program of ours with literal words runs without
// just-bash) is invisible. Lines typed into two identical sessions, one with the fast path and
// one without, give the same stdout, stderr, exit code, output order, prompt and saved state:
// random ordered selections of the lines of every recorded transcript and oracle script, and
// every case of a list of tricky quoting and environment lines around the fast path's edge.
// (How much faster the fast path is belongs to `npm run bench`.)

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../simulator/index';
import { parseTxt } from '../conformance/transcripts';
import { parseScript } from '../oracle/script';
import { NOW, probe, runBoth, sessionPair } from './fast-path-pair';

interface Walk {
  name: string;
  lines: string[];
}

const recorded = join(import.meta.dirname, '..', 'conformance', 'recorded');
const transcripts: Walk[] = readdirSync(recorded)
  .filter((f) => /^\d\d-.*\.txt$/.test(f))
  .sort()
  .map((f) => ({
    name: f,
    lines: [
      // What the recorded node had before the transcript started.
      ...(f.startsWith('09-') ? ['ctr ns create pulltest', 'ctr ns create pulltest2'] : []),
      ...(f.startsWith('13-') ? ['systemctl stop containerd'] : []),
      ...parseTxt(f, readFileSync(join(recorded, f), 'utf8')).map((e) => e.cmd),
    ],
  }));
const scriptsDir = join(import.meta.dirname, '..', 'oracle', 'scripts');
const scripts: Walk[] = readdirSync(scriptsDir)
  .filter((f) => f.endsWith('.sh'))
  .sort()
  .map((f) => ({ name: f, lines: ['cd /root', ...parseScript(readFileSync(join(scriptsDir, f), 'utf8'))] }));

/** Some lines of one transcript or script, in their order: later lines meet the state earlier ones left. */
const walk: fc.Arbitrary<Walk> = fc
  .constantFrom(...[...transcripts, ...scripts].filter((w) => w.lines.length > 0))
  .chain(({ name, lines }) => fc.subarray(lines, { minLength: 1, maxLength: Math.min(12, lines.length) }).map((picked) => ({ name, lines: picked })));

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
  // The one pipeline the fast path takes, `echo … | program …`, and its neighbours it must not.
  'echo Harbor12345 | probe --password-stdin',
  "echo 'a  b' \"中文\" x'y' | probe 3",
  'echo|probe',
  'echo | probe',
  'echo -n x | probe',
  'echo -e "a" | probe',
  'echo a | probe | cat',
  'echo a || probe',
  'echo a |& probe',
  'echo "a|b" | probe',
  "echo 'a|b' | probe 'c|d'",
  'echo $HOME | probe',
  'printf x | probe',
  'echo hi | tar -t',
  'echo admin | ctr nosuchcommand',
  'echo x | probe 2>&1',
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
  it('on random ordered selections of the lines of each recorded transcript and oracle script', async () => {
    let direct = 0;
    await fc.assert(
      fc.asyncProperty(walk, async ({ lines }) => {
        const sessions = sessionPair();
        await runBoth(sessions, lines);
        expect(sessions.counters.shell.direct).toBe(0);
        direct += sessions.counters.fast.direct;
      }),
      { numRuns: 40, seed: 818181 },
    );
    // The selections must have exercised the fast path, or the property says nothing.
    expect(direct).toBeGreaterThan(50);
  }, 60_000);

  it.each([false, true])('on tricky quoting and environment cases (tty %s)', async (tty) => {
    const sessions = sessionPair();
    await runBoth(sessions, TRICKY, tty);
    expect(sessions.counters.fast.direct).toBeGreaterThan(20);
    expect(sessions.counters.shell.direct).toBe(0);
  });

  it('on `echo … | program …`, which it takes', async () => {
    const sessions = sessionPair();
    const lines = ['echo Harbor12345 | probe --password-stdin', "echo 'a|b' | probe 'c|d'", 'echo|probe 4', 'echo hi | tar -t', 'echo x | ctr nosuch'];
    await runBoth(sessions, lines);
    await runBoth(sessions, lines, true);
    expect(sessions.counters.fast.direct).toBe(2 * lines.length);
    expect(sessions.counters.shell.direct).toBe(0);
  });

  it('on the first line of a restored session and of a fresh one', async () => {
    const source = sessionPair();
    await runBoth(source, ['export A=1; cd /tmp', 'probe']);
    const saved = source.fast.save();
    const fast = createSession({ saved, now: () => NOW, programs: { probe }, fastPath: true });
    const shell = createSession({ saved, now: () => NOW, programs: { probe }, fastPath: false });
    await runBoth({ fast, shell, counters: source.counters }, ['probe', 'probe x', 'echo $A']);
    const fresh = sessionPair();
    await runBoth(fresh, ['probe', 'ctr version']);
    expect(fresh.counters.fast.direct).toBe(2);
  });
});
