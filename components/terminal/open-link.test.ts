import { describe, expect, it } from 'vitest';
import { safeLinkTarget } from './open-link';

describe('safeLinkTarget', () => {
  it('opens http and https URLs only', () => {
    expect(safeLinkTarget('https://github.com/containerd/nerdctl/releases')).toBe(
      'https://github.com/containerd/nerdctl/releases',
    );
    expect(safeLinkTarget('http://10.88.0.2/')).toBe('http://10.88.0.2/');
    expect(safeLinkTarget('javascript:alert(1)')).toBeNull();
    expect(safeLinkTarget('data:text/html,<script>')).toBeNull();
    expect(safeLinkTarget('not a url')).toBeNull();
  });
});
