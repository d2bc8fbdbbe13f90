import { describe, expect, it } from 'vitest';
import { captureIO } from '../../../cli/test-support';
import { makeImagesNode } from '../../../containerd/images/test-support';
import { runCtr } from '../ctr';
import { ctr } from '../ctr-test-support';

describe('ctr images pull and push against the catalogue', () => {
  it('prints the final progress frame through a pipe, then unpacking and done', async () => {
    const node = makeImagesNode({ online: true });
    const r = await ctr(node, '-n k8s.io images pull registry.k8s.io/pause:3.6');
    expect(r.exit).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^registry\.k8s\.io\/pause:3\.6: +resolved +\|\x1b\[32m\+{38}\x1b\[0m\| $/);
    expect(lines[1]).toMatch(/^index-sha256:[0-9a-f]{64}: +done +\|/);
    expect(lines.find((l) => l.startsWith('elapsed: '))).toMatch(/^elapsed: \d+\.\d\s*s +total: +[\d. ]+\S* \(.*\/s\) +$/);
    expect(lines).toContain(`unpacking linux/amd64 ${node.state.containerd.namespaces['k8s.io']?.images['registry.k8s.io/pause:3.6']?.target.digest}...`);
    expect(lines[lines.length - 2]).toMatch(/^done: [\d.]+(ms|s)\t$/);
    expect((await ctr(node, '-n k8s.io i ls -q')).stdout.split('\n')).toHaveLength(3);
  });

  it('redraws on a terminal with cursor-up/clear-line sequences', async () => {
    const node = makeImagesNode({ online: true });
    let paced = 0;
    const { io, out } = captureIO({ isTTY: true, io: { pace: async (ms) => void (paced += ms) } });
    expect(await runCtr(node, ['images', 'pull', 'docker.io/library/busybox:latest'], io)).toBe(0);
    expect(out()).toContain('\x1b[1A\x1b[2K\r');
    expect(out()).toContain('resolving');
    expect(paced).toBeGreaterThanOrEqual(300);
  });

  it('pushes to harbor with credentials and pulls the result back', async () => {
    const node = makeImagesNode({ online: true });
    await ctr(node, 'images pull docker.io/library/alpine:latest');
    await ctr(node, 'images tag docker.io/library/alpine:latest harbor.mydomain.com/k8s/alpine:1');
    const push = await ctr(node, 'images push --platform linux/amd64 --skip-verify --user admin:Harbor12345 harbor.mydomain.com/k8s/alpine:1');
    expect(push.stderr).toBe('');
    expect(push.stdout).toMatch(/config-sha256:[0-9a-f]{64}: +done /);
    await ctr(node, 'images rm harbor.mydomain.com/k8s/alpine:1');
    const pull = await ctr(node, 'images pull --user admin:Harbor12345 --tlscacert /etc/containerd/harbor.mydomain.com/ca.crt harbor.mydomain.com/k8s/alpine:1');
    expect(pull.exit).toBe(0);
  });
});
