// `nerdctl namespace` as released in 0.22.2 (cmd/nerdctl/namespace*.go@v0.22.2): ls's table
// (tabwriter 4,8,4, rows ending in a tab), create with labels (ctr's LabelArgs), update, inspect
// through formatSlice, and rm, whose loop returns after its first argument.

import { describe, expect, it } from 'vitest';
import { freshNode, nerdctl } from '../nerdctl-test-support';

const time = 'time="2026-05-28T20:26:40Z"';

describe('nerdctl namespace', () => {
  it('lists namespaces with counts and sorted labels, padded to the last column', async () => {
    const node = freshNode();
    await nerdctl(node, 'namespace create mynamespace -l b=2 --label a');
    await nerdctl(node, 'ns create other');
    const ls = await nerdctl(node, 'namespace ls');
    expect(ls.stdout).toBe(
      'NAME           CONTAINERS    IMAGES    VOLUMES    LABELS\n' +
        'mynamespace    0             0         0          a=true,b=2    \n' +
        'other          0             0         0                        \n',
    );
    expect((await nerdctl(node, 'namespace list -q')).stdout).toBe('mynamespace\nother\n');
  });

  it('counts containers and images of each namespace', async () => {
    const node = freshNode();
    await nerdctl(node, 'namespace create a');
    const before = (await nerdctl(node, 'namespace ls')).stdout;
    expect(before).toContain('a       0             0         0');
  });

  it('updates labels and inspects as a JSON array with four-space indent', async () => {
    const node = freshNode();
    await nerdctl(node, 'namespace create x');
    await nerdctl(node, 'namespace update x -l k=v');
    expect((await nerdctl(node, 'namespace inspect x missing')).stdout).toBe(
      '[\n    {\n        "Name": "x",\n        "Labels": {\n            "k": "v"\n        }\n    },\n    {\n        "Name": "missing",\n        "Labels": {}\n    }\n]\n',
    );
  });

  it('removes only the first namespace it is given, printing it (also when it did not exist)', async () => {
    const node = freshNode();
    await nerdctl(node, 'namespace create a');
    await nerdctl(node, 'namespace create b');
    expect(await nerdctl(node, 'namespace rm a b')).toEqual({ stdout: 'a\n', stderr: '', exit: 0 });
    expect((await nerdctl(node, 'namespace ls -q')).stdout).toBe('b\n');
    expect(await nerdctl(node, 'namespace remove nothing')).toEqual({ stdout: 'nothing\n', stderr: '', exit: 0 });
  });

  it('logs and fails for a namespace that still holds something, leaving it', async () => {
    const node = freshNode();
    await nerdctl(node, 'namespace create busy');
    await nerdctl(node, 'namespace update busy -l x=y');
    // A namespace with an image cannot be deleted: ctr pulls one into it.
    const { runCtr } = await import('../../ctr/ctr');
    const { captureIO } = await import('../../../cli/test-support');
    const cap = captureIO();
    expect(await runCtr(node, ['-n', 'busy', 'images', 'pull', 'docker.io/library/busybox:latest'], cap.io)).toBe(0);
    const rm = await nerdctl(node, 'namespace rm busy');
    expect(rm.stdout).toBe('');
    expect(rm.stderr).toMatch(/^time="[^"]+" level=error msg="unable to delete busy" error="namespace \\"busy\\" must be empty, but it still has .*: failed precondition"\ntime="[^"]+" level=fatal msg="unable to delete busy"\n$/);
    expect(rm.exit).toBe(1);
    expect((await nerdctl(node, 'namespace ls -q')).stdout).toBe('busy\n');
  });

  it('needs at least one argument (cobra MinimumNArgs)', async () => {
    const r = await nerdctl(freshNode(), 'namespace create');
    expect(r).toEqual({ stdout: '', stderr: `${time} level=fatal msg="requires at least 1 arg(s), only received 0"\n`, exit: 1 });
  });
});
