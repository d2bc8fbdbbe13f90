import { describe, expect, it } from 'vitest';
import { makeTestNode } from '../../../containerd/namespaces/test-support';
import { ctr } from '../ctr-test-support';

const ZERO = `sha256:${'0'.repeat(64)}`;

describe('ctr content push-object', () => {
  it('checks the digest, the reference and the blob as containerd v1.6.20 does before uploading', async () => {
    const node = makeTestNode();
    expect((await ctr(node, 'content push-object')).stderr).toBe('ctr: invalid checksum digest format\n');
    expect((await ctr(node, 'content push-object localhost:5000/x')).stderr).toBe('ctr: invalid checksum digest format\n');
    expect((await ctr(node, `content push-object localhost:5000/x ${ZERO}`)).stderr).toBe(`ctr: content digest ${ZERO}: not found\n`);
    expect((await ctr(node, `content push-object "" ${ZERO}`)).stderr).toBe('ctr: hostname required\n');
  });
});
