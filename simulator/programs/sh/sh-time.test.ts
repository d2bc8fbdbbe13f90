import { describe, expect, it } from 'vitest';
import { start } from '../test-support';

describe('sh output over time', () => {
  it('stamps each chunk with the moment it was written', () => {
    const { run } = start(['sh', '-c', 'echo a; sleep 2; echo b >&2; sleep 1.5; echo c']);
    expect(run.out).toEqual([
      { stream: 'stdout', text: 'a\n', atMs: 0 },
      { stream: 'stderr', text: 'b\n', atMs: 2000 },
      { stream: 'stdout', text: 'c\n', atMs: 3500 },
    ]);
    expect(run.exit).toEqual({ afterMs: 3500, code: 0 });
  });

  it('counts a child shell\'s times from when the child started', () => {
    const { run } = start(['sh', '-c', 'sleep 1; sh -c "echo x; sleep 2; echo y"; echo z']);
    expect(run.out.map((c) => [c.text, c.atMs])).toEqual([
      ['x\n', 1000],
      ['y\n', 3000],
      ['z\n', 3000],
    ]);
  });

  it('finds an endless loop that writes the same every round and says it repeats', () => {
    const { run } = start(['sh', '-c', 'while true; do echo hi; sleep 1; done']);
    expect(run.exit).toBeUndefined();
    expect(run.out).toHaveLength(1000);
    expect(run.out[999]).toEqual({ stream: 'stdout', text: 'hi\n', atMs: 999_000 });
    expect(run.repeat).toEqual({ fromMs: 1_000_000, everyMs: 1000, round: [{ stream: 'stdout', text: 'hi\n', atMs: 0 }] });
  });

  it('does not call a loop repeating when its rounds differ', () => {
    const { run } = start(['sh', '-c', 'x=a; while true; do echo $x; x=${x}a; done']);
    expect(run.exit).toBeUndefined();
    expect(run.repeat).toBeUndefined();
  });

  it('repeats a busy loop with no time between rounds', () => {
    const { run } = start(['sh', '-c', 'while true; do echo hi; done']);
    expect(run.repeat?.everyMs).toBe(0);
  });
});
