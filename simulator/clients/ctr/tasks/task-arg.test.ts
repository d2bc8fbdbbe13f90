import { describe, expect, it } from 'vitest';
import { addTestImage } from '../../../containerd/containers/test-image';
import { makeTestNode } from '../../../containerd/namespaces/test-support';
import { ctr } from '../ctr-test-support';

const BB = 'docker.io/library/busybox:latest';

describe('loadTaskArg', () => {
  it('fails on the container first, then on its task, for every verb that uses it', async () => {
    const node = makeTestNode();
    addTestImage(node, 'default', BB);
    for (const verb of ['pause', 'resume', 'metrics', 'attach', 'ps', 'checkpoint']) {
      expect((await ctr(node, `t ${verb} nope`)).stderr).toBe('ctr: container "nope" in namespace "default": not found\n');
    }
    await ctr(node, `c create ${BB} q1 sleep 1000`);
    for (const verb of ['pause', 'resume', 'metrics', 'attach', 'ps', 'checkpoint']) {
      expect(await ctr(node, `t ${verb} q1`)).toEqual({ stdout: '', stderr: 'ctr: no running task found: task q1 not found: not found\n', exit: 1 });
    }
  });
});
