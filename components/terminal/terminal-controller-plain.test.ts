// A plain line runs without asking the session whether it is complete (plain-line.ts); any
// other line is still asked, and a continuation prompt still follows an open quote.

import { describe, expect, it } from 'vitest';
import { TerminalController } from './terminal-controller';
import { fakeSession, FakeScreen } from './test-doubles';

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
}

describe('Enter on a plain line', () => {
  it('runs it without the completeness question; other lines are asked', async () => {
    const screen = new FakeScreen(80);
    const session = fakeSession({ outputs: { 'ctr i ls': 'REF\n' } });
    const asked: string[] = [];
    const ask = session.needsMoreInput.bind(session);
    session.needsMoreInput = (line: string) => {
      asked.push(line);
      return ask(line);
    };
    const controller = new TerminalController(screen, session);
    await controller.start();
    controller.input('ctr i ls\r');
    await settle();
    controller.input('echo "a\r');
    await settle();
    controller.input('b"\r');
    await settle();
    expect(session.ran).toEqual(['ctr i ls', 'echo "a\nb"']);
    expect(asked).toEqual(['echo "a', 'echo "a\nb"']);
    expect(screen.lines()).toContain('> b"');
  });
});
