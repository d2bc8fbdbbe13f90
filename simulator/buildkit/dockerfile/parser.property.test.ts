// Any Dockerfile text, however broken, either parses or fails with a located DockerfileError:
// never an internal fault. And a solve of such a file never throws: it reports its error.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../index';
import * as vfs from '../../host/vfs';
import { solve } from '../solver/solve';
import { DockerfileError } from './errors';
import { parseStages } from './instructions';
import { parseDockerfile } from './parser';

const WORDS = ['FROM', 'from', 'RUN', 'COPY', 'ADD', 'ENV', 'ARG', 'WORKDIR', 'CMD', 'ENTRYPOINT', 'LABEL', 'EXPOSE', 'USER', 'VOLUME', 'SHELL', 'HEALTHCHECK', 'ONBUILD', 'STOPSIGNAL', 'FORM', 'AS', 'alpine', 'busybox', 'x', '--from=0', '--platform=linux/amd64', '"a b"', "'q'", '[', ']', '["sh", "-c"]', '$X', '${X:-y}', 'A=1', '=', '\\', '`', '#', '# escape=`', '<<EOF', 'echo', 'hi', '>', '/tmp/f', '.', '/', 'NONE', 'CMD', '--retries=0'];

const line = fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).map((ws) => ws.join(' '));
const dockerfile = fc.array(fc.oneof(line, fc.constantFrom('', '  ', '\t# c')), { maxLength: 8 }).map((ls) => `${ls.join('\n')}\n`);

describe('the Dockerfile parser under random input', () => {
  it('parses or fails with a located DockerfileError', () => {
    fc.assert(
      fc.property(dockerfile, (text) => {
        try {
          parseStages(parseDockerfile(text).nodes);
        } catch (err) {
          expect(err).toBeInstanceOf(DockerfileError);
          expect((err as DockerfileError).startLine).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a solve reports its failure instead of throwing', () => {
    const node = createSimulator({ seed: 9, now: () => 1_780_000_000_000 });
    fc.assert(
      fc.property(dockerfile, (text) => {
        vfs.writeFile(node.state.host.files, '/root/Dockerfile', vfs.textToBinary(text), { mtimeMs: node.nowMs() });
        let r!: ReturnType<typeof solve>;
        expect(() => {
          r = solve(node, { locals: { context: '/root', dockerfile: '/root' }, frontendOpts: { filename: 'Dockerfile' }, noCache: false, exporter: { type: 'docker', attrs: {} } });
        }).not.toThrow();
        expect(r.error === undefined || typeof r.error.message === 'string').toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
