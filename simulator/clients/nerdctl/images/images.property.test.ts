// Random sequences of nerdctl's image commands against a model: the names `nerdctl images
// --names` lists are exactly the names the model holds after pulls, tags and removals; rmi
// prints one Untagged line per removed name; and junk arguments to any image command end in
// exit 0 or 1 with nerdctl's own messages, never a simulator fault.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nerdctlSession } from './test-support';

const SOURCES = ['alpine:3.21', 'busybox:latest'];
const TARGETS = ['a:1', 'b/c:2', 'harbor.mydomain.com/library/x:3', 'localhost:5000/y:4'];

/** refdocker.ParseDockerRef(name).String() for the names above. */
function normalized(name: string): string {
  const withDomain = /^[^/]*[.:][^/]*\//.test(name) ? name : `docker.io/${name.includes('/') ? '' : 'library/'}${name}`;
  return withDomain;
}

type Op = { kind: 'pull'; src: string } | { kind: 'tag'; src: string; dst: string } | { kind: 'rmi'; name: string };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('pull' as const), src: fc.constantFrom(...SOURCES) }),
  fc.record({ kind: fc.constant('tag' as const), src: fc.constantFrom(...SOURCES, ...TARGETS), dst: fc.constantFrom(...TARGETS) }),
  fc.record({ kind: fc.constant('rmi' as const), name: fc.constantFrom(...SOURCES, ...TARGETS) }),
);

describe('nerdctl image commands keep the image store and the listing in step', () => {
  it('the listed names are the model\'s after any sequence of pull, tag and rmi', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
        const run = nerdctlSession();
        const model = new Set<string>();
        for (const o of ops) {
          if (o.kind === 'pull') {
            expect((await run(`nerdctl pull -q ${o.src}`)).code).toBe(0);
            model.add(normalized(o.src));
          } else if (o.kind === 'tag') {
            const r = await run(`nerdctl tag ${o.src} ${o.dst}`);
            if (model.has(normalized(o.src))) {
              expect(r.code).toBe(0);
              model.add(normalized(o.dst));
            } else expect(r.err).toContain(`msg="${o.src}: not found"`);
          } else {
            const r = await run(`nerdctl rmi ${o.name}`);
            if (model.has(normalized(o.name))) {
              expect(r.out.split('\n')[0]).toMatch(new RegExp(`^Untagged: ${normalized(o.name).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}@sha256:[0-9a-f]{64}$`));
              model.delete(normalized(o.name));
            } else expect(r.err).toContain(`msg="no such image ${o.name}"`);
          }
        }
        const listed = (await run('nerdctl images --names')).out.split('\n').slice(1).filter((l) => l !== '').map((l) => l.split(' ')[0]);
        expect(listed).toEqual([...model].sort());
      }),
      { numRuns: 25 },
    );
  });

  const WORDS = ['-q', '-a', '--digests', '--no-trunc', '--names', '--format', 'json', '{{.ID}}', '{{', 'raw', 'wide', '-f', '--all-platforms', '--platform', 'arm64', 'nginx:alpine', 'alpine:3.21', 'sha256:', 'ce9d', 'NOPE', '-o', '/tmp/x.tar', '-i', '--unpack', 'maybe', '--mode', 'native', '-u', 'admin', '--password-stdin'];
  const word = fc.oneof(fc.constantFrom(...WORDS), fc.stringMatching(/^[-a-z0-9:.@{}/]{0,12}$/));

  it('junk arguments end in exit 0 or 1 without an internal error', async () => {
    const run = nerdctlSession();
    await run('nerdctl pull -q alpine:3.21');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('images', 'image ls', 'rmi', 'tag', 'history', 'image inspect', 'save', 'load', 'image prune', 'logout', 'push', 'pull'),
        fc.array(word, { maxLength: 4 }),
        async (command, args) => {
          const quoted = args.map((a) => `'${a.replace(/'/g, '')}'`).join(' ');
          const r = await run(`nerdctl ${command} ${quoted} < /dev/null`);
          expect([0, 1]).toContain(r.code);
          expect(r.err).not.toMatch(/internal simulator error|TypeError|undefined/);
        },
      ),
      { numRuns: 80 },
    );
  });
});
