import { afterEach, describe, expect, it } from 'vitest';
import { afterNextPaint, countObjects, markViewAsked, STATE_VIEW_MEASURE, viewShown } from './state-timing';

afterEach(() => {
  performance.clearMarks();
  performance.clearMeasures();
});

describe('state view timing', () => {
  it("measures from the ask to the view shown, once, with the tree's object count", () => {
    const mark = markViewAsked();
    viewShown(mark, 3);
    viewShown(mark, 3);
    const measures = performance.getEntriesByName(STATE_VIEW_MEASURE, 'measure') as PerformanceMeasure[];
    expect(measures).toHaveLength(1);
    expect(measures[0]?.detail).toEqual({ objects: 3 });
  });

  it('runs work after the next frame, or on the next task where there are none', async () => {
    const order: string[] = [];
    afterNextPaint(() => order.push('after'));
    order.push('now');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(order).toEqual(['now', 'after']);
  });

  it('counts every object below the root', () => {
    const leaf = { children: [] };
    expect(countObjects({ children: [{ children: [leaf, leaf] }, leaf] })).toBe(4);
    expect(countObjects({ children: [] })).toBe(0);
  });
});
