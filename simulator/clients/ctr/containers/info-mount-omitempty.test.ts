// specs.Mount's type and source are omitempty: `--mount src=/tmp,dst=/x` shows no "type" in
// `ctr c info` (fresh set 6207 against the real node).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

describe('ctr c info of a --mount without a type', () => {
  it('leaves out the empty type, keeps the destination and source', async () => {
    let t = Date.UTC(2026, 11, 6, 14, 0, 0);
    const s = createSession({ seed: 5, now: () => (t += 7) });
    await s.run('ctr i pull docker.io/library/busybox:latest');
    await s.run('ctr c create --mount src=/tmp,dst=/x docker.io/library/busybox:latest c3 true');
    const spec = (await s.run('ctr c info c3 --spec')).stdout;
    expect(spec).toContain('        {\n            "destination": "/x",\n            "source": "/tmp"\n        }\n');
    expect((await s.run('ctr c info c3')).stdout).toContain('"destination": "/x",\n                "source": "/tmp"\n');
  });
});
