import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error';
import { NotSimulatedError } from './not-simulated';
import { captureIO } from './test-support';
import { toolMain } from './tool-main';

const NOW = Date.UTC(2026, 10, 28, 6, 12, 0);
const crictlMain = toolMain('crictl', () => ({ kind: 'logrus-fatal', nowMs: NOW }));

describe('toolMain', () => {
  it('prints errors as logrus.Fatal would, exit 1', () => {
    const cap = captureIO();
    expect(crictlMain(new Error('getting status of runtime: rpc error'), cap.io)).toBe(1);
    expect(cap.err()).toBe('time="2026-11-28T06:12:00Z" level=fatal msg="getting status of runtime: rpc error"\n');
  });

  it('says what is not simulated in the same voice', () => {
    const cap = captureIO({ isTTY: true });
    crictlMain(new NotSimulatedError('crictl attach', 'https://github.com/kubernetes-sigs/cri-tools'), cap.io);
    expect(cap.err()).toContain('FATA\x1b[0m[0000] crictl attach is not simulated here; see https://github.com/kubernetes-sigs/cri-tools');
  });

  it('exits with a carried code, silently when there is no text', () => {
    const cap = captureIO();
    expect(crictlMain(new CliError('', 137), cap.io)).toBe(137);
    expect(cap.err()).toBe('');
  });

  it('reports a bug as one internal-fault line', () => {
    const cap = captureIO();
    expect(crictlMain(new TypeError('boom'), cap.io)).toBe(1);
    expect(cap.err()).toBe('crictl: internal simulator error: TypeError: boom\n');
  });
});
