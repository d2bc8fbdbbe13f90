import { describe, expect, it } from 'vitest';
import { familiarDockerRef, normalizeDockerRef } from './docker-ref';

const DIGEST = `sha256:${'4'.repeat(64)}`;

describe('docker references', () => {
  it('normalize familiar names', () => {
    expect(normalizeDockerRef('nginx:alpine')).toEqual({ name: 'docker.io/library/nginx:alpine', tag: 'alpine' });
    expect(normalizeDockerRef('localhost:5000/a/b').name).toBe('localhost:5000/a/b:latest');
  });

  it('give the RepoTags an export writes, as checked on a real node', () => {
    expect(familiarDockerRef('docker.io/library/busybox:latest')).toBe('busybox:latest');
    expect(familiarDockerRef('plain-no-tag')).toBe('plain-no-tag:latest');
    expect(familiarDockerRef(`x@${DIGEST}`)).toBe(`x@${DIGEST}`);
    expect(familiarDockerRef('localhost:5000/a/b')).toBe('localhost:5000/a/b:latest');
    expect(familiarDockerRef('bad ref')).toBeUndefined();
    expect(familiarDockerRef('Upper/case')).toBeUndefined();
  });
});
