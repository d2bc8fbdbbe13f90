import { describe, expect, it } from 'vitest';
import { makeTestNode } from '../../containerd/namespaces/test-support';
import { ctr } from './ctr-test-support';

// Texts checked against a real ctr 1.6.20 with tests/oracle/diff-cli.ts.
describe('requiredArg', () => {
  it('words the refusal as each verb does: invalid argument for containers info/label, bare for tasks', async () => {
    const node = makeTestNode();
    expect(await ctr(node, 'c info')).toEqual({ stdout: '', stderr: 'ctr: container id must be provided: invalid argument\n', exit: 1 });
    expect((await ctr(node, 'c label')).stderr).toBe('ctr: container id must be provided: invalid argument\n');
    expect(await ctr(node, 't ps')).toEqual({ stdout: '', stderr: 'ctr: container id must be provided\n', exit: 1 });
    expect((await ctr(node, 't checkpoint')).stderr).toBe('ctr: container id must be provided\n');
  });

  it('checks the arguments in order: the container id before the ref', async () => {
    const node = makeTestNode();
    expect((await ctr(node, 'c restore')).stderr).toBe('ctr: container id must be provided\n');
    expect((await ctr(node, 'c restore x')).stderr).toBe('ctr: ref must be provided\n');
    expect((await ctr(node, 'c checkpoint x')).stderr).toBe('ctr: ref must be provided\n');
  });
});
