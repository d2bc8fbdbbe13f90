import { describe, expect, it } from 'vitest';
import { createSession } from '../../simulator/index';
import { labView, watchLine } from './lab-view';

const now = () => Date.UTC(2026, 10, 28, 5, 15, 0);

async function line(session: ReturnType<typeof createSession>, text: string) {
  const done = watchLine(session.node);
  const result = await session.run(text);
  done();
  expect(result.exitCode, text).toBe(0);
}

describe('labView', () => {
  it('records paths only once the panel asked, marks what the last line did, and keeps the marks while an object is selected', async () => {
    const s = createSession({ seed: 4, now });
    await line(s, 'ctr i pull docker.io/library/busybox:latest');
    const first = labView(s.node);
    expect(first.path).toEqual([]);
    expect(first.diff.created).toEqual([]);
    await line(s, 'ctr run -d docker.io/library/busybox:latest c1 sleep 100');
    const after = labView(s.node);
    expect(after.path).toEqual(['ctr', 'containerd', 'shim', 'runc']);
    expect(after.diff.created).toContain('ns/default/container/c1/task');
    const selected = labView(s.node, { kind: 'container', namespace: 'default', key: 'c1' });
    expect(selected.diff).toEqual(after.diff);
    expect(selected.info).toContain('"ID": "c1"');
  });
});
