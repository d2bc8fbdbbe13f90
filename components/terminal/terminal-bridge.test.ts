import { afterEach, describe, expect, it } from 'vitest';
import { attachTerminal, sendToTerminal, terminalBridge } from './terminal-bridge';

afterEach(() => terminalBridge.setState({ sink: null, queued: [] }));

describe('terminal bridge', () => {
  it('delivers text to the attached terminal', () => {
    const got: string[] = [];
    attachTerminal((text) => got.push(text));
    sendToTerminal('ctr i ls');
    expect(got).toEqual(['ctr i ls']);
  });

  it('holds text sent before a terminal attaches', () => {
    sendToTerminal('one');
    sendToTerminal('two');
    const got: string[] = [];
    attachTerminal((text) => got.push(text));
    expect(got).toEqual(['one', 'two']);
  });

  it('a detached terminal receives nothing more', () => {
    const got: string[] = [];
    const detach = attachTerminal((text) => got.push(text));
    detach();
    sendToTerminal('later');
    expect(got).toEqual([]);
    expect(terminalBridge.getState().queued).toEqual(['later']);
  });
});
