// ctr images list prints image.Size's sum even when the walk failed: `return size, Walk(…)`
// (images/image.go @v1.6.20) reads size after the walk, so an index whose blob was deleted
// still counts its own bytes (fresh set 6206 against the real node: 506.0 B, not 0.0 B).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

describe('ctr images list with a blob gone', () => {
  it('prints the size walked before the missing blob, and logs the error', async () => {
    let t = Date.UTC(2026, 11, 6, 14, 0, 0);
    const s = createSession({ seed: 5, now: () => (t += 7) });
    await s.run('ctr i pull docker.io/library/busybox:latest');
    const target = (await s.run('ctr i ls -q')).stdout.trim();
    const digest = /sha256:[0-9a-f]{64}/.exec((await s.run('ctr i ls')).stdout)?.[0] ?? '';
    // The index's own bytes: 2166, printed as units.HumanSize's 2.1 KiB.
    expect((await s.run(`ctr content get ${digest} | wc -c`)).stdout.trim()).toBe('2166');
    await s.run(`ctr content rm ${digest}`);
    const r = await s.run('ctr i ls');
    expect(target).toBe('docker.io/library/busybox:latest');
    expect(r.stdout).toContain(` 2.1 KiB `);
    expect(r.stderr).toContain(`msg="failed calculating size for image docker.io/library/busybox:latest" error="content digest ${digest}: not found"`);
  });
});
