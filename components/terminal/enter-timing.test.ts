import { afterEach, describe, expect, it } from 'vitest';
import { commandPainted, commandWritten, ENTER_TO_OUTPUT, ENTER_TO_RENDER, FIRST_PROMPT, firstPromptPainted, markEnter } from './enter-timing';
import { TerminalController } from './terminal-controller';
import { fakeSession, FakeScreen } from './test-doubles';

afterEach(() => {
  performance.clearMarks();
  performance.clearMeasures();
});

describe('enter timing', () => {
  it('measures a line from its Enter mark and drops the mark', () => {
    const enter = markEnter();
    commandPainted(enter, 'ctr i ls');
    const [measure] = performance.getEntriesByName(ENTER_TO_RENDER, 'measure') as PerformanceMeasure[];
    expect(measure?.detail).toEqual({ line: 'ctr i ls' });
    expect(measure?.duration).toBeGreaterThanOrEqual(0);
    expect(performance.getEntriesByName(enter ?? '', 'mark')).toEqual([]);
  });

  it('keeps a bounded number of measures, and the first prompt once', () => {
    for (let i = 0; i < 600; i++) commandPainted(markEnter(), `line ${i}`);
    expect(performance.getEntriesByName(ENTER_TO_RENDER, 'measure').length).toBeLessThanOrEqual(500);
    firstPromptPainted();
    firstPromptPainted();
    expect(performance.getEntriesByName(FIRST_PROMPT, 'mark')).toHaveLength(1);
  });

  it('is measured by the terminal for each line it runs once the screen painted it', async () => {
    const screen = new FakeScreen(80);
    const controller = new TerminalController(screen, fakeSession({ outputs: { 'ctr i ls': 'REF\n' } }));
    await controller.start();
    controller.input('ctr i ls\r');
    controller.input('\r');
    await expect.poll(() => performance.getEntriesByName(ENTER_TO_RENDER, 'measure').length).toBe(1);
    expect((performance.getEntriesByName(ENTER_TO_RENDER, 'measure')[0] as PerformanceMeasure).detail).toEqual({ line: 'ctr i ls' });
    expect(performance.getEntriesByName(FIRST_PROMPT, 'mark')).toHaveLength(1);
    // The output was in the terminal before (or as) it was painted.
    const [written] = performance.getEntriesByName(ENTER_TO_OUTPUT, 'measure') as PerformanceMeasure[];
    expect(written?.detail).toEqual({ line: 'ctr i ls' });
    expect(written?.duration).toBeLessThanOrEqual((performance.getEntriesByName(ENTER_TO_RENDER, 'measure')[0] as PerformanceMeasure).duration);
  });

  it('measures the output written only while the Enter mark is there', () => {
    const enter = markEnter();
    commandWritten(enter, 'ctr c ls');
    commandPainted(enter, 'ctr c ls');
    commandWritten(enter, 'ctr c ls');
    expect(performance.getEntriesByName(ENTER_TO_OUTPUT, 'measure')).toHaveLength(1);
  });
});
