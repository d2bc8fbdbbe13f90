// Every `ctr … --help` of the real ctr 1.6.20 (recorded by record-ctr-help.ts) against the
// simulator, byte for byte: the renderer's layout and each group owner's usage/flag data.
// Paths in HELP_GAPS must still differ, so a fix forces its removal from the list.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { captureIO } from '../../simulator/cli/test-support';
import { runCtr } from '../../simulator/clients/ctr/ctr';
import { createSimulator } from '../../simulator/index';
import { HELP_GAPS } from './known-gaps';

interface HelpEntry {
  path: string[];
  stdout: string;
}

const fixture = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'ctr-1.6.20-help.json'), 'utf8'),
) as { entries: HelpEntry[] };
const node = createSimulator({ seed: 1, now: () => Date.UTC(2026, 10, 28) });
const differing: string[] = [];

async function helpOf(path: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  const { io, out, err } = captureIO();
  const code = await runCtr(node, [...path, '--help'], io);
  return { stdout: out(), stderr: err(), code };
}

afterAll(() => {
  const path = process.env.CONFORMANCE_REPORT;
  if (path) writeFileSync(`${path}.help`, `${JSON.stringify(differing, null, 2)}\n`);
});

describe('ctr --help, every command of ctr 1.6.20', () => {
  it('lists only recorded paths as gaps', () => {
    const keys = new Set(fixture.entries.map((e) => ['ctr', ...e.path].join(' ')));
    expect(Object.keys(HELP_GAPS).filter((k) => !keys.has(k))).toEqual([]);
  });

  for (const entry of fixture.entries) {
    const key = ['ctr', ...entry.path].join(' ');
    const gap = HELP_GAPS[key];
    it(gap ? `${key} --help [known gap: ${gap}]` : `${key} --help`, async () => {
      const r = await helpOf(entry.path);
      const same = r.stdout === entry.stdout && r.stderr === '' && r.code === 0;
      if (!same) differing.push(key);
      if (gap) expect(same, 'this gap now matches: remove it from HELP_GAPS in known-gaps.ts').toBe(false);
      else expect({ stdout: r.stdout, stderr: r.stderr, code: r.code }).toEqual({ stdout: entry.stdout, stderr: '', code: 0 });
    });
  }
});
