// nerdctl run builds its whole spec inside NewContainer (containerd.WithSpec with nerdctl's
// SpecOpts, withStop as a container option): the container is stored once, so the node sends
// one /containers/create and no /containers/update.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';
import { subscribeEvents } from '../../../containerd/events/events';

describe('nerdctl run events', () => {
  it('stores the container once', async () => {
    const s = createSession({ seed: 31, now: () => Date.UTC(2026, 11, 6, 2, 0, 0) });
    await s.run('nerdctl pull busybox');
    const topics: string[] = [];
    subscribeEvents(s.node, (e) => topics.push(e.topic), () => true);
    expect((await s.run('nerdctl run -d --name ev --stop-signal SIGINT -m 64m busybox sleep 100')).exitCode).toBe(0);
    expect(topics.filter((t) => t.startsWith('/containers/'))).toEqual(['/containers/create']);
    const id = (await s.run("nerdctl inspect -f '{{.Id}}' ev")).stdout.trim();
    expect((await s.run(`ctr c info ${id}`)).stdout).toContain('"io.containerd.image.config.stop-signal": "SIGINT"');
  });

  it('stores it once with --group-add too: the groups come from the snapshot inside NewContainer', async () => {
    const s = createSession({ seed: 32, now: () => Date.UTC(2026, 11, 6, 4, 0, 0) });
    await s.run('nerdctl pull busybox');
    const topics: string[] = [];
    subscribeEvents(s.node, (e) => topics.push(e.topic), () => true);
    expect((await s.run('nerdctl run -d --name ga --group-add wheel -u 1000:1000 busybox sleep 100')).exitCode).toBe(0);
    expect(topics.filter((t) => t.startsWith('/containers/'))).toEqual(['/containers/create']);
    const id = (await s.run("nerdctl inspect -f '{{.Id}}' ga")).stdout.trim();
    const spec = JSON.parse((await s.run(`ctr c info --spec ${id}`)).stdout) as { process: { user: unknown } };
    expect(spec.process.user).toEqual({ uid: 1000, gid: 1000, additionalGids: [1000, 10] });
  });
});
