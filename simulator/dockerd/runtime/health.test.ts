// Health checks as states, driven by the node's clock (moby v20.10.24 daemon/health.go).

import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { createSession } from '../../index';
import { DockerdStateSchema } from '../store/schema';

async function session() {
  let now = Date.UTC(2026, 11, 5, 8, 0, 0);
  const s = createSession({ seed: 29, now: () => now });
  await s.run('docker pull busybox');
  const run = async (line: string) => (await s.run(line)).stdout;
  /** Moves the clock on and lets the due timers run (a command runs them). */
  const after = async (seconds: number) => {
    now += seconds * 1000;
    await s.run('true');
  };
  return { run, after, node: s.node };
}

describe('health checks', () => {
  it('starting, then healthy or unhealthy after Retries failures; ps, inspect and the health filter show it', async () => {
    const { run, after } = await session();
    await run('docker run -d --name h1 --health-cmd "test -e /tmp/ok" --health-interval 1s --health-retries 2 busybox sleep 3600');
    await after(0.1);
    await run('docker run -d --name h2 --health-cmd "echo fine" --health-interval 1s busybox sleep 3600');
    await after(0.1);
    await run('docker run -d --name h3 --no-healthcheck busybox sleep 3600');
    // Test ["NONE"]: no State.Health, the health filter's `none`.
    expect(await run('docker ps --format "{{.Names}} {{.Status}}"')).toBe('h3 Up Less than a second\nh2 Up Less than a second (health: starting)\nh1 Up Less than a second (health: starting)\n');
    expect(await run("docker inspect --format '{{json .State.Health}}' h3")).toBe('null\n');
    await after(1);
    expect(await run('docker inspect --format "{{.State.Health.Status}} {{.State.Health.FailingStreak}}" h1 h2')).toBe('starting 1\nhealthy 0\n');
    await after(3);
    expect(await run('docker ps --format "{{.Names}} {{.Status}}"')).toBe('h3 Up 4 seconds\nh2 Up 4 seconds (healthy)\nh1 Up 4 seconds (unhealthy)\n');
    expect(await run("docker inspect --format '{{json .State.Health}}' h2")).toBe(
      '{"Status":"healthy","FailingStreak":0,"Log":[' +
        [1, 2, 3, 4].map((s) => `{"Start":"2026-12-05T08:00:0${s}.1Z","End":"2026-12-05T08:00:0${s}.1Z","ExitCode":0,"Output":"fine\\n"}`).join(',') +
        ']}\n',
    );
    expect(await run("docker inspect --format '{{json .Config.Healthcheck}}' h1 h3")).toBe('{"Test":["CMD-SHELL","test -e /tmp/ok"],"Interval":1000000000,"Retries":2}\n{"Test":["NONE"]}\n');
    expect(await run('docker ps -f health=unhealthy -f health=none --format "{{.Names}}"')).toBe('h3\nh1\n');
    await run('docker exec h1 touch /tmp/ok');
    await after(1);
    expect(await run('docker ps -f name=h1 --format "{{.Status}}"')).toBe('Up 5 seconds (healthy)\n');
    // CloseMonitorChannel: stopped or paused, it reads unhealthy; unpaused, the probes go on.
    await run('docker pause h2');
    expect(await run('docker inspect --format "{{.State.Health.Status}}" h2')).toBe('unhealthy\n');
    await run('docker unpause h2');
    await after(1);
    expect(await run('docker inspect --format "{{.State.Health.Status}}" h2')).toBe('healthy\n');
    await run('docker stop -t 0 h1');
    expect(await run('docker inspect --format "{{.State.Health.Status}} {{.State.Health.FailingStreak}}" h1')).toBe('unhealthy 0\n');
  });

  it('keeps the last five probes; a probe past its timeout fails with exit -1; a stop ends the probes', async () => {
    const { run, after } = await session();
    await run('docker run -d --name slow --health-cmd "sleep 5" --health-interval 1s --health-timeout 2s busybox sleep 3600');
    for (let i = 0; i < 8; i++) await after(3);
    const log = JSON.parse(await run("docker inspect --format '{{json .State.Health.Log}}' slow")) as Array<{ ExitCode: number; Output: string }>;
    expect(log).toHaveLength(5);
    expect(log[0]).toMatchObject({ ExitCode: -1, Output: 'Health check exceeded timeout (2s)' });
    expect(await run('docker inspect --format "{{.State.Health.Status}}" slow')).toBe('unhealthy\n');
    await run('docker stop -t 0 slow');
    const before = await run("docker inspect --format '{{json .State.Health}}' slow");
    await after(30);
    expect(await run("docker inspect --format '{{json .State.Health}}' slow")).toBe(before);
  });

  it('the client refuses --no-healthcheck with --health-*, negative durations; the daemon too short an interval', async () => {
    const { run } = await session();
    const s = createSession({ seed: 29 });
    await s.run('docker pull busybox');
    expect((await s.run('docker run --rm --no-healthcheck --health-cmd true busybox true')).stderr).toBe("docker: --no-healthcheck conflicts with --health-* options.\nSee 'docker run --help'.\n");
    expect((await s.run('docker run --rm --health-interval -1s busybox true')).stderr).toBe("docker: --health-interval cannot be negative.\nSee 'docker run --help'.\n");
    expect((await s.run('docker run --rm --health-interval 1ns --health-cmd true busybox true')).stderr).toBe(
      "docker: Error response from daemon: Interval in Healthcheck cannot be less than 1ms.\nSee 'docker run --help'.\n",
    );
    expect(await run('docker ps -aq')).toBe('');
  });
});

describe('health in the saved state', () => {
  it('a record saved before (no health) and one with a health record both pass the save schema', async () => {
    const { run, after, node } = await session();
    await run('docker run -d --name old busybox sleep 3600');
    await run('docker run -d --name hc --health-cmd true --health-interval 1s busybox sleep 3600');
    await after(1);
    const state = structuredClone(node.state.dockerd);
    expect(v.safeParse(DockerdStateSchema, state).success).toBe(true);
    const records = Object.values(state.containers);
    expect(records.find((r) => r.name === 'old')?.health).toBeUndefined();
    expect(records.find((r) => r.name === 'hc')?.health).toMatchObject({ status: 'healthy', failingStreak: 0 });
    expect(v.safeParse(DockerdStateSchema, JSON.parse(JSON.stringify(state))).success).toBe(true);
  });
});
