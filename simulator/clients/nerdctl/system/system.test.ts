// nerdctl 0.22.2's version, info, events and system prune (cmd/nerdctl/version.go, info.go,
// events.go, system_prune.go and pkg/infoutil@v0.22.2) on node1.

import { describe, expect, it } from 'vitest';
import { connect } from '../../../containerd/client/index';
import * as vfs from '../../../host/vfs';
import { freshNode, nerdctl } from '../nerdctl-test-support';
import { bytesSize } from './info';

const fatal = (msg: string) => `time="2026-05-28T20:26:40Z" level=fatal msg="${msg.replace(/"/g, '\\"')}"\n`;
const warn = (msg: string) => `time="2026-05-28T20:26:40Z" level=warning msg="${msg.replace(/"/g, '\\"')}"\n`;

const CLIENT =
  'Client:\n Version:\tv0.22.2\n OS/Arch:\tlinux/amd64\n Git commit:\t2899222cb0715f1e5ffe356d10c3439ee8ee3ba4\n' +
  ' buildctl:\n  Version:\tv0.10.4\n  GitCommit:\ta2ba6869363812a210fcc3ded6926757ab780b5f\n';
const SERVER =
  '\nServer:\n containerd:\n  Version:\t1.6.20~ds1\n  GitCommit:\t1.6.20~ds1-1+deb12u3\n runc:\n  Version:\t1.1.5+ds1\n  GitCommit:\t1.1.5+ds1-1+deb12u1\n';

describe('nerdctl version', () => {
  it('prints Client with buildctl v0.10.4 and Server with the node containerd and runc', async () => {
    expect(await nerdctl(freshNode(), 'version')).toEqual({ stdout: CLIENT + SERVER, stderr: '', exit: 0 });
  });

  it('prints the Client block, then fails, when containerd is down', async () => {
    const node = freshNode();
    const unit = node.state.host.units.containerd;
    if (!unit) throw new Error('no containerd unit');
    unit.active = false;
    const r = await nerdctl(node, 'version');
    expect(r.exit).toBe(1);
    expect(r.stdout).toBe(CLIENT);
    expect(r.stderr).toBe(fatal('cannot access containerd socket "/run/containerd/containerd.sock": no such file or directory'));
  });

  it('names the bundle buildctl v0.10.3, and warns "builctl" (sic) when there is none', async () => {
    const node = freshNode();
    const files = node.state.host.files;
    const buildctl = files['/usr/local/bin/buildctl'];
    if (!buildctl) throw new Error('node1 has no buildctl');
    buildctl.size = 21_606_400;
    expect((await nerdctl(node, 'version')).stdout).toContain(' buildctl:\n  Version:\tv0.10.3\n  GitCommit:\tc8d25d9a103b70dc300a4fd55e7e576472284e31\n');
    vfs.rm(files, '/usr/local/bin/buildctl');
    const r = await nerdctl(node, 'version');
    expect(r.stderr).toBe(warn('unable to determine buildctl version: exec: "buildctl": executable file not found in $PATH'));
    expect(r.stdout).toContain(' Git commit:\t2899222cb0715f1e5ffe356d10c3439ee8ee3ba4\n builctl:\n  Version:\t\n\nServer:\n');
  });
});

describe('nerdctl info', () => {
  it('prints the dockercompat view of node1, a blank line last', async () => {
    const node = freshNode();
    const uuid = connect(node).introspection.serverUuid();
    const expected =
      'Client:\n Namespace:\tdefault\n Debug Mode:\tfalse\n\nServer:\n Server Version: 1.6.20~ds1\n Storage Driver: overlayfs\n' +
      ' Logging Driver: json-file\n Cgroup Driver: cgroupfs\n Cgroup Version: 1\n Plugins:\n  Log: fluentd journald json-file\n' +
      '  Storage: native overlayfs\n Security Options:\n  seccomp\n   Profile: default\n Kernel Version: 6.1.0-28-amd64\n' +
      ' Operating System: Debian GNU/Linux 12 (bookworm)\n OSType: linux\n Architecture: x86_64\n CPUs: 2\n Total Memory: 23.54GiB\n' +
      ` Name: node1\n ID: ${uuid}\n\n`;
    expect(await nerdctl(node, 'info')).toEqual({ stdout: expected, stderr: '', exit: 0 });
    expect((await nerdctl(node, 'system info')).stdout).toBe(expected);
    expect((await nerdctl(node, '-n k8s.io info')).stdout).toContain(' Namespace:\tk8s.io\n');
  });

  it('native mode: namespace, snapshotter, containerd and its plugins', async () => {
    const r = await nerdctl(freshNode(), 'info --mode native');
    expect(r.stdout).toMatch(/^Namespace: {10}default\nSnapshotter: {8}overlayfs\nCgroup Manager: {5}cgroupfs\nRootless: {11}false\n/);
    expect(r.stdout).toContain('containerd Version: 1.6.20~ds1 (1.6.20~ds1-1+deb12u3)\n');
    expect(r.stdout).toContain(' - io.containerd.snapshotter.v1.overlayfs\n');
    expect(r.stdout).toMatch(/containerd Plugins \(disabled\):\n(?: - .*\n)* - io\.containerd\.snapshotter\.v1\.devmapper\n/);
    expect((await nerdctl(freshNode(), 'info --mode x')).stderr).toBe(fatal('unknown mode "x"'));
  });

  it('sizes memory as go-units BytesSize', () => {
    expect(bytesSize(25_278_013_440)).toBe('23.54GiB');
    expect(bytesSize(1024)).toBe('1KiB');
    expect(bytesSize(512)).toBe('512B');
  });
});

describe('nerdctl system prune', () => {
  it('does nothing without -a, only warns', async () => {
    expect(await nerdctl(freshNode(), 'system prune')).toEqual({
      stdout: '',
      stderr: warn('Currently, `nerdctl system prune` requires --all to be specified. Skip pruning.'),
      exit: 0,
    });
  });

  it('asks with the volumes line only for --volumes, then prunes networks, volumes, images', async () => {
    const node = freshNode();
    const head = 'WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n';
    const tail = '  - all images without at least one container associated to them\n\nAre you sure you want to continue? [y/N] ';
    expect((await nerdctl(node, 'system prune -a')).stdout).toBe(head + tail);
    expect((await nerdctl(node, 'system prune -a --volumes')).stdout).toBe(`${head}  - all volumes not used by at least one container\n${tail}`);
    await nerdctl(node, 'volume create v1');
    await nerdctl(node, 'network create n1');
    const r = await nerdctl(node, 'system prune -a --volumes', { stdin: 'y\n' });
    expect(r.stdout).toBe(`${head}  - all volumes not used by at least one container\n${tail}Deleted Networks:\nbridge\nn1\n\nDeleted Volumes:\nv1\n\n`);
    expect((await nerdctl(node, 'volume ls -q')).stdout).toBe('');
  });
});

describe('nerdctl events', () => {
  it('off a terminal prints what arrived and says the endless wait is not simulated', async () => {
    const r = await nerdctl(freshNode(), 'events');
    expect(r.exit).toBe(1);
    expect(r.stderr).toContain('waiting for new events is not simulated here');
    expect((await nerdctl(freshNode(), 'events --format raw')).stderr).toBe(fatal('unsupported format: "raw", "table", and "wide"'));
  });
});

describe('--format over the Go types', () => {
  it('version, info, network ls and inspect carry their Go type names and maps', async () => {
    const node = freshNode();
    expect((await nerdctl(node, ['version', '--format', '{{.Client.Version}} {{(index .Server.Components 0).Details}}'])).stdout).toBe(
      'v0.22.2 map[GitCommit:1.6.20~ds1-1+deb12u3]\n',
    );
    expect((await nerdctl(node, ['info', '-f', '{{.Name}} {{.NCPU}} {{.Plugins.Storage}}'])).stdout).toBe('node1 2 [native overlayfs]\n');
    expect((await nerdctl(node, ['network', 'ls', '--format', '{{.Nope}}'])).stderr).toBe(
      fatal('template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type main.networkPrintable'),
    );
    expect((await nerdctl(node, ['network', 'inspect', '-f', '{{.IPAM}} {{.Labels}}', 'bridge'])).stdout).toBe('{[{10.4.0.0/24 10.4.0.1}]} map[]\n');
  });
});
