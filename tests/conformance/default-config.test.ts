// The node's containerd config must be the real `containerd config default` of 1.6.20, byte
// for byte (it is embedded as code because the browser cannot read the reference file).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTAINERD_DEFAULT_CONFIG } from '../../simulator/host/containerd-default-config';

const REFERENCE = join(import.meta.dirname, 'recorded/containerd-1.6.20-config-default.toml');

describe('containerd default config', () => {
  it('equals the reference file', () => {
    expect(CONTAINERD_DEFAULT_CONFIG).toBe(readFileSync(REFERENCE, 'utf8'));
  });
});
