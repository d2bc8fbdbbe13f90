// Property (design.md §5): random junk command lines never throw, always give an exit code,
// and leave the session usable.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newSession, runGuarded } from './session-harness';

const WORDS = [
  'ctr', 'images', 'i', 'image', 'ls', 'list', 'rm', 'pull', 'tag', 'check', 'label', 'containers', 'c', 'create', 'info',
  'tasks', 't', 'start', 'kill', 'ps', 'exec', 'pause', 'resume', 'metrics', 'run', 'namespaces', 'ns', 'snapshots',
  'snapshot', 'tree', 'usage', 'mounts', 'prepare', 'view', 'commit', 'diff', 'unpack', 'leases', 'plugins', 'events',
  'content', 'get', 'version', 'help', 'h', 'oci', 'shim', 'install', 'pprof', 'default', 'k8s.io', 'moby',
  'docker.io/library/busybox:latest', 'docker.io/library/nginx:alpine', 'busybox', 'nginx:alpine', 'sha256:',
  'c1', 'web', '--', '-', '-n', '--namespace', '-q', '-d', '--rm', '-t', '--detach', '-s', 'SIGKILL', '9', '--snapshotter',
  'native', 'overlayfs', 'bogus', '--label', 'a=b', '=', '==', 'id==cri', 'labels."x"==y', 'name~=^a', '--help', '-h',
  '--exec-id', '--address', '/run/containerd/containerd.sock', '--timeout', '1s', '-x', '0', '--id', 'ünïcødé', '名前空间',
  '🐳', '""', "''", '"a b"', '\\', '$HOME', '99999999999999999999999', '-1', '1e309', 'NaN', '__proto__', 'constructor',
  'toString', '%s%n', '\t', '|', 'grep', 'wc', '-l', '&&', '||', ';', '>', '/tmp/out', '<', '/etc/hostname', 'echo', 'cat',
];

/** A line built from the vocabulary, mostly a ctr command. */
const vocabularyLine = fc
  .tuple(fc.boolean(), fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 8 }))
  .map(([asCtr, words]) => (asCtr ? ['ctr', ...words] : words).join(' '));

/** Arbitrary text after `ctr `, quotes and all (balanced quotes so the line is complete). */
const rawCtrLine = fc
  .string({ unit: 'grapheme', maxLength: 40 })
  .map((s) => `ctr ${s.replace(/["'`\\$(){}<>|;&*?![\]#~\n\r]/g, ' ')}`);

describe('random command lines', () => {
  it('never reject, always give an exit code, and leave the session usable', { timeout: 20_000 }, async () => {
    const session = newSession();
    await fc.assert(
      fc.asyncProperty(fc.oneof(vocabularyLine, rawCtrLine), async (line) => {
        const result = await runGuarded(session, line);
        expect(Number.isInteger(result.exitCode)).toBe(true);
        expect(result.exitCode).toBeGreaterThanOrEqual(0);
        expect(result.stderr).not.toMatch(/internal simulator error/);
      }),
      { numRuns: 250, seed: 20261128 },
    );
    const after = await session.run('ctr ns ls -q; echo alive');
    expect(after.stdout.endsWith('alive\n')).toBe(true);
  });
});
