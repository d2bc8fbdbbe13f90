import { describe, expect, it } from 'vitest';
import { UI_TEXT } from '../layout/ui-text';
import { fakeSession } from './test-doubles';
import { waitText } from './wait-status';

const busy = (sinceMs: number, untilMs?: number) => ({ ...fakeSession(), activity: () => ({ sinceMs, untilMs }) });

describe('waitText', () => {
  it('says nothing while idle or during the first second', () => {
    expect(waitText([fakeSession(), null], 10_000, UI_TEXT.en)).toBeNull();
    expect(waitText([busy(9_500, 40_000)], 10_000, UI_TEXT.en)).toBeNull();
  });

  it('counts down a wait with an end, in whole seconds', () => {
    expect(waitText([busy(0, 30_000)], 2_100, UI_TEXT.en)).toBe('waiting, 28 s left · Ctrl-C stops it');
    expect(waitText([busy(0, 30_000)], 2_100, UI_TEXT.zh)).toBe('等待中,还剩 28 秒 · Ctrl-C 中断');
  });

  it('counts up a command with no end in sight, from either terminal', () => {
    expect(waitText([fakeSession(), busy(1_000)], 13_400, UI_TEXT.en)).toBe('running for 12 s · Ctrl-C interrupts');
  });
});
