import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALIGN_RIGHT, DISCARD_EMPTY_COLUMNS, TAB_INDENT, Tabwriter, type TabwriterOptions, tabwrite, tabwriteRows } from './tabwriter';

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

/**
 * Go's format() as written there: recursive, column by column, block by block. Slow but
 * plainly faithful; the single-pass tabwrite must agree with it on any text.
 */
function referenceTabwrite(text: string, options: TabwriterOptions): string {
  const lines = text.split('\n').map((line) => line.split('\t').map((t) => ({ text: t, width: [...t].length })));
  const flags = options.flags ?? 0;
  const out: string[] = [];
  const widths: number[] = [];
  const pad = (textw: number, cellw: number, useTabs: boolean): string => {
    if (options.padchar === '\t' || useTabs) {
      if (options.tabwidth === 0) return '';
      const rounded = Math.ceil(cellw / options.tabwidth) * options.tabwidth;
      return '\t'.repeat(Math.ceil((rounded - textw) / options.tabwidth));
    }
    return options.padchar.repeat(Math.max(0, cellw - textw));
  };
  const writeLines = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      let useTabs = (flags & TAB_INDENT) !== 0;
      let s = '';
      (lines[i] ?? []).forEach((c, j) => {
        const w = widths[j];
        if (c.text === '') {
          if (w !== undefined) s += pad(0, w, useTabs);
          return;
        }
        useTabs = false;
        if (w === undefined) s += c.text;
        else if ((flags & ALIGN_RIGHT) !== 0) s += pad(c.width, w, false) + c.text;
        else s += c.text + pad(c.width, w, false);
      });
      out.push(s);
    }
  };
  const format = (start: number, end: number): void => {
    const column = widths.length;
    let from = start;
    for (let i = start; i < end; i++) {
      if (column >= (lines[i]?.length ?? 0) - 1) continue;
      writeLines(from, i);
      from = i;
      let width = options.minwidth;
      for (; i < end; i++) {
        const line = lines[i] ?? [];
        if (column >= line.length - 1) break;
        width = Math.max(width, (line[column]?.width ?? 0) + options.padding);
      }
      widths.push(width);
      format(from, i);
      widths.pop();
      from = i;
    }
    writeLines(from, end);
  };
  format(0, lines.length);
  return out.join('\n');
}

describe('tabwrite against the recursive reference', () => {
  const text = fc
    .array(fc.constantFrom('a', 'bb', 'é', '😀', '中文', ' ', '', '\t', '\t', '\n', '\n', 'sha256:0123456789'), { maxLength: 60 })
    .map((parts) => parts.join(''));
  const options = fc.record({
    minwidth: fc.integer({ min: 0, max: 12 }),
    tabwidth: fc.constantFrom(0, 1, 4, 8),
    padding: fc.integer({ min: 0, max: 4 }),
    padchar: fc.constantFrom(' ', '\t', '.'),
    flags: fc.constantFrom(0, ALIGN_RIGHT, TAB_INDENT, DISCARD_EMPTY_COLUMNS, ALIGN_RIGHT | TAB_INDENT),
  });

  it('formats any text exactly as Go’s recursive algorithm does', () => {
    fc.assert(
      fc.property(text, options, (t, o) => {
        expect(tabwrite(t, o)).toBe(referenceTabwrite(t, o));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees on a 2,000-row table with blocks broken by short lines', () => {
    const rows: string[] = ['REF\tTYPE\tDIGEST\tSIZE\t'];
    for (let i = 0; i < 2000; i++) rows.push(i % 97 === 0 ? `note ${i}` : `image-${i}\t${'x'.repeat(i % 13)}\tsha256:${i}\t${i % 7} MiB\t`);
    const o = { minwidth: 1, tabwidth: 8, padding: 3, padchar: ' ' };
    expect(tabwrite(`${rows.join('\n')}\n`, o)).toBe(referenceTabwrite(`${rows.join('\n')}\n`, o));
  });
});

describe('tabwriteRows', () => {
  const cell = fc.array(fc.constantFrom('a', 'bb', 'é', '😀', ' ', '', '\t', '\n', 'sha256:0123456789'), { maxLength: 4 }).map((p) => p.join(''));
  const options = fc.record({
    minwidth: fc.integer({ min: 0, max: 12 }),
    tabwidth: fc.constantFrom(0, 1, 8),
    padding: fc.integer({ min: 0, max: 4 }),
    padchar: fc.constantFrom(' ', '\t'),
    flags: fc.constantFrom(0, ALIGN_RIGHT, TAB_INDENT),
  });
  const asText = (rows: string[][]) => rows.map((row) => `${row.join('\t')}\n`).join('');

  it('formats rows exactly as tabwrite formats their text, uniform or not', () => {
    const uniform = fc.integer({ min: 1, max: 5 }).chain((n) => fc.array(fc.array(cell, { minLength: n, maxLength: n }), { maxLength: 8 }));
    const ragged = fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 8 });
    fc.assert(
      fc.property(fc.oneof(uniform, ragged), options, (rows, o) => {
        expect(tabwriteRows(rows, o)).toBe(tabwrite(asText(rows), o));
      }),
      { numRuns: 3000 },
    );
  });

  it('formats rows that end like the row above (tags of one image) exactly as tabwrite does', () => {
    // Each row keeps the cells of the row above from some column on: the reused endings.
    const listing = fc.integer({ min: 1, max: 6 }).chain((n) =>
      fc.tuple(
        fc.array(cell, { minLength: n, maxLength: n }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: n }), fc.array(cell, { minLength: n, maxLength: n })), { maxLength: 10 }),
      ),
    );
    fc.assert(
      fc.property(listing, options, ([first, steps], o) => {
        const rows = [first];
        for (const [keepFrom, fresh] of steps) {
          const above = rows[rows.length - 1] as string[];
          rows.push(fresh.map((c, j) => (j >= keepFrom ? (above[j] as string) : c)));
        }
        expect(tabwriteRows(rows, o)).toBe(tabwrite(asText(rows), o));
      }),
      { numRuns: 3000 },
    );
  });

  it('does not reuse an empty cell that indents with tabs above and not below', () => {
    const o = { minwidth: 0, tabwidth: 8, padding: 1, padchar: ' ', flags: TAB_INDENT };
    const rows = [
      ['', '', 'z'],
      ['x', '', 'z'],
    ];
    expect(tabwriteRows(rows, o)).toBe(tabwrite(asText(rows), o));
  });

  it('sizes each column of a listing by its widest cell (ctr images ls)', () => {
    const rows = [
      ['REF', 'TYPE', 'SIZE', ''],
      ['docker.io/library/busybox:latest', 'application/vnd.oci.image.index.v1+json', '2.1 MiB', ''],
    ];
    expect(tabwriteRows(rows, spaces(1))).toBe(
      'REF                              TYPE                                    SIZE    \n' +
        'docker.io/library/busybox:latest application/vnd.oci.image.index.v1+json 2.1 MiB \n',
    );
  });
});
