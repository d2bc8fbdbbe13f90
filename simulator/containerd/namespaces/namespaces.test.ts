import { describe, expect, it } from 'vitest';
import { isAlreadyExists, isFailedPrecondition, isInvalidArgument, isNotFound } from '../../errdefs/errdefs';
import { utf8ByteLength } from './identifier';
import {
  createNamespace,
  deleteNamespace,
  ensureNamespace,
  getNamespace,
  listNamespaces,
  setNamespaceLabel,
  validateNamespace,
  validateRequestNamespace,
} from './namespaces';
import { makeTestNode, thrown } from './test-support';

describe('validateNamespace', () => {
  it('accepts containerd identifiers, including upper case and underscores', () => {
    for (const ok of ['default', 'k8s.io', 'Bad_Name', 'a-b.c_d', 'x1']) expect(() => validateNamespace(ok)).not.toThrow();
  });
  it('rejects names that do not match, with the identifier message', () => {
    const err = thrown(() => validateNamespace('bad name!'));
    expect(isInvalidArgument(err)).toBe(true);
    expect((err as Error).message).toBe(
      'identifier "bad name!" must match ^[A-Za-z0-9]+(?:[._-](?:[A-Za-z0-9]+))*$: invalid argument',
    );
    for (const bad of ['-x', 'a..b', 'a.', '', '__proto__']) expect(isInvalidArgument(thrown(() => validateNamespace(bad)))).toBe(true);
  });
  it('rejects names over 76 bytes', () => {
    expect((thrown(() => validateNamespace('a'.repeat(77))) as Error).message).toContain('greater than maximum length (76 characters)');
  });
  it('prefixes request checks with namespace validation', () => {
    expect((thrown(() => validateRequestNamespace('bad ns')) as Error).message).toMatch(/^namespace validation: identifier "bad ns"/);
  });
});

describe('namespace records', () => {
  it('reads never create, writes do', () => {
    const node = makeTestNode();
    expect(getNamespace(node, 'default')).toBeUndefined();
    expect(listNamespaces(node)).toEqual([]);
    ensureNamespace(node, 'default');
    expect(listNamespaces(node)).toEqual(['default']);
    expect(isInvalidArgument(thrown(() => ensureNamespace(node, 'bad ns')))).toBe(true);
  });
  it('creates once, lists in byte order, publishes in the caller namespace', () => {
    const node = makeTestNode();
    createNamespace(node, 'dev');
    createNamespace(node, 'Bad_Name', { a: 'b' });
    expect(isAlreadyExists(thrown(() => createNamespace(node, 'dev')))).toBe(true);
    expect(listNamespaces(node)).toEqual(['Bad_Name', 'dev']);
    expect(node.state.containerd.events.map((e) => [e.namespace, e.topic, e.event])).toEqual([
      ['default', '/namespaces/create', { name: 'dev' }],
      ['default', '/namespaces/create', { name: 'Bad_Name', labels: { a: 'b' } }],
    ]);
  });
  it('sets and clears labels, creating the namespace like containerd 1.6', () => {
    const node = makeTestNode();
    setNamespaceLabel(node, 'dev', 'team', 'web');
    setNamespaceLabel(node, 'dev', 'env', 'prod');
    setNamespaceLabel(node, 'dev', 'team', '');
    expect(getNamespace(node, 'dev')?.labels).toEqual({ env: 'prod' });
    expect((thrown(() => setNamespaceLabel(node, 'dev', '', 'x')) as Error).message).toBe('key required: unknown');
  });
  it('keeps prototype keys as plain data', () => {
    const node = makeTestNode();
    setNamespaceLabel(node, '__proto__', 'constructor', 'x');
    expect(listNamespaces(node)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(node.state.containerd.namespaces)).toBe(Object.prototype);
  });
});

describe('deleteNamespace', () => {
  it('reports a missing namespace as not found', () => {
    expect(isNotFound(thrown(() => deleteNamespace(makeTestNode(), 'missing')))).toBe(true);
  });
  it('refuses a namespace with objects, naming only the kinds present, in order', () => {
    const node = makeTestNode();
    const ns = ensureNamespace(node, 'default');
    ns.snapshots['overlayfs'] = { c1: { kind: 'Active', parent: '', labels: {}, createdAt: '', updatedAt: '', size: 0, inodes: 0 } };
    ns.content['sha256:aa'] = { labels: {}, createdAt: '', updatedAt: '' };
    let err = thrown(() => deleteNamespace(node, 'default'));
    expect(isFailedPrecondition(err)).toBe(true);
    expect((err as Error).message).toBe(
      'namespace "default" must be empty, but it still has blobs, snapshots on "overlayfs" snapshotter: failed precondition',
    );
    ns.snapshots['native'] = { x: { kind: 'Committed', parent: '', labels: {}, createdAt: '', updatedAt: '', size: 0, inodes: 0 } };
    ns.images['img'] = { name: 'img', target: { mediaType: 'm', digest: 'sha256:aa', size: 1 }, labels: {}, createdAt: '', updatedAt: '' };
    ns.containers['c'] = {} as never;
    err = thrown(() => deleteNamespace(node, 'default'));
    expect((err as Error).message).toContain(
      'still has images, blobs, containers, snapshots on "native" snapshotter, snapshots on "overlayfs" snapshotter: failed precondition',
    );
  });
  it('deletes an empty namespace (leases go with it) and publishes inside it', () => {
    const node = makeTestNode();
    ensureNamespace(node, 'dev').leases['l'] = { id: 'l', createdAt: '', labels: {} };
    deleteNamespace(node, 'dev');
    expect(getNamespace(node, 'dev')).toBeUndefined();
    expect(node.state.containerd.events.at(-1)).toMatchObject({ namespace: 'dev', topic: '/namespaces/delete' });
  });
  it('deletes an invalid name made by label, then reports the failed event', () => {
    const node = makeTestNode();
    setNamespaceLabel(node, 'bad ns', 'a', 'b');
    expect((thrown(() => deleteNamespace(node, 'bad ns')) as Error).message).toMatch(
      /^failed publishing event: namespace validation: identifier "bad ns" must match .*: invalid argument: unknown$/,
    );
    expect(getNamespace(node, 'bad ns')).toBeUndefined();
  });
});

describe('utf8ByteLength', () => {
  it('counts as TextEncoder encodes: 1-4 bytes a char, 3 for a lone surrogate', () => {
    for (const text of ['', 'default', 'é', '容器', '😀', 'a\ud800b', '\udc00', 'x\ud83d']) {
      expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
    }
  });
});
