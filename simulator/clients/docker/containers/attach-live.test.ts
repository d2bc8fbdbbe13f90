// `docker attach` to a running container that prints over time, on a watched terminal as the
// browser runs it (real time; the node's clock moved by the test): what the container writes
// from now on arrives at its moments, nothing it wrote before (that is `docker logs`), and the
// attach ends with the container's exit code when the container ends. Ctrl-C is forwarded as
// SIGINT (--sig-proxy, the default): an `sh` as PID 1 has no handler, so the kernel ignores it
// and docker stays attached, as on a real node.

import { describe, expect, it } from 'vitest';
import { captureIO } from '../../../cli/test-support';
import { notifyListeners } from '../../../node';
import { createSession } from '../../../shell/session';
import { runDocker } from '../docker';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('docker attach to a container that prints over time', () => {
  it('streams what it prints from now on, at the node clock’s moments, and ends with its code', async () => {
    let clock = Date.UTC(2026, 11, 5, 4, 0, 0);
    const s = createSession({ seed: 3, now: () => clock });
    expect((await s.run('docker pull busybox')).exitCode).toBe(0);
    const started = await s.run("docker run -d --name loop busybox sh -c 'i=0; while [ $i -lt 5 ]; do echo tick $i; i=$((i+1)); sleep 1; done; exit 3'");
    expect(started.exitCode).toBe(0);
    clock += 1500; // tick 0 and tick 1 are written before the attach: docker logs has them, attach not
    const abort = new AbortController();
    const signals: Array<(signal: string) => void> = [];
    const captured = captureIO({
      isTTY: true,
      io: { time: { realTime: true, signal: abort.signal }, interactive: true, onSignal: (h: (signal: string) => void) => (signals.push(h), () => undefined) },
    });
    const done = runDocker(s.node, ['attach', 'loop'], captured.io);
    await tick();
    expect(captured.out()).toBe('');
    clock += 1000;
    notifyListeners(s.node);
    await tick();
    expect(captured.out()).toBe('tick 2\n');
    // Ctrl-C: SIGINT reaches PID 1's sh, which ignores it; still attached.
    for (const h of signals) h('SIGINT');
    clock += 1000;
    notifyListeners(s.node);
    await tick();
    expect(captured.out()).toBe('tick 2\ntick 3\n');
    // A second Ctrl-C: docker itself prints nothing; ctrlab's hint is in docker's terms.
    for (const h of signals) h('SIGINT');
    expect(captured.err()).toMatch(/^\r\nctrlab: docker passed SIGINT on to the container \(--sig-proxy\), but "sh" runs as PID 1 .* docker kill [0-9a-f]{12}; to leave it running, attach with --sig-proxy=false and press Ctrl-C\n$/);
    expect(captured.err()).not.toMatch(/\bctr\b/);
    clock += 2000;
    notifyListeners(s.node);
    expect(await done).toBe(3);
    expect(captured.out()).toBe('tick 2\ntick 3\ntick 4\n');
    expect((await s.run('docker logs loop')).stdout).toBe('tick 0\ntick 1\ntick 2\ntick 3\ntick 4\n');
    expect((await s.run("docker ps -a --format '{{.Names}} {{.Status}}'")).stdout).toMatch(/^loop Exited \(3\) /);
  });

  it('--sig-proxy=false: Ctrl-C ends docker attach (130) and the container runs on', async () => {
    const clock = Date.UTC(2026, 11, 5, 4, 0, 0);
    const s = createSession({ seed: 3, now: () => clock });
    await s.run('docker pull busybox');
    await s.run('docker run -d --name idle busybox sleep 1000');
    const abort = new AbortController();
    const captured = captureIO({ isTTY: true, io: { time: { realTime: true, signal: abort.signal }, interactive: true, onSignal: () => () => undefined } });
    const done = runDocker(s.node, ['attach', '--sig-proxy=false', 'idle'], captured.io);
    await tick();
    abort.abort(); // the session's Ctrl-C with no handler registered: the line ends
    expect(await done).toBe(130);
    expect(captured.err()).toBe('');
    expect((await s.run("docker ps --format '{{.Names}}'")).stdout).toBe('idle\n');
  });
});
