// Junk on the command line of crictl's image commands ends in an exit code and crictl's own
// messages, never in a simulator fault.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { imagesSession } from './test-support';

const WORDS = ['images', 'image', 'img', 'pull', 'rmi', 'inspecti', 'imagefsinfo', '-q', '-v', '-a', '-o', 'json', 'yaml', 'table', 'go-template', '--template', '{{.status.id}}', '{{', '--digests', '--no-trunc', '--creds', '--auth', 'a:b', '--prune', 'busybox', 'nginx:1.25', 'sha256:', 'NOPE', '--pod-config', '/etc/hosts', '-a', 'k=v'];
const word = fc.oneof(fc.constantFrom(...WORDS), fc.stringMatching(/^[-a-z0-9:.@{}]{0,12}$/));

describe('crictl image commands with any arguments', () => {
  it('exit 0 or 1 without an internal error', async () => {
    const run = await imagesSession();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('images', 'pull', 'rmi', 'inspecti', 'imagefsinfo'), fc.array(word, { maxLength: 5 }), async (command, args) => {
        const quoted = args.map((a) => `'${a.replace(/'/g, '')}'`).join(' ');
        const r = await run(`crictl ${command} ${quoted}`);
        expect([0, 1]).toContain(r.code);
        expect(r.err).not.toMatch(/internal simulator error/);
      }),
      { numRuns: 60 },
    );
  });
});
