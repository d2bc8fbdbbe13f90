import { describe, expect, it } from 'vitest';
import { UsageError } from '../../cli/urfave-exit';
import { captureIO } from '../../cli/test-support';
import { notFound } from '../../errdefs/errdefs';
import { createSimulator } from '../../index';
import { runCtr } from './ctr';
import { stopUnit } from '../../host/systemd';
import { CtrError, printCtrError } from './errors';
import { NotSimulatedError } from '../../cli/not-simulated';

const io = (environ: Record<string, string> = {}) => captureIO({ environ });

const DIAL =
  'ctr: failed to dial "/run/containerd/containerd.sock": context deadline exceeded: connection error: desc = "transport: error while dialing: dial unix:///run/containerd/containerd.sock: timeout"\n';

describe('runCtr', () => {
  it('prints the version for -v and --version', async () => {
    const node = createSimulator({ seed: 1, now: () => 0 });
    const { io: i, out } = io();
    expect(await runCtr(node, ['-v'], i)).toBe(0);
    expect(out()).toBe('ctr github.com/containerd/containerd 1.6.20~ds1\n');
  });

  it('prints client and server blocks for `ctr version`', async () => {
    const node = createSimulator({ seed: 1, now: () => 0 });
    const { io: i, out } = io();
    expect(await runCtr(node, ['version'], i)).toBe(0);
    expect(out()).toBe(
      `Client:\n  Version:  1.6.20~ds1\n  Revision: 1.6.20~ds1-1+deb12u3\n  Go version: go1.19.8\n\n` +
        `Server:\n  Version:  1.6.20~ds1\n  Revision: 1.6.20~ds1-1+deb12u3\n  UUID: ${node.state.containerd.uuid}\n`,
    );
  });

  it('fails to dial while containerd is stopped, after the client block of `version`', async () => {
    const node = createSimulator({ seed: 1, now: () => 0 });
    stopUnit(node, 'containerd');
    const v = io();
    expect(await runCtr(node, ['version'], v.io)).toBe(1);
    expect(v.out()).toMatch(/Go version: go1\.19\.8\n\n$/);
    expect(v.err()).toBe(DIAL);
    const p = io();
    expect(await runCtr(node, ['install', 'x'], p.io)).toBe(1);
    expect(p.err()).toBe(DIAL);
  });

  it('dials the address given with --address or $CONTAINERD_ADDRESS', async () => {
    const node = createSimulator({ seed: 1, now: () => 0 });
    const r = io({ CONTAINERD_ADDRESS: '/tmp/other.sock' });
    expect(await runCtr(node, ['version'], r.io)).toBe(1);
    expect(r.err()).toContain('failed to dial "/tmp/other.sock"');
  });

  it('answers unknown commands and `info` (not in 1.6) with exit 3', async () => {
    const node = createSimulator({ seed: 1, now: () => 0 });
    const r = io();
    expect(await runCtr(node, ['info'], r.io)).toBe(3);
    expect(r.err()).toBe("No help topic for 'info'\n");
  });

  it('install looks the image up first, then fills the managed opt directory', async () => {
    const node = createSimulator({ seed: 1, now: () => 0 });
    const r = io();
    expect(await runCtr(node, ['install', 'x'], r.io)).toBe(1);
    expect(r.err()).toBe('ctr: image "x": not found\n');
    expect(await runCtr(node, ['i', 'pull', 'docker.io/library/busybox:latest'], io().io)).toBe(0);
    expect(await runCtr(node, ['install', 'docker.io/library/busybox:latest'], io().io)).toBe(0);
    expect(node.state.host.files['/opt/containerd/bin/busybox']?.kind).toBe('file');
  });
});

describe('printCtrError', () => {
  it('prefixes typed and plain errors with ctr:', () => {
    for (const err of [notFound('image "x"'), new UsageError('bad'), new CtrError('plain'), new NotSimulatedError('a', 'b')]) {
      const r = io();
      expect(printCtrError(err, r.io)).toBe(1);
      expect(r.err()).toBe(`ctr: ${err.message}\n`);
    }
  });

  it('reports a simulator fault in one line instead of crashing', () => {
    const r = io();
    expect(printCtrError(new TypeError('x is undefined\nstack…'), r.io)).toBe(1);
    expect(r.err()).toBe('ctr: internal simulator error: TypeError: x is undefined\n');
    const s = io();
    printCtrError('weird', s.io);
    expect(s.err()).toBe('ctr: internal simulator error: weird\n');
  });
});
