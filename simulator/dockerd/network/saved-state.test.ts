// dockerd's network and volume records in the saved state: a node saved before they existed
// (no `network`, no `volumes`) still loads and gets the predefined networks on first use; the
// records the network and volume work make pass the save schema (so a save of them loads).

import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { createSession } from '../../shell/session';
import { DockerdStateSchema } from '../store/schema';
import type { DockerContainerRecord } from '../store/container-record';
import { networkApi } from './api';
import { connectEndpoints } from './endpoints';
import { volumeApi } from '../volumes/api';
import { resolveMounts } from '../volumes/mounts';

const NOW = Date.UTC(2026, 11, 5, 5, 0, 0);

describe('saved dockerd network and volume state', () => {
  it('a save from before has neither and loads; first use makes bridge, host and none', () => {
    const s = createSession({ seed: 4, now: () => NOW });
    const old = { images: {}, references: {}, containers: {} };
    expect(v.safeParse(DockerdStateSchema, old).success).toBe(true);
    s.node.state.dockerd = structuredClone(old);
    expect(networkApi(s.node).list().map((n) => n.Name).sort()).toEqual(['bridge', 'host', 'none']);
    expect(volumeApi(s.node).list()).toEqual([]);
  });

  it('what networks, endpoints, ports and volumes store passes the schema', () => {
    const s = createSession({ seed: 4, now: () => NOW + 123 });
    networkApi(s.node).create({ name: 'n1', labels: { a: 'b' } });
    volumeApi(s.node).create({ name: 'v1', labels: { c: '' } });
    const id = 'c'.repeat(64);
    const record = {
      id, name: 'web', image: 'nginx', imageId: 'f'.repeat(64), created: '2026-12-05T05:00:00Z', path: 'nginx', args: [],
      config: { ExposedPorts: { '80/tcp': {} } }, hostConfig: { NetworkMode: 'n1', PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '' }] }, Binds: ['v1:/data'] },
      state: { status: 'running', pid: 4242, exitCode: 0 }, ipAddress: '', restartCount: 0,
    } as DockerContainerRecord;
    s.node.state.dockerd.containers[id] = record;
    resolveMounts(s.node, record.hostConfig, { Volumes: { '/cache': {} } }, id);
    connectEndpoints(s.node, record);
    networkApi(s.node).connect('bridge', 'web');
    const parsed = v.safeParse(DockerdStateSchema, JSON.parse(JSON.stringify(s.node.state.dockerd)));
    expect(parsed.issues?.map((i) => `${i.path?.map((p) => p.key).join('.')}: ${i.message}`) ?? []).toEqual([]);
  });
});
