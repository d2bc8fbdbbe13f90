// resolveMounts as D1's create calls it, against what a private real dockerd 20.10.24 gave for
// `docker run -d --name m1 -v v1:/data -v /srv:/srv2:ro -v /anon web` (web: VOLUME /data):
// inspect's Mounts and the OCI spec's mounts (read from the bundle's config.json), and the
// errors of relative and bad specs.

import { describe, expect, it } from 'vitest';
import { exists, rm } from '../../host/vfs';
import { createSession } from '../../shell/session';
import { isDockerdError } from '../errors';
import { releaseMounts, resolveMounts } from './mounts';
import { listVolumes, removeVolume, volumeSize } from './volume-store';

const NOW = Date.UTC(2026, 11, 5, 4, 50, 0);
const ID = 'b649fcc9a9c4b7d936c41db7b6ed9f3d6b7cd286971e7f1941fd920bb9581f95';

function session() {
  const s = createSession({ seed: 11, now: () => NOW });
  s.node.state.dockerd.containers[ID] = {
    id: ID, name: 'm1', image: 'web', imageId: 'f'.repeat(64), created: '2026-12-05T04:50:00Z', path: 'httpd', args: [],
    config: {}, hostConfig: {}, state: { status: 'created', pid: 0, exitCode: 0 }, ipAddress: '', restartCount: 0,
  };
  return s;
}

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    return isDockerdError(err) ? `${err.status} ${err.message}` : String(err);
  }
  return 'no error';
}

describe('resolveMounts', () => {
  it('named, bind and anonymous volumes as a real 20.10.24 mounted them', () => {
    const s = session();
    const { mounts, specMounts } = resolveMounts(s.node, { Binds: ['v1:/data', '/srv:/srv2:ro'] }, { Volumes: { '/data': {} } }, ID, { Volumes: { '/anon': {} } });
    const anon = mounts[2]?.Name ?? '';
    expect(anon).toMatch(/^[0-9a-f]{64}$/);
    expect(mounts).toEqual([
      { Type: 'volume', Name: 'v1', Source: '/var/lib/docker/volumes/v1/_data', Destination: '/data', Driver: 'local', Mode: 'z', RW: true, Propagation: '' },
      { Type: 'bind', Source: '/srv', Destination: '/srv2', Mode: 'ro', RW: false, Propagation: 'rprivate' },
      { Type: 'volume', Name: anon, Source: `/var/lib/docker/volumes/${anon}/_data`, Destination: '/anon', Driver: 'local', Mode: '', RW: true, Propagation: '' },
    ]);
    expect(specMounts).toEqual([
      { destination: '/data', type: 'bind', source: '/var/lib/docker/volumes/v1/_data', options: ['rbind'] },
      { destination: '/srv2', type: 'bind', source: '/srv', options: ['rbind', 'ro', 'rprivate'] },
      { destination: '/anon', type: 'bind', source: `/var/lib/docker/volumes/${anon}/_data`, options: ['rbind'] },
    ]);
    expect(exists(s.node.state.host.files, '/var/lib/docker/volumes/v1/_data')).toBe(true);
    expect(listVolumes(s.node, ['dangling=true'])).toEqual([]);
    expect(errorOf(() => removeVolume(s.node, 'v1'))).toBe(`409 remove v1: volume is in use - [${ID}]`);
    // docker rm -v: the anonymous volume goes, the named one stays (unused now).
    releaseMounts(s.node, ID, true);
    expect(listVolumes(s.node).map((v) => v.Name)).toEqual(['v1']);
    expect(exists(s.node.state.host.files, `/var/lib/docker/volumes/${anon}`)).toBe(false);
  });

  it('bad specs: the daemon errors a real 20.10.24 gave, nothing made', () => {
    const s = session();
    expect(errorOf(() => resolveMounts(s.node, { Binds: ['rel:/x', 'relative/path:/y'] }, {}, ID))).toBe(
      '400 create relative/path: "relative/path" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path',
    );
    expect(listVolumes(s.node)).toEqual([]);
    expect(errorOf(() => resolveMounts(s.node, { Binds: ['/tmp:relative'] }, {}, ID))).toBe(
      `400 invalid volume specification: '/tmp:relative': invalid mount config for type "bind": invalid mount path: 'relative' mount path must be absolute`,
    );
    expect(errorOf(() => resolveMounts(s.node, { Mounts: [{ Type: 'volume', Source: 'v5', Target: '/v5' }, { Type: 'bind', Source: '/nonexist', Target: '/b' }] }, {}, ID))).toBe(
      '400 invalid mount config for type "bind": bind source path does not exist: /nonexist',
    );
    expect(listVolumes(s.node)).toEqual([]);
  });

  it('--mount: volume, bind read-only, tmpfs', () => {
    const s = session();
    const { mounts, specMounts } = resolveMounts(s.node, { Mounts: [{ Type: 'bind', Source: '/tmp', Target: '/b', ReadOnly: true }, { Type: 'volume', Source: 'v5', Target: '/v5' }, { Type: 'tmpfs', Target: '/t' }] }, {}, ID);
    expect(mounts.map((m) => [m.Type, m.Destination, m.Mode, m.RW])).toEqual([
      ['bind', '/b', '', false],
      ['volume', '/v5', 'z', true],
      ['tmpfs', '/t', '', true],
    ]);
    expect(specMounts[0]).toEqual({ destination: '/b', type: 'bind', source: '/tmp', options: ['rbind', 'ro', 'rprivate'] });
  });

  it('an empty volume over image files gets a copy of them (nginx html), once', async () => {
    const s = session();
    await s.run('docker pull nginx:alpine');
    const image = Object.values(s.node.state.dockerd.images)[0];
    resolveMounts(s.node, { Binds: ['html:/usr/share/nginx/html'] }, {}, ID, undefined, image?.diffIds ?? []);
    expect((await s.run('ls /var/lib/docker/volumes/html/_data')).stdout).toBe('50x.html\nindex.html\n');
    expect((await s.run('head -c 15 /var/lib/docker/volumes/html/_data/index.html')).stdout).toBe('<!DOCTYPE html>');
    await s.run('rm /var/lib/docker/volumes/html/_data/50x.html');
    resolveMounts(s.node, { Binds: ['html:/usr/share/nginx/html'] }, {}, ID, undefined, image?.diffIds ?? []);
    expect((await s.run('ls /var/lib/docker/volumes/html/_data')).stdout).toBe('index.html\n');
    resolveMounts(s.node, { Binds: ['bare:/usr/share/nginx/html:nocopy'] }, {}, ID, undefined, image?.diffIds ?? []);
    expect((await s.run('ls /var/lib/docker/volumes/bare/_data')).stdout).toBe('');
  });

  it("copies what the container's rootfs has there, the init layer's files too, and sizes it as directory.Size does", async () => {
    // tests/oracle/docker/scripts/75-fresh-volumes-networks.sh: a volume first mounted at /etc of
    // busybox holds group, hostname, hosts, mtab -> /proc/mounts, passwd and resolv.conf; 113 B.
    const s = session();
    await s.run('docker pull busybox');
    const image = Object.values(s.node.state.dockerd.images)[0];
    resolveMounts(s.node, { Binds: ['etc:/etc'] }, {}, ID, undefined, image?.diffIds ?? []);
    const listed = (await s.run('ls /var/lib/docker/volumes/etc/_data')).stdout.split('\n');
    for (const name of ['hostname', 'hosts', 'mtab', 'resolv.conf']) expect(listed).toContain(name);
    expect((await s.run('readlink /var/lib/docker/volumes/etc/_data/mtab')).stdout).toBe('/proc/mounts\n');
    const withLink = volumeSize(s.node, 'etc');
    rm(s.node.state.host.files, '/var/lib/docker/volumes/etc/_data/mtab');
    expect(withLink - volumeSize(s.node, 'etc')).toBe('/proc/mounts'.length);
  });
});
