// Go-template columns of `docker images` and `docker history` as docker/cli 20.10.24's
// formatter prints them (checked on a real one, tests/oracle/docker/scripts/16-image-references.sh):
// VirtualSize is units.HumanSize (precision 4) under a SIZE header, and `{{json .}}` of a
// history row gives its columns (formatter.MarshalJSON), as an images row does.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';

const NOW = Date.UTC(2026, 10, 28, 5, 14, 0);

async function pulled() {
  const s = createSession({ seed: 7, now: () => NOW });
  await s.run('docker pull busybox >/dev/null');
  return async (line: string) => (await s.run(line)).stdout;
}

describe('docker images --format', () => {
  it('VirtualSize: four significant digits, headed SIZE', async () => {
    const run = await pulled();
    expect(await run("docker images --format 'table {{.Size}}\\t{{.VirtualSize}}'")).toBe('SIZE      SIZE\n2.15MB    2.152MB\n');
    expect(JSON.parse(await run("docker images --format '{{json .}}'"))).toMatchObject({ Size: '2.15MB', VirtualSize: '2.152MB', SharedSize: 'N/A', Containers: 'N/A' });
  });
});

describe('docker history --format', () => {
  it('{{json .}} prints every column with sorted keys', async () => {
    const run = await pulled();
    const row = await run("docker history --format '{{json .}}' busybox");
    expect(Object.keys(JSON.parse(row) as object)).toEqual(['Comment', 'CreatedAt', 'CreatedBy', 'CreatedSince', 'ID', 'Size']);
    expect(JSON.parse(await run("docker history -H=false --no-trunc --format '{{json .}}' busybox"))).toMatchObject({ Size: '2152290', CreatedSince: '2024-09-26T21:31:42Z' });
  });
});
