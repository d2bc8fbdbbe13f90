import { describe, expect, it } from 'vitest';
import { speakFatal } from './error-voice';
import { reportInternalFault } from './internal-fault';
import { NotSimulatedError, printNotSimulated } from './not-simulated';
import { captureIO } from './test-support';

const NOW = Date.UTC(2026, 10, 28, 6, 12, 0);

describe('speakFatal', () => {
  it('prints with a prefix, as ctr and docker do', () => {
    const cap = captureIO();
    expect(speakFatal({ kind: 'prefix', prefix: 'ctr: ' }, 'boom', cap.io)).toBe(1);
    expect(cap.err()).toBe('ctr: boom\n');
  });

  it('prints a logrus fatal line in the form the terminal calls for, as crictl and nerdctl do', () => {
    const tty = captureIO({ isTTY: true });
    speakFatal({ kind: 'logrus-fatal', nowMs: NOW }, 'boom', tty.io);
    expect(tty.err()).toBe(`\x1b[31mFATA\x1b[0m[0000] ${'boom'.padEnd(44)} \n`);
    const pipe = captureIO();
    speakFatal({ kind: 'logrus-fatal', nowMs: NOW }, 'boom', pipe.io);
    expect(pipe.err()).toBe('time="2026-11-28T06:12:00Z" level=fatal msg=boom\n');
  });
});

describe('not simulated', () => {
  it('names the feature and the real docs, in the tool’s voice, and fails', () => {
    const cap = captureIO();
    const err = new NotSimulatedError('crictl port-forward', 'https://kubernetes.io/docs/tasks/debug/debug-cluster/crictl/');
    expect(printNotSimulated(err, { kind: 'prefix', prefix: 'crictl: ' }, cap.io)).toBe(1);
    expect(cap.err()).toBe('crictl: crictl port-forward is not simulated here; see https://kubernetes.io/docs/tasks/debug/debug-cluster/crictl/\n');
  });
});

describe('internal faults', () => {
  it('print one line naming the tool and the fault', () => {
    const cap = captureIO();
    expect(reportInternalFault('nerdctl', new TypeError('x is undefined\n    at y'), cap.io)).toBe(1);
    expect(cap.err()).toBe('nerdctl: internal simulator error: TypeError: x is undefined\n');
  });

  it('survive a thrown value that cannot even be printed', () => {
    const cap = captureIO();
    const hostile = { toString: () => { throw new Error('no'); } };
    expect(reportInternalFault('docker', hostile, cap.io)).toBe(1);
    expect(cap.err()).toBe('docker: internal simulator error\n');
  });
});
