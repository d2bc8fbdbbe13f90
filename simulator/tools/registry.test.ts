import { describe, expect, it } from 'vitest';
import { unitDefinition } from '../host/systemd';
import { NODE_TOOLS } from './registry';

describe('the node’s tools', () => {
  it('are ctr, crictl, nerdctl, buildctl, docker, docker.io\'s dockerd and docker-init, runc and containerd', () => {
    expect(NODE_TOOLS.map((t) => [t.name, t.path, t.unit])).toEqual([
      ['ctr', '/usr/bin/ctr', 'containerd'],
      ['crictl', '/usr/bin/crictl', 'containerd'],
      ['nerdctl', '/usr/local/bin/nerdctl', 'containerd'],
      ['buildctl', '/usr/local/bin/buildctl', 'buildkit'],
      ['docker', '/usr/bin/docker', 'docker'],
      ['dockerd', '/usr/sbin/dockerd', undefined],
      ['docker-init', '/usr/bin/docker-init', undefined],
      ['runc', '/usr/bin/runc', undefined],
      ['containerd', '/usr/bin/containerd', undefined],
    ]);
  });

  it('have one entry per name, each talking to a declared unit', () => {
    expect(new Set(NODE_TOOLS.map((t) => t.name)).size).toBe(NODE_TOOLS.length);
    for (const tool of NODE_TOOLS) if (tool.unit) expect(unitDefinition(tool.unit)).toBeDefined();
  });
});
