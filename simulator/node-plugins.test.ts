// The daemons' code arrives after the node (node-plugins.ts, node-daemon-registry.ts): the
// browser's worker makes its node and prints the first prompt without it, and a session loads
// it before its first line. Each test here starts from fresh module instances, since the test
// setup loads the daemons' code up front (tests/vitest-setup.ts).

import { beforeEach, describe, expect, it, vi } from 'vitest';

const NOW = Date.UTC(2026, 10, 28, 6, 12, 0);

beforeEach(() => {
  vi.resetModules();
});

async function freshModules() {
  const plugins = await import('./node-plugins');
  const { initialNodeState } = await import('./initial-state');
  const { makeNode } = await import('./node');
  const systemd = await import('./host/systemd');
  const scheduler = await import('./host/scheduler');
  const session = await import('./shell/session');
  return { plugins, initialNodeState, makeNode, systemd, scheduler, session };
}

describe("the daemons' code, loaded after the node", () => {
  it('is not there when a node is made: a unit started then has no daemon behind it', async () => {
    const m = await freshModules();
    expect(m.plugins.nodeDaemonsLoaded()).toBe(false);
    const node = m.plugins.installNodePlugins(m.makeNode(m.initialNodeState(7, NOW), () => NOW));
    m.systemd.startUnit(node, 'kubelet');
    // Without its hooks the kubelet's loop never starts: nothing is scheduled.
    expect(m.scheduler.pendingTimers(node)).toBe(0);
  });

  it('reaches a node made before it came, and every node made after', async () => {
    const m = await freshModules();
    const before = m.plugins.installNodePlugins(m.makeNode(m.initialNodeState(7, NOW), () => NOW));
    await m.plugins.loadNodeDaemons();
    expect(m.plugins.nodeDaemonsLoaded()).toBe(true);
    const after = m.plugins.installNodePlugins(m.makeNode(m.initialNodeState(8, NOW), () => NOW));
    for (const node of [before, after]) {
      m.systemd.startUnit(node, 'kubelet');
      expect(node.state.host.timers?.heap.map((t) => t.kind)).toContain('kubelet-loop');
    }
  });

  it("is loaded by a session's first line, before the line runs", async () => {
    const m = await freshModules();
    const session = m.session.createSession({ seed: 7, now: () => NOW });
    // The prompt and a save need no daemon: the state is what it was.
    const saved = JSON.stringify(session.save());
    expect(m.plugins.nodeDaemonsLoaded()).toBe(false);
    const result = await session.run('systemctl start kubelet; systemctl is-active kubelet');
    expect(result.stdout).toBe('active\n');
    expect(m.plugins.nodeDaemonsLoaded()).toBe(true);
    expect(session.node.state.host.timers?.heap.map((t) => t.kind)).toContain('kubelet-loop');
    expect(saved).toBe(JSON.stringify(m.session.createSession({ seed: 7, now: () => NOW }).save()));
  });

  it("meets a saved session's docker containers with dockerd's monitors before its first line", async () => {
    const lines = ['docker run -d --name flaky --restart on-failure:3 busybox sh -c "sleep 1; exit 1"', 'docker run -d --name gone --rm busybox sleep 2'];
    const first = await freshModules();
    const maker = first.session.createSession({ seed: 7, now: () => NOW });
    for (const line of lines) expect((await maker.run(line)).exitCode).toBe(0);
    const saved = maker.save();
    // A minute later, the timers the save holds (exits, restarts, --rm) come due at the first line.
    const later = () => NOW + 60_000;
    const show = 'docker ps -a --format "{{.Names}} {{.Status}}"; docker inspect -f "{{.RestartCount}}" flaky';
    const withCode = await first.session.createSession({ saved, now: later }).run(show);
    vi.resetModules();
    const fresh = await freshModules();
    const restored = fresh.session.createSession({ saved, now: later });
    expect(fresh.plugins.nodeDaemonsLoaded()).toBe(false);
    const result = await restored.run(show);
    expect(result).toEqual(withCode);
    expect(result.stdout).toContain('flaky');
    expect(result.stdout).not.toContain('gone');
    expect(result.stdout.endsWith('\n3\n')).toBe(true);
  });
});
