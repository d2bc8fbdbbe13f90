// Ctrl-P Ctrl-Q typed into the page's terminal while `docker run -it` is attached: the keys reach
// the simulated docker CLI's escape proxy (simulator/clients/docker/containers/detach-keys.ts)
// instead of the line editor's history, the container keeps running and the node's prompt is
// back; with nothing attached, Ctrl-P is still "history up".
import { describe, expect, it } from 'vitest';
import { createSession } from '../../simulator/index';
import { TerminalController } from './terminal-controller';
import { FakeScreen } from './test-doubles';

const NOW = () => Date.UTC(2026, 11, 7, 7, 0, 0);
const HOST_PROMPT = 'root@node1:~# ';

/** Lets queued keys and the lines they run settle. */
async function settle(session: { activity(): unknown }): Promise<void> {
  for (let i = 0; i < 400; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 1));
    if (session.activity() === undefined && i > 20) return;
  }
}

async function attachedBox() {
  const session = createSession({ seed: 9, now: NOW });
  expect((await session.run('docker pull -q busybox')).exitCode).toBe(0);
  const screen = new FakeScreen(100);
  const controller = new TerminalController(screen, session);
  await controller.start();
  controller.input('docker run -it --name box busybox sh\r');
  await settle(session);
  expect(session.prompt()).not.toBe(HOST_PROMPT);
  expect(session.detachKeys()).toBe('\x10\x11');
  return { session, screen, controller };
}

describe('detach keys in the terminal', () => {
  it('Ctrl-P Ctrl-Q, typed apart, detaches docker run -it: the node prompt follows on the same row, the container runs on', async () => {
    const { session, screen, controller } = await attachedBox();
    controller.input('\x10');
    await settle(session);
    expect(session.prompt()).not.toBe(HOST_PROMPT);
    controller.input('\x11');
    await settle(session);
    expect(session.prompt()).toBe(HOST_PROMPT);
    expect(session.detachKeys()).toBeUndefined();
    expect(screen.lines().at(-1)).toBe(`/ # ${HOST_PROMPT.trimEnd()}`);
    expect((await session.run("docker ps --format '{{.Names}} {{.Status}}'")).stdout).toMatch(/^box Up /);
  });

  it('a Ctrl-P broken by another key does not detach; docker attach detaches with its error', async () => {
    const { session, screen, controller } = await attachedBox();
    controller.input('echo one\r');
    await settle(session);
    // Ctrl-P then z: both go to the line editor (history up, then a z), the attach stays.
    controller.input('\x10z');
    await settle(session);
    expect(session.detachKeys()).toBe('\x10\x11');
    controller.input('\x15');
    await settle(session);
    controller.input('\x10\x11');
    await settle(session);
    expect(session.prompt()).toBe(HOST_PROMPT);
    controller.input('docker attach box\r');
    await settle(session);
    expect(session.prompt()).not.toBe(HOST_PROMPT);
    controller.input('\x10\x11');
    await settle(session);
    expect(screen.lines().some((l) => l.endsWith('read escape sequence'))).toBe(true);
    expect(session.prompt()).toBe(HOST_PROMPT);
  });
});
