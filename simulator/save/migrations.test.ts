// Every earlier save version restores: fixtures/ holds saves written by the old code itself
// (fixtures/README.md), each of which migrates to the current version, passes today's checks
// and runs commands on the node it held.

import { describe, expect, it } from 'vitest';
import { STATE_VERSION } from '../node';
import { createSession } from '../shell/session';
import { restoreSaved } from '../shell/saved-session';
import { migrateNodeTree } from './migrations';

declare global {
  interface ImportMeta {
    glob(pattern: string, options: { eager: true; import: 'default' }): Record<string, unknown>;
  }
}

const FIXTURES = import.meta.glob('./fixtures/saved-*.json', { eager: true, import: 'default' });
const NOW = () => Date.UTC(2026, 11, 4, 20, 0, 0);

describe('saves of every earlier version', () => {
  it('are all here (one per version of the code that wrote a different tree)', () => {
    expect(Object.keys(FIXTURES).length).toBeGreaterThanOrEqual(3);
  });

  for (const [name, saved] of Object.entries(FIXTURES)) {
    it(`${name} migrates, passes today's checks and runs`, async () => {
      const old = (saved as { node: { version: number } }).node.version;
      expect(old).toBeLessThan(STATE_VERSION);
      const restored = restoreSaved(structuredClone(saved));
      expect(restored?.node.version).toBe(STATE_VERSION);
      const session = createSession({ saved: structuredClone(saved), rejectDamagedSave: true, now: NOW });
      expect(session.prompt()).toBe('root@node1:/tmp/work# ');
      // A save may hold a stopped containerd (saved-86cdf58); starting a running one does nothing.
      const ls = await session.run('systemctl start containerd; ctr c ls -q; cat /root/notes.txt; echo $STAGE');
      expect(ls.exitCode).toBe(0);
      expect(ls.stdout.endsWith('hello\nlab\n')).toBe(true);
    });
  }

  describe('version 2 → 3', () => {
    const v2 = FIXTURES['./fixtures/saved-86cdf58.json'] as { node: Record<string, any> };

    it('gives the host the mount table and keeps whether containerd runs in its unit alone', () => {
      const tree = migrateNodeTree(structuredClone(v2.node)) as Record<string, any>;
      expect(tree.version).toBe(STATE_VERSION);
      expect(tree.host.mounts).toEqual(v2.node.containerd.imageMounts);
      expect(Object.keys(tree.containerd)).not.toContain('imageMounts');
      expect(Object.keys(tree.containerd)).not.toContain('running');
      expect(tree.host.units.containerd.active).toBe(false);
    });

    it("decides by the old flag where it and the unit disagree: the flag is what ctr's dial obeyed", () => {
      const up = structuredClone(v2.node);
      up.containerd.running = true;
      expect((migrateNodeTree(up) as Record<string, any>).host.units.containerd.active).toBe(true);
      const down = structuredClone(v2.node);
      down.host.units.containerd = { installed: true, enabled: true, active: true, mainPid: 4242 };
      expect((migrateNodeTree(down) as Record<string, any>).host.units.containerd).toEqual({ installed: true, enabled: true, active: false });
    });

    it('restores a mounted image and a stopped containerd that behave as they did', async () => {
      const session = createSession({ saved: structuredClone(v2), rejectDamagedSave: true, now: NOW });
      const down = await session.run('systemctl is-active containerd; ctr version');
      expect(down.exitCode).toBe(1);
      expect(down.stdout).toBe('inactive\nClient:\n  Version:  1.6.20~ds1\n  Revision: 1.6.20~ds1-1+deb12u3\n  Go version: go1.19.8\n\n');
      expect(down.stderr).toBe(
        'ctr: failed to dial "/run/containerd/containerd.sock": context deadline exceeded: connection error: desc = "transport: error while dialing: dial unix:///run/containerd/containerd.sock: timeout"\n',
      );
      const mounted = await session.run('ls /mnt/nginx/etc/nginx/nginx.conf');
      expect(mounted.stdout).toBe('/mnt/nginx/etc/nginx/nginx.conf\n');
      const up = await session.run('systemctl start containerd; ctr i unmount /mnt/nginx; ls -A /mnt/nginx');
      expect([up.exitCode, up.stdout, up.stderr]).toEqual([0, '/mnt/nginx\n', '']);
    });
  });

  describe('version 3 → 4', () => {
    const v3 = FIXTURES['./fixtures/saved-92c46d7.json'] as { node: Record<string, any> };

    it('gives the node empty CRI records, a CNI config and the kubelet, and keeps everything it had', () => {
      const tree = migrateNodeTree(structuredClone(v3.node)) as Record<string, any>;
      expect(tree.version).toBe(STATE_VERSION);
      expect(tree.cri).toEqual({ sandboxes: {}, containers: {} });
      expect(tree.host.units.kubelet).toEqual({ installed: true, enabled: false, active: false });
      expect(tree.host.units.containerd).toEqual(v3.node.host.units.containerd);
      expect(tree.host.files['/etc/cni/net.d/10-containerd-net.conflist'].content).toContain('10.88.0.0/16');
      expect(tree.host.files['/etc/kubernetes/manifests'].kind).toBe('dir');
      for (const [path, entry] of Object.entries(v3.node.host.files)) expect(tree.host.files[path]).toEqual(entry);
      const { version: _a, cri: _b, host: _h, dockerd: _k, ...rest } = tree;
      const { version: _c, host: _d, ...old } = v3.node;
      expect(rest).toEqual(old);
    });

    it('runs the notes\' crictl pod on the upgraded node', async () => {
      const session = createSession({ saved: structuredClone(v3), rejectDamagedSave: true, now: NOW });
      const pod = '{"metadata":{"name":"p","namespace":"default","uid":"u1"},"log_directory":"/tmp"}';
      const r = await session.run(`systemctl start containerd; echo '${pod}' > /tmp/p.json; crictl -r unix:///run/containerd/containerd.sock runp /tmp/p.json`);
      expect([r.exitCode, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toMatch(/^[0-9a-f]{64}\n$/);
      expect((await session.run('systemctl is-enabled kubelet')).stdout).toBe('disabled\n');
    });
  });

  describe('version 4 → 5', () => {
    const v4 = FIXTURES['./fixtures/saved-6745cae.json'] as { node: Record<string, any> };

    it('gives the node empty dockerd records and the docker unit, and keeps everything it had', () => {
      const tree = migrateNodeTree(structuredClone(v4.node)) as Record<string, any>;
      expect(tree.version).toBe(STATE_VERSION);
      expect(tree.dockerd).toEqual({ images: {}, references: {}, containers: {} });
      // The save's containerd is stopped, and docker.service Requires= it: installed, not running.
      expect(tree.host.units.docker).toEqual({ installed: true, enabled: true, active: false });
      const { version: _a, dockerd: _b, host: _h, ...rest } = tree;
      const { version: _c, host: _d, ...old } = v4.node;
      expect(rest).toEqual(old);
      // Files are only added (version 6's package files, below); every old one is kept.
      const { units: _u, files, ...hostRest } = tree.host;
      const { units: _w, files: oldFiles, ...oldHost } = v4.node.host;
      expect(hostRest).toEqual(oldHost);
      for (const [path, entry] of Object.entries(oldFiles)) expect(files[path]).toEqual(entry);
    });

    it("installs the notes' nerdctl-full and BuildKit on a node from before them, replacing nothing", () => {
      const v3 = FIXTURES['./fixtures/saved-92c46d7.json'] as { node: Record<string, any> };
      const old = structuredClone(v3.node);
      old.host.files['/usr/local/bin/nerdctl'] = { kind: 'file', content: 'mine', mode: 0o755, mtimeMs: 0 };
      const tree = migrateNodeTree(old) as Record<string, any>;
      expect(tree.host.files['/usr/local/bin/nerdctl'].content).toBe('mine');
      expect(tree.host.files['/usr/local/bin/buildctl']).toBeDefined();
      expect(tree.host.files['/etc/systemd/system/buildkit.service']).toBeDefined();
      expect(tree.host.units.buildkit).toEqual({ installed: true, enabled: true, active: true, mainPid: 735 });
    });

    it('runs nerdctl and buildctl on a node upgraded from before them', async () => {
      const v3 = FIXTURES['./fixtures/saved-92c46d7.json'];
      const session = createSession({ saved: structuredClone(v3), rejectDamagedSave: true, now: NOW });
      const r = await session.run('systemctl start containerd; which nerdctl; nerdctl namespace ls -q >/dev/null; buildctl debug workers | head -1');
      expect([r.exitCode, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toBe('/usr/local/bin/nerdctl\nID\t\t\t\tPLATFORMS\n');
    });

    it('starts docker on a node whose containerd ran', () => {
      const up = structuredClone(v4.node);
      up.host.units.containerd = { installed: true, enabled: true, active: true };
      expect((migrateNodeTree(up) as Record<string, any>).host.units.docker).toEqual({ installed: true, enabled: true, active: true, mainPid: 790 });
    });

    it('runs docker on the upgraded node once its daemons are started', async () => {
      const session = createSession({ saved: structuredClone(v4), rejectDamagedSave: true, now: NOW });
      const down = await session.run('docker ps');
      expect([down.exitCode, down.stderr]).toEqual([1, 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n']);
      const r = await session.run('systemctl start containerd docker; docker ps; docker images');
      expect([r.exitCode, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toBe('CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\nREPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n');
    });
  });

  describe('version 5 → 6', () => {
    const v5 = FIXTURES['./fixtures/saved-0b6b1e5.json'] as { node: Record<string, any> };

    it("gives the node docker.io's files and dpkg's records, and crictl, and keeps everything it had", () => {
      const tree = migrateNodeTree(structuredClone(v5.node)) as Record<string, any>;
      expect(tree.version).toBe(STATE_VERSION);
      expect(tree.host.files['/usr/bin/docker'].size).toBe(45_582_984);
      expect(tree.host.files['/usr/bin/crictl'].mode).toBe(0o755);
      expect(tree.host.files['/var/lib/dpkg/status'].content).toContain('Package: docker.io\nStatus: install ok installed\n');
      for (const [path, entry] of Object.entries(v5.node.host.files)) expect(tree.host.files[path]).toEqual(entry);
      const { version: _a, host: { files: _f, ...host }, ...rest } = tree;
      const { version: _c, host: { files: _g, ...oldHost }, ...old } = v5.node;
      expect([rest, host]).toEqual([old, oldHost]);
    });

    it('keeps a file of the learner\'s own where the step would put one', () => {
      const old = structuredClone(v5.node);
      old.host.files['/usr/bin/crictl'] = { kind: 'file', content: 'mine', mode: 0o755, mtimeMs: 0 };
      expect((migrateNodeTree(old) as Record<string, any>).host.files['/usr/bin/crictl'].content).toBe('mine');
    });

    it('has docker and crictl on the upgraded node, and apt can take docker.io away', async () => {
      const session = createSession({ saved: structuredClone(v5), rejectDamagedSave: true, now: NOW });
      const r = await session.run('systemctl start containerd docker; which docker crictl; docker ps; crictl --version');
      expect([r.exitCode, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toBe('/usr/bin/docker\n/usr/bin/crictl\nCONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\ncrictl version v1.26.0\n');
      expect((await session.run('apt-get purge -y docker.io >/dev/null; docker ps')).stderr).toBe('bash: docker: command not found\n');
    });
  });

  it('leaves a tree of an unknown version as it is, for the checks to refuse', () => {
    const future = { version: STATE_VERSION + 1, host: {} };
    expect(migrateNodeTree(future)).toBe(future);
    expect(migrateNodeTree({ version: 0 })).toEqual({ version: 0 });
    expect(migrateNodeTree('junk')).toBe('junk');
  });
});
