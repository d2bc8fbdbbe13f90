// A node saved before dockerd had a layer store (no `layers`, image records without
// configText/parent) still loads, and the image commands work on its images: history sizes
// what it cannot find as 0B, save rebuilds the config the way dockerd marshals one.

import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { createSession } from '../../shell/session';
import { DockerdStateSchema } from './schema';

describe('dockerd state saved before the layer store', () => {
  it('passes the schema without layers, configText or parent', () => {
    const image = {
      id: 'a'.repeat(64),
      config: { architecture: 'amd64', os: 'linux', created: '2024-01-01T00:00:00Z', rootfs: { type: 'layers', diff_ids: [`sha256:${'b'.repeat(64)}`] } },
      created: '2024-01-01T00:00:00Z',
      size: 10,
      diffIds: [`sha256:${'b'.repeat(64)}`],
      repoDigests: [],
    };
    const result = v.safeParse(DockerdStateSchema, { images: { [image.id]: image }, references: { 'docker.io/library/old:1': image.id }, containers: {} });
    expect(result.success).toBe(true);
  });

  it('history, save and rmi work on such an image', async () => {
    const s = createSession({ seed: 2 });
    const id = 'a'.repeat(64);
    s.node.state.dockerd.images[id] = {
      id,
      config: { architecture: 'amd64', os: 'linux', created: '2024-01-01T00:00:00Z', history: [{ created: '2024-01-01T00:00:00Z', created_by: 'x' }], rootfs: { type: 'layers', diff_ids: [`sha256:${'b'.repeat(64)}`] } },
      created: '2024-01-01T00:00:00Z',
      size: 10,
      diffIds: [`sha256:${'b'.repeat(64)}`],
      repoDigests: [],
    };
    s.node.state.dockerd.references['docker.io/library/old:1'] = id;
    delete s.node.state.dockerd.layers;
    expect((await s.run('docker history --format "{{.ID}} {{.Size}}" old:1')).stdout).toBe('aaaaaaaaaaaa 0B\n');
    expect((await s.run('docker save old:1 | tar tf - | grep -c layer.tar')).stdout).toBe('1\n');
    expect((await s.run('docker rmi old:1')).exitCode).toBe(0);
  });
});
