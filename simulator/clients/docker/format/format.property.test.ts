// Properties of `docker ps --format 'table …'` over any names and commands: the columns line
// up (tabwriter 10,1,3: each cell padded to its column's widest cell plus 3, at least 10), one line per row
// plus the header, and `{{json .}}` rows always parse back with the same Names.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContainerSummary } from '../../../dockerd/index';
import { formatDockerRows } from '../../../go/template/index';
import { CONTAINER_HEADER, containerContext } from './container';

const name = fc.stringMatching(/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,30}$/);

function summary(id: string, n: string, command: string): ContainerSummary {
  return { Id: id, Names: [`/${n}`], Image: 'busybox', ImageID: `sha256:${'a'.repeat(64)}`, Command: command, Created: 1_700_000_000, Ports: [], Labels: {}, State: 'running', Status: 'Up 1 second', HostConfig: { NetworkMode: 'default' }, NetworkSettings: { Networks: { bridge: {} } }, Mounts: [] };
}

const rows = fc.array(fc.tuple(fc.stringMatching(/^[0-9a-f]{64}$/), name, fc.string({ unit: 'grapheme-ascii', maxLength: 40 })), { minLength: 1, maxLength: 8 });

describe('docker ps table output', () => {
  it('aligns NAMES after the widest ID and the second column starts at the same place on every line', () => {
    fc.assert(
      fc.property(rows, (items) => {
        const ctx = items.map(([id, n, cmd]) => containerContext(summary(id, n, cmd), true, 1_700_000_001_000));
        const out = formatDockerRows({ format: 'table {{.Names}}\t{{.ID}}', rows: ctx, header: CONTAINER_HEADER });
        const lines = out.split('\n').slice(0, -1);
        expect(lines).toHaveLength(items.length + 1);
        const width = Math.max(Math.max(...items.map(([, n]) => n.length), 'NAMES'.length) + 3, 10);
        for (const [i, line] of lines.entries()) {
          const first = i === 0 ? 'NAMES' : (items[i - 1]?.[1] ?? '');
          expect(line.slice(0, width)).toBe(first.padEnd(width));
          expect(line.slice(width)).toBe(i === 0 ? 'CONTAINER ID' : (items[i - 1]?.[0] ?? '').slice(0, 12));
        }
      }),
    );
  });

  it('{{json .}} round-trips the names and the quoted, truncated command', () => {
    fc.assert(
      fc.property(rows, (items) => {
        const ctx = items.map(([id, n, cmd]) => containerContext(summary(id, n, cmd), true, 1_700_000_001_000));
        const out = formatDockerRows({ format: '{{json .}}', rows: ctx });
        const parsed = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, string>);
        for (const [i, row] of parsed.entries()) {
          const [, n, cmd] = items[i] ?? ['', '', ''];
          expect(row.Names).toBe(n);
          expect([...(JSON.parse(row.Command ?? '""') as string)].length).toBeLessThanOrEqual(Math.min([...cmd].length, 20));
        }
      }),
    );
  });
});
