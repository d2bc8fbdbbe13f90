import { describe, expect, it } from 'vitest';
import { makeTestNode } from '../../../containerd/namespaces/test-support';
import { ctr } from '../ctr-test-support';

// `containers create` and `run` share createArgs; only the wording of a refusal differs.
describe('createArgs', () => {
  it('refuses a missing ref, then a missing id, each verb in its own words', async () => {
    const node = makeTestNode();
    expect((await ctr(node, 'c create')).stderr).toBe('ctr: image ref must be provided: invalid argument\n');
    expect((await ctr(node, 'run')).stderr).toBe('ctr: image ref must be provided\n');
    expect((await ctr(node, 'c create docker.io/library/busybox:latest')).stderr).toBe(
      'ctr: container id must be provided: invalid argument\n',
    );
    expect((await ctr(node, 'run docker.io/library/busybox:latest')).stderr).toBe('ctr: container id must be provided\n');
  });

  it('takes only the id with --config', async () => {
    const node = makeTestNode();
    expect((await ctr(node, 'c create --config f a b')).stderr).toBe(
      'ctr: with spec config file, only container id should be provided: invalid argument\n',
    );
    expect((await ctr(node, 'run --config f a b')).stderr).toBe('ctr: with spec config file, only container id should be provided\n');
  });
});
