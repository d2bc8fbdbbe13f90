// buildctl 0.10.4 (cmd/buildctl@v0.10.4): --version, debug workers (table, -v, the JSON
// nerdctl reads), du and prune, build's own checks, and the connection error of a stopped
// buildkitd.

import { describe, expect, it } from 'vitest';
import { captureIO } from '../../cli/test-support';
import { createSimulator } from '../../index';
import * as vfs from '../../host/vfs';
import { stopUnit } from '../../host/systemd';
import type { Node } from '../../node';
import { runBuildctl } from './buildctl';

const NOW = 1_780_000_000_000;

async function buildctl(n: Node, line: string | readonly string[]): Promise<{ stdout: string; stderr: string; exit: number }> {
  const c = captureIO();
  const exit = await runBuildctl(n, typeof line === 'string' ? line.split(' ') : line, c.io);
  return { stdout: c.out(), stderr: c.err(), exit };
}

function node(): Node {
  return createSimulator({ seed: 5, now: () => NOW });
}

describe('buildctl', () => {
  it('prints its version as cli.VersionPrinter does', async () => {
    expect(await buildctl(node(), '--version')).toEqual({ stdout: 'buildctl github.com/moby/buildkit v0.10.4 a2ba2d8a4c1b4fa4a97ce60c1d7c6bc4a1ddc2df\n', stderr: '', exit: 0 });
  });

  it('lists the OCI worker first (the default) and the containerd worker, with stable ids', async () => {
    const n = node();
    const table = await buildctl(n, 'debug workers');
    const rows = table.stdout.split('\n');
    expect(rows[0]).toBe('ID\t\t\t\tPLATFORMS');
    expect(rows[1]).toMatch(/^[a-z0-9]{25}\tlinux\/amd64,linux\/amd64\/v2,linux\/amd64\/v3,linux\/386$/);
    expect(rows).toHaveLength(4);
    expect((await buildctl(n, 'debug workers')).stdout).toBe(table.stdout);
    const id = rows[1]?.slice(0, 25) ?? '';
    expect(vfs.readFile(n.state.host.files, '/var/lib/buildkit/runc-overlayfs/workerid')).toBe(id);
    const json = JSON.parse((await buildctl(n, ['debug', 'workers', '--format', '{{json .}}'])).stdout) as Array<{ id: string; labels: Record<string, string> }>;
    expect(json.map((w) => w.labels['org.mobyproject.buildkit.worker.executor'])).toEqual(['oci', 'containerd']);
    expect(json[1]?.labels['org.mobyproject.buildkit.worker.containerd.namespace']).toBe('buildkit');
    const verbose = (await buildctl(n, 'debug workers -v')).stdout;
    expect(verbose.split('\n').slice(0, 4)).toEqual([`ID:\t\t${id}`, 'Platforms:\tlinux/amd64,linux/amd64/v2,linux/amd64/v3,linux/386', 'Labels:', '\torg.mobyproject.buildkit.worker.executor:\t\toci']);
  });

  it('fails every call with grpc\'s connection error when buildkitd is stopped', async () => {
    const n = node();
    stopUnit(n, 'buildkit');
    const dial = 'Unavailable: connection error: desc = "transport: error while dialing: dial unix /run/buildkit/buildkitd.sock: connect: no such file or directory"';
    expect(await buildctl(n, 'debug workers')).toEqual({ stdout: '', stderr: `error: failed to list workers: ${dial}\n`, exit: 1 });
    expect((await buildctl(n, 'du')).stderr).toBe(`error: failed to call diskusage: ${dial}\n`);
    expect((await buildctl(n, 'prune')).stderr).toBe(`error: failed to call prune: ${dial}\n`);
    expect((await buildctl(node(), '--addr=unix:///run/buildkit-default/buildkitd.sock debug workers')).stderr).toBe(
      'error: failed to list workers: Unavailable: connection error: desc = "transport: error while dialing: dial unix /run/buildkit-default/buildkitd.sock: connect: no such file or directory"\n',
    );
  });

  it('build checks its frontend and local directories before it asks the daemon', async () => {
    const n = node();
    expect((await buildctl(n, 'build')).stderr).toBe('error: please specify --frontend or pipe LLB definition to stdin\n');
    expect((await buildctl(n, 'build --frontend dockerfile.v0 --local context=nope --local dockerfile=nope')).stderr).toBe(
      'error: could not find nope: stat nope: no such file or directory\n',
    );
  });

  it('builds with the dockerfile frontend into a docker tarball, then du lists the records and prune removes them', async () => {
    const n = node();
    vfs.writeFile(n.state.host.files, '/root/Dockerfile', vfs.textToBinary('FROM busybox\nRUN echo hi > /hi\n'), { mtimeMs: NOW });
    const r = await buildctl(n, ['build', '--frontend', 'dockerfile.v0', '--local', 'context=.', '--local', 'dockerfile=.', '--output', 'type=docker,name=hi:1,dest=/root/hi.tar', '--metadata-file', '/root/meta.json']);
    expect(r.exit).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('#5 [2/2] RUN echo hi > /hi\n#5 DONE 0.1s\n');
    const meta = JSON.parse(vfs.binaryToText(vfs.readFile(n.state.host.files, '/root/meta.json'))) as Record<string, string>;
    expect(Object.keys(meta)).toEqual(['containerimage.config.digest', 'containerimage.digest', 'image.name']);
    expect(meta['image.name']).toBe('docker.io/library/hi:1');
    expect(vfs.readFile(n.state.host.files, '/root/hi.tar').length).toBeGreaterThan(1024);
    const du = (await buildctl(n, 'du')).stdout.split('\n');
    expect(du[0]).toBe(`ID${'\t'.repeat(9)}RECLAIMABLE\tSIZE\tLAST ACCESSED`);
    expect(du.slice(-3)).toEqual([expect.stringMatching(/^Reclaimable:\t[\d.]+[kM]?B$/), expect.stringMatching(/^Total:\t\t[\d.]+[kM]?B$/), '']);
    expect((await buildctl(n, 'prune')).stdout).toMatch(/\nTotal:\t[\d.]+[kM]?B\n$/);
    expect((await buildctl(n, 'du')).stdout).toBe('ID\tRECLAIMABLE\tSIZE\tLAST ACCESSED\nReclaimable:\t0B\nTotal:\t\t0B\n');
  });

  it('refuses to write a tarball to a terminal, and --progress tty without one', async () => {
    const n = node();
    const tty = captureIO({ isTTY: true });
    expect(await runBuildctl(n, ['build', '--frontend', 'dockerfile.v0', '--output', 'type=docker'], tty.io)).toBe(1);
    expect(tty.err()).toBe('error: output file is required for docker exporter. refusing to write to console\n');
    expect((await buildctl(n, ['build', '--progress', 'tty', '--frontend', 'dockerfile.v0'])).stderr).toBe('error: failed to get console: provided file is not a console\n');
  });
});
