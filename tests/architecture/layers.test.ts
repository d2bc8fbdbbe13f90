// The simulator's layers, held by dependency-cruiser with the rules in .dependency-cruiser.cjs:
// no import circle outside the shell interpreters, no client reaching past the containerd client
// library, no layer importing one above it. A violation fails here with the rule and the path.

import { createRequire } from 'node:module';
import { cruise, type IForbiddenRuleType, type ICruiseResult } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const config = require('../../.dependency-cruiser.cjs') as { options: Record<string, unknown> };
const { layerRules } = require('./layer-rules.cjs') as { layerRules: (root: string) => IForbiddenRuleType[] };

async function violationsUnder(root: string): Promise<ICruiseResult['summary']['violations']> {
  const result = await cruise([root], { ...config.options, ruleSet: { forbidden: layerRules(root) }, validate: true });
  return (result.output as ICruiseResult).summary.violations;
}

describe('simulator layers', () => {
  it('has no forbidden import', { timeout: 120_000 }, async () => {
    const found = (await violationsUnder('simulator')).map(
      (v) => `${v.rule.name}: ${v.from} → ${v.cycle ? v.cycle.map((c) => c.name).join(' → ') : v.to}`,
    );
    expect(found).toEqual([]);
  });

  it('sees a tool that skips the client library', { timeout: 120_000 }, async () => {
    const found = (await violationsUnder('tests/architecture/fixtures/simulator')).map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
    expect(found).toEqual([
      'clients-through-client-api: tests/architecture/fixtures/simulator/clients/tool/list.ts → tests/architecture/fixtures/simulator/containerd/images/image-store.ts',
    ]);
  });
});
