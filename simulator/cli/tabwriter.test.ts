import { describe, expect, it } from 'vitest';
import { ALIGN_RIGHT, DISCARD_EMPTY_COLUMNS, Tabwriter, tabwrite } from './tabwriter';

const spaces = (padding: number) => ({ minwidth: 1, tabwidth: 8, padding, padchar: ' ' });

describe('tabwrite', () => {
  it('pads every tab-terminated cell, including the last one (trailing space)', () => {
    expect(tabwrite('REF\tTYPE\tDIGEST\tSIZE\tPLATFORMS\tLABELS\t\n', spaces(1))).toBe(
      'REF TYPE DIGEST SIZE PLATFORMS LABELS \n',
    );
  });

  it('sizes a column by its widest cell plus padding (ctr containers ls, padding 4)', () => {
    const text =
      'CONTAINER\tIMAGE\tRUNTIME\t\n' + 'c1\tdocker.io/library/busybox:latest\tio.containerd.runc.v2\t\n';
    expect(tabwrite(text, spaces(4))).toBe(
      'CONTAINER    IMAGE                               RUNTIME                  \n' +
        'c1           docker.io/library/busybox:latest    io.containerd.runc.v2    \n',
    );
  });

  it('leaves a cell that is not tab-terminated unpadded (ctr tasks ls rows)', () => {
    expect(tabwrite('TASK\tPID\tSTATUS\t\nc1\t19540\tRUNNING\n', spaces(4))).toBe(
      'TASK    PID      STATUS    \nc1      19540    RUNNING\n',
    );
  });

  it('pads with tabs rounded to the tab width when padchar is a tab (ctr content ls)', () => {
    const digest = `sha256:${'0'.repeat(64)}`;
    const out = tabwrite(`DIGEST\tSIZE\tAGE\tLABELS\n${digest}\t400B\t13 minutes\t-\n`, {
      minwidth: 1,
      tabwidth: 8,
      padding: 1,
      padchar: '\t',
    });
    expect(out).toBe(`DIGEST${'\t'.repeat(9)}SIZE\tAGE\t\tLABELS\n${digest}\t400B\t13 minutes\t-\n`);
  });

  it('ends a column block at a line with fewer cells', () => {
    expect(tabwrite('a\tb\nlonger\tc\nplain\nxx\ty\n', spaces(2))).toBe('a       b\nlonger  c\nplain\nxx  y\n');
  });

  it('aligns right and discards empty columns on request', () => {
    expect(tabwrite('1\tx\n100\ty\n', { ...spaces(1), flags: ALIGN_RIGHT })).toBe('   1x\n 100y\n');
    // Go discards only columns of empty cells ended by \v; tab-ended empty cells keep their width.
    expect(tabwrite('a\t\tb\n', { ...spaces(1), flags: DISCARD_EMPTY_COLUMNS })).toBe('a  b\n');
  });

  it('counts runes, not UTF-16 units or bytes', () => {
    expect(tabwrite('é\tx\nab\ty\n', spaces(1))).toBe('é  x\nab y\n');
  });

  it('buffers writes until flush', () => {
    const w = new Tabwriter(spaces(1));
    w.write('a\tb\t\n');
    w.write('ccc\td\t\n');
    expect(w.flush()).toBe('a   b \nccc d \n');
    expect(w.flush()).toBe('');
  });
});
