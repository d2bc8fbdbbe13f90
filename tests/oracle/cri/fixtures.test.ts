// The recorded fixtures are the reference the simulated plugin is held to, and what other work
// reads: they must be the answers to the scenarios as written now (re-record with
// `npx tsx tests/oracle/cri/record.ts <scenario>` after changing one), and say what recorded them.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CRI_GAPS } from './known-gaps';
import type { Fixture } from './scenario';
import { SCENARIOS } from './scenarios';

const load = (name: string): Fixture =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`./fixtures/${name}.json`, import.meta.url)), 'utf8'));

describe.each(SCENARIOS.map((s) => [s.name, s] as const))('fixture %s', (name, scenario) => {
  it('records exactly the scenario steps, each with a result', () => {
    const fixture = load(name);
    expect(fixture.steps.map((s) => s.step)).toEqual(JSON.parse(JSON.stringify(scenario.steps)));
    for (const s of fixture.steps) expect(s.result).toBeDefined();
  });

  it('was recorded on containerd 1.6.20', () => {
    expect(load(name).recordedWith.containerd).toContain(' 1.6.20');
  });

  it('lists known gaps only for steps that exist', () => {
    for (const index of Object.keys(CRI_GAPS[name] ?? {})) expect(Number(index)).toBeLessThan(scenario.steps.length);
  });
});
