// ctr plugins ls against the recorded node's exact tables (transcript 07), straight through runCtr.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeTestNode } from '../../simulator/containerd/namespaces/test-support';
import { ctr } from '../../simulator/clients/ctr/ctr-test-support';

/** stdout of one command of a conformance transcript (the jsonl keeps streams apart). */
function recorded(file: string, cmd: string): string {
  const lines = readFileSync(new URL(`recorded/${file}`, import.meta.url), 'utf8').split('\n').filter(Boolean);
  const hit = lines.map((l) => JSON.parse(l) as { cmd: string; stdout: string }).find((e) => e.cmd === cmd);
  if (!hit) throw new Error(`no ${cmd} in ${file}`);
  return hit.stdout;
}

describe('ctr plugins ls (transcript 07)', () => {
  const file = '07-content-snapshots-leases-plugins.jsonl';
  it('prints the table of a 1.6.20 node', async () => {
    expect((await ctr(makeTestNode(), 'plugins ls')).stdout).toBe(recorded(file, 'ctr plugins ls'));
  });
  it('prints the detailed blocks byte for byte', async () => {
    expect((await ctr(makeTestNode(), 'plugins ls -d')).stdout).toBe(recorded(file, 'ctr plugins ls -d'));
  });
  it('filters by id', async () => {
    expect((await ctr(makeTestNode(), 'plugins ls id==cri')).stdout).toBe(recorded(file, 'ctr plugins ls id==cri'));
  });
  it('prints only ids with -q', async () => {
    const out = (await ctr(makeTestNode(), 'plugin ls -q')).stdout.split('\n');
    expect(out.slice(0, 3)).toEqual(['content', 'aufs', 'btrfs']);
    expect(out).toHaveLength(39);
  });
  it('ORs filter arguments, supports ~= and knows only type and id', async () => {
    const node = makeTestNode();
    expect((await ctr(node, 'plugins ls id==cri id==native')).stdout).toBe(
      'TYPE                            ID        PLATFORMS      STATUS    \n' +
        'io.containerd.snapshotter.v1    native    linux/amd64    ok        \n' +
        'io.containerd.grpc.v1           cri       linux/amd64    ok        \n',
    );
    expect((await ctr(node, 'plugins ls -q id~=^ov')).stdout).toBe('overlayfs\n');
    expect((await ctr(node, 'plugins ls -q type==io.containerd.snapshotter.v1')).stdout).toBe('aufs\nbtrfs\ndevmapper\nnative\noverlayfs\nzfs\n');
    expect((await ctr(node, 'plugins ls status==skip')).stdout).toBe('TYPE    ID    PLATFORMS    STATUS    \n');
    expect((await ctr(node, 'plugins ls -d id==nothing')).stdout).toBe('');
    const bad = await ctr(node, 'plugins ls "bad filter"');
    expect(bad.exit).toBe(1);
    expect(bad.stderr).toMatch(/^ctr: filters: parse error: .*: invalid argument: invalid argument\n$/);
  });
});
