// `crictl stats` against cmd/crictl/container_stats.go@v1.26.0: two samples `--seconds` apart,
// the screen cleared, then CONTAINER CPU % MEM DISK INODES (display.go:27-45); -o json prints
// the first sample's ListContainerStatsResponse.

import { describe, expect, it } from 'vitest';
import { containersSession, createIn } from './test-support';

describe('crictl stats', () => {
  it('a running container gets a row; an exited one is left out without -a', async () => {
    const { run } = await containersSession();
    const id = await createIn(run);
    await run(`crictl start ${id}`);
    const r = await run('crictl stats');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('\u001b[2J\u001b[HCONTAINER           CPU %               MEM                 DISK                INODES');
    expect(lines[1]).toMatch(new RegExp(`^${id.slice(0, 13)}       \\d+\\.\\d\\d +[\\d.]+[kMG]?B +[\\d.]+[kMG]?B +\\d+$`));
    await run(`crictl stop ${id}`);
    expect((await run('crictl stats')).out.split('\n')[1]).toBe('');
  });

  it('-o json is the response message; a bad label is crictl own error', async () => {
    const { run } = await containersSession();
    const id = await createIn(run);
    await run(`crictl start ${id}`);
    const json = JSON.parse((await run(`crictl stats -o json ${id.slice(0, 5)}`)).out);
    expect(json.stats[0].attributes.id).toBe(id);
    expect(json.stats[0].writableLayer.fsId.mountpoint).toBe('/var/lib/containerd/io.containerd.snapshotter.v1.overlayfs');
    const bad = await run('crictl stats --label x');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('level=fatal msg="incorrectly specified label: x"');
  });

  it('-w without a watching terminal says it is not simulated', async () => {
    const { run } = await containersSession();
    const r = await run('crictl stats -w');
    expect(r.code).toBe(1);
    expect(r.err).toContain('crictl stats -w, which redraws until Ctrl-C, is not simulated here');
  });
});
