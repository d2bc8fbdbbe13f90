import { describe, expect, it } from 'vitest';
import { normalisePair, replaceTokens, rowsUnordered, sortRows, typedArgc } from './normalise';

const D1 = `sha256:${'a'.repeat(64)}`;
const D2 = `sha256:${'b'.repeat(64)}`;

describe('normalisePair', () => {
  it('replaces digests in place and still compares padding exactly', () => {
    const [e, a] = normalisePair(`x ${D1}  y\n`, `x ${D2} y\n`);
    expect(e).not.toBe(a);
    const [e2, a2] = normalisePair(`x ${D1}  y\n`, `x ${D2}  y\n`);
    expect(e2).toBe(a2);
  });

  it('collapses padding when a variable-width value was replaced', () => {
    const [e, a] = normalisePair('REF  SIZE       \nbb   1005.7 KiB \n', 'REF  SIZE    \nbb   1.9 MiB \n');
    expect(e).toBe(a);
  });

  it('keeps texts and exit-relevant words', () => {
    const [e, a] = normalisePair("No help topic for 'foo'\n", "No help topic for 'bar'\n");
    expect(e).not.toBe(a);
  });

  it('replaces PIDs in task rows, times, UUIDs and the recorded hostname', () => {
    expect(replaceTokens('s1      19540    RUNNING\n').text).toBe('s1      <pid>    RUNNING\n');
    expect(replaceTokens('UUID: 1d82c73b-1216-492f-8ae9-acea41199672').text).toBe('UUID: <uuid>');
    expect(replaceTokens('"2026-11-28T05:15:23.40038167Z"').text).toBe('"<time>"');
    expect(replaceTokens('vm\n').text).toBe('node1\n');
  });

  it("replaces ctr's random FIFO directory but not the file names in it", () => {
    expect(replaceTokens('"stdin":"/run/containerd/fifo/3753714363/ev1-stdin"').text).toBe('"stdin":"/run/containerd/fifo/<n>/ev1-stdin"');
  });
});

describe('rowsUnordered / sortRows', () => {
  it('treats ctr tasks ls rows as a set, keeping the header first', () => {
    expect(rowsUnordered('sleep 1; ctr t ls')).toBe(true);
    expect(rowsUnordered('ctr tasks ps s1')).toBe(false);
    expect(sortRows('TASK    PID    STATUS    \ns1 1 RUNNING\nc1 2 RUNNING\n')).toBe('TASK    PID    STATUS    \nc1 2 RUNNING\ns1 1 RUNNING\n');
    expect(sortRows('s1\nc1\n')).toBe('c1\ns1\n');
  });
});

describe('typedArgc', () => {
  it("takes the recorder's two address words off App.Run's os.Args length, and nothing else", () => {
    const recorded = 'github.com/urfave/cli.(*App).Run(0xc0003ae540, {0xc000126000, 0xa, 0xa})\n\tgithub.com/urfave/cli/app.go:277 +0x8a7\n';
    expect(typedArgc(recorded)).toBe('github.com/urfave/cli.(*App).Run(0xc0003ae540, {0xc000126000, 0x8, 0x8})\n\tgithub.com/urfave/cli/app.go:277 +0x8a7\n');
    expect(typedArgc('(*App).Run(0xc0003ae540, {0xc000122120, 0x10, 0x10})')).toBe('(*App).Run(0xc0003ae540, {0xc000122120, 0xe, 0xe})');
    expect(typedArgc('no trace here 0xa, 0xa')).toBe('no trace here 0xa, 0xa');
  });
});
