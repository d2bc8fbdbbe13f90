// Random docker network and volume lines (fast-check) on one node: every line ends with an exit
// code and no internal fault reaches the terminal; afterwards no two endpoints share an
// address on a network and every volume directory the store names exists.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exists } from '../../../host/vfs';
import { createSession } from '../../../shell/session';

const NAMES = ['n1', 'n2', 'bridge', 'host', 'none', 'v1', 'x', 'a/b', '', 'nosuch', '10.0.0.0/8'];
const VERBS = [
  'network create', 'network create --subnet 10.1.0.0/24', 'network create -d host', 'network rm', 'network inspect', 'network ls -f name=',
  'network prune -f', 'network connect', 'network disconnect', 'volume create', 'volume rm', 'volume rm -f', 'volume inspect',
  'volume ls -f dangling=', 'volume prune -f', 'network ls --format {{.Name}}', 'volume ls -q', 'network create --gateway 10.9.9.9',
];

describe('docker network/volume junk lines (property)', () => {
  it('never faults; the store stays consistent', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...VERBS), fc.constantFrom(...NAMES), fc.constantFrom(...NAMES)), { maxLength: 25 }), async (lines) => {
        const s = createSession({ seed: 13, now: () => Date.UTC(2026, 11, 5, 5, 20, 0) });
        for (const [verb, a, b] of lines) {
          const line = `docker ${verb}${verb.endsWith('=') ? '' : ' '}${a}${verb.includes('connect') ? ` ${b}` : ''}`;
          const r = await s.run(line);
          expect(Number.isInteger(r.exitCode)).toBe(true);
          expect(r.stderr).not.toMatch(/TypeError|ReferenceError|internal error|undefined/);
        }
        for (const network of Object.values(s.node.state.dockerd.network?.networks ?? {})) {
          const ips = Object.values(network.endpoints).map((e) => e.ip);
          expect(new Set(ips).size).toBe(ips.length);
        }
        for (const name of Object.keys(s.node.state.dockerd.volumes ?? {})) expect(exists(s.node.state.host.files, `/var/lib/docker/volumes/${name}/_data`)).toBe(true);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
