// Whatever a config file holds, loading it either gives a config or fails with an errdefs error
// carrying Go's text: it never throws anything else (cmd/crictl/util.go:142-168 returns errors).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContainerdError } from '../../../errdefs/errdefs';
import type { Files } from '../../../host/vfs';
import { loadContainerConfig, loadPodSandboxConfig } from './index';

function filesWith(content: string): Files {
  return {
    '/': { kind: 'dir', mode: 0o755, mtimeMs: 0 },
    '/f': { kind: 'file', mode: 0o644, mtimeMs: 0, content },
  } as unknown as Files;
}

const bytes = fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 200 }).map((a) => String.fromCharCode(...a));
const jsonish = fc
  .array(fc.constantFrom('{', '}', '[', ']', '"', ':', ',', 'metadata', 'name', 'attempt', '1', '-1', '1.5', 'true', 'null', ' ', '\n', 'labels', 'a', '\\'), { maxLength: 60 })
  .map((parts) => parts.join(''));
const yamlish = fc
  .array(fc.constantFrom('metadata:', 'name: x', '  ', '\t', '- ', '\n', '---', 'labels:', 'a: 1', '[', ']', '{', '}', '&a', '*a', '<<: *a', 'yes', '"', "'", '#'), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('config loading never throws past its errors', () => {
  it('holds for random bytes, JSON-ish and YAML-ish text', () => {
    fc.assert(
      fc.property(fc.oneof(bytes, jsonish, yamlish), (content) => {
        for (const load of [loadPodSandboxConfig, loadContainerConfig]) {
          try {
            const config = load({ files: filesWith(content), cwd: '/' }, 'f');
            expect(typeof config).toBe('object');
          } catch (err) {
            expect(err).toBeInstanceOf(ContainerdError);
          }
        }
      }),
      { numRuns: 400, seed: 9 },
    );
  });
});
