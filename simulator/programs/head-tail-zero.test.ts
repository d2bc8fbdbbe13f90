// head and tail reading /dev/zero (runc's 1,5 device): a byte count of it, an OOM kill at the
// cgroup's memory limit for tail's endless line, and for ever without a limit.
import { describe, expect, it } from 'vitest';
import { start, testFs } from './test-support';

const fs = testFs({ '/dev': { kind: 'dir', mode: 0o755 }, '/dev/zero': { kind: 'file', mode: 0o666, content: '', size: 0, device: { major: 1, minor: 5 } } });

describe('/dev/zero through head and tail', () => {
  it('head -c N gives N NUL bytes and ends', () => {
    const r = start(['head', '-c', '16390', '/dev/zero'], { fs });
    expect(r.stdout).toBe('\0'.repeat(16390));
    expect(r.run.exit).toEqual({ afterMs: 0, code: 0 });
  });

  it('tail grows until the memory limit and is SIGKILLed by the OOM killer', () => {
    const r = start(['tail', '/dev/zero'], { fs, memoryLimit: 16 * 1024 * 1024 });
    expect(r.run.exit).toEqual({ afterMs: 16, code: 137, signal: 9 });
    expect(r.run.oomKilledAtMs).toBe(16);
  });

  it('without a limit tail keeps running, and tail -c keeps only its bytes', () => {
    expect(start(['tail', '/dev/zero'], { fs }).run).toEqual({ out: [] });
    expect(start(['tail', '-c', '5', '/dev/zero'], { fs, memoryLimit: 1 << 20 }).run).toEqual({ out: [] });
  });

  it('head\'s endless output of it is not simulated', () => {
    const r = start(['head', '/dev/zero'], { fs });
    expect(r.stderr).toContain('not simulated here');
    expect(r.run.exit?.code).toBe(1);
  });

  it('a shell that runs tail as its last command ends with it, its OOM kill reported from the shell\'s start', () => {
    const r = start(['sh', '-c', 'echo start; tail /dev/zero'], { fs, memoryLimit: 16 * 1024 * 1024 });
    expect(r.stdout).toBe('start\n');
    expect(r.stderr).toBe('');
    expect(r.run.exit?.code).toBe(137);
    expect(r.run.oomKilledAtMs).toBe(16);
  });
});
