// Go's text/tabwriter, reproduced cell for cell: ctr, crictl and docker print every table
// through it, and urfave/cli prints its help through it, so column widths, padding and the
// trailing spaces of the last padded cell must come out exactly as Go computes them.
//
// Model (as in Go): text is split into lines, lines into cells at each '\t'. Only
// tab-terminated cells belong to a column; the last cell of a line is free text. A column
// block is a run of consecutive lines that all have a cell in that column; its width is the
// widest cell plus padding (at least minwidth). A line with fewer cells ends the block.
//
// Go finds the blocks by recursing column by column. Because a line with a cell in column j
// also has one in every column before it, a block of column j is simply a maximal run of
// lines with more than j tab-terminated cells, so one pass over the lines with a stack of open
// blocks (one per column) sizes every cell. Tables reach 10,000 rows, so cells are kept as
// positions in the text (flat arrays of numbers, no string or array per cell) and only sliced
// out while writing; the output is one concatenated string, flattened once.

export interface TabwriterOptions {
  /** Minimal cell width including padding. */
  minwidth: number;
  /** Width of a tab character, used when padding with tabs. */
  tabwidth: number;
  /** Padding added to the widest cell of a column. */
  padding: number;
  /** ' ' pads with spaces; '\t' pads with tabs rounded up to tabwidth (ctr content ls). */
  padchar: string;
  flags?: number;
}

/** Right-align cell contents (Go's tabwriter.AlignRight). */
export const ALIGN_RIGHT = 1 << 2;
/**
 * A column whose cells are all empty takes no width (Go's tabwriter.DiscardEmptyColumns).
 * Go discards only columns of cells ended by '\v'; every cell here ends in '\t', so, as in Go
 * for such text, the flag never changes the output.
 */
export const DISCARD_EMPTY_COLUMNS = 1 << 3;
/** Pad leading empty cells with tabs whatever the padchar (Go's tabwriter.TabIndent). */
export const TAB_INDENT = 1 << 4;

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/** Width in runes, as Go's utf8.RuneCount. */
function runeCount(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Repeats of one pad character, built once per length. */
class PadCache {
  private readonly made: string[] = [];
  constructor(private readonly char: string) {}

  get(n: number): string {
    if (n <= 0) return '';
    let s = this.made[n];
    if (s === undefined) {
      s = this.char.repeat(n);
      this.made[n] = s;
    }
    return s;
  }
}

/**
 * Where the cells of `text` are: lineCells[i] is how many tab-terminated cells line i has, and
 * tabs[k] the position of the tab ending the k-th such cell over all lines (cell k starts one
 * past the previous tab or line break). Flat number arrays, no string or array per cell.
 */
function cellBounds(text: string): { tabs: number[]; lineCells: number[]; lineEnds: number[] } {
  const tabs: number[] = [];
  const lineCells: number[] = [];
  const lineEnds: number[] = [];
  let pos = 0;
  let nextTab = text.indexOf('\t');
  for (;;) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    let count = 0;
    while (nextTab >= 0 && nextTab < end) {
      tabs.push(nextTab);
      count++;
      nextTab = text.indexOf('\t', nextTab + 1);
    }
    lineCells.push(count);
    lineEnds.push(end);
    if (end === text.length) break;
    pos = end + 1;
  }
  return { tabs, lineCells, lineEnds };
}

/**
 * Width of every tab-terminated cell's column block: widths[k] for the k-th cell (as in
 * cellBounds). Equal to what Go's recursive format() assigns.
 */
function blockWidths(lineCells: readonly number[], cellCount: number, cellWidth: (k: number) => number, options: TabwriterOptions): Int32Array {
  const widths = new Int32Array(cellCount);
  const lineFirst: number[] = [];
  const starts: number[] = [];
  const maxima: number[] = [];
  const close = (end: number): void => {
    const column = starts.length - 1;
    const start = starts.pop() ?? 0;
    const width = maxima.pop() ?? 0;
    for (let i = start; i < end; i++) widths[(lineFirst[i] as number) + column] = width;
  };
  let k = 0;
  for (let i = 0; i < lineCells.length; i++) {
    const columns = lineCells[i] as number;
    lineFirst.push(k);
    while (starts.length > columns) close(i);
    for (let j = 0; j < columns; j++, k++) {
      const w = cellWidth(k) + options.padding;
      if (j < starts.length) {
        if (w > (maxima[j] as number)) maxima[j] = w;
      } else {
        starts.push(i);
        maxima.push(Math.max(options.minwidth, w));
      }
    }
  }
  while (starts.length > 0) close(lineCells.length);
  return widths;
}

/** Formats `text` as a Go tabwriter with these options would, after Write(text) and Flush(). */
export function tabwrite(text: string, options: TabwriterOptions): string {
  const { tabs, lineCells, lineEnds } = cellBounds(text);
  const lineStarts = lineEnds.map((_, i) => (i === 0 ? 0 : (lineEnds[i - 1] as number) + 1));
  // Cell k starts right after the previous tab, unless it is the first cell of its line.
  const cellStarts = new Int32Array(tabs.length);
  for (let i = 0, k = 0; i < lineCells.length; i++) {
    for (let j = 0; j < (lineCells[i] as number); j++, k++) cellStarts[k] = j === 0 ? (lineStarts[i] as number) : (tabs[k - 1] as number) + 1;
  }
  // Only text holding a surrogate pair can have fewer runes than UTF-16 units.
  const wide = HIGH_SURROGATE.test(text);
  const width = (from: number, to: number): number => (wide ? runeCount(text.slice(from, to)) : to - from);
  const cellWidth = (k: number): number => width(cellStarts[k] as number, tabs[k] as number);
  const widths = blockWidths(lineCells, tabs.length, cellWidth, options);

  const cellText = cellWriter(options);
  // Plain concatenation: V8 builds a rope and flattens it once, cheaper here than join().
  let out = '';
  let k = 0;
  for (let i = 0; i < lineCells.length; i++) {
    let useTabs = cellText.tabIndent;
    if (i > 0) out += '\n';
    for (let j = 0; j < (lineCells[i] as number); j++, k++) {
      const from = cellStarts[k] as number;
      const to = tabs[k] as number;
      out += cellText.padded(text.slice(from, to), width(from, to), widths[k] as number, useTabs);
      if (from < to) useTabs = false;
    }
    const lastFrom = (lineCells[i] as number) > 0 ? (tabs[k - 1] as number) + 1 : (lineStarts[i] as number);
    const lineEnd = lineEnds[i] as number;
    if (lastFrom < lineEnd) out += text.slice(lastFrom, lineEnd);
  }
  return out;
}

/** How a tab-terminated cell is written: padded to its column's width, as Go writes it. */
function cellWriter(options: TabwriterOptions): {
  tabIndent: boolean;
  padded: (cell: string, textw: number, cellw: number, useTabs: boolean) => string;
} {
  const flags = options.flags ?? 0;
  const alignRight = (flags & ALIGN_RIGHT) !== 0;
  const tabPadded = options.padchar === '\t';
  const pads = new PadCache(options.padchar);
  const tabPads = new PadCache('\t');
  const padding = (textw: number, cellw: number, useTabs: boolean): string => {
    if (tabPadded || useTabs) {
      if (options.tabwidth === 0) return '';
      const rounded = Math.ceil(cellw / options.tabwidth) * options.tabwidth;
      return tabPads.get(Math.ceil((rounded - textw) / options.tabwidth));
    }
    return pads.get(cellw - textw);
  };
  return {
    tabIndent: (flags & TAB_INDENT) !== 0,
    // An empty cell is all padding (tabs while the line is still indenting, with TabIndent).
    padded: (cell, textw, cellw, useTabs) => {
      if (cell === '') return padding(0, cellw, useTabs);
      return alignRight ? padding(textw, cellw, false) + cell : cell + padding(textw, cellw, false);
    },
  };
}

/** A cell the row fast path leaves to tabwrite: it holds a tab, a line break or a surrogate. */
const NOT_PLAIN = /[\t\n\uD800-\uDBFF]/;

/**
 * tabwrite of a table given as rows of cells: each row is its tab-terminated cells followed by
 * its free text, standing for the text `row.join('\t') + '\n'`. When every row has as many
 * cells and no cell holds a tab, a line break or a surrogate pair (a listing of 10,000 images),
 * each column is one block sized by its widest cell, so no text is built and parsed again;
 * any other table goes through tabwrite itself.
 */
export function tabwriteRows(rows: readonly (readonly string[])[], options: TabwriterOptions): string {
  const cells = rows[0]?.length ?? 0;
  const widths = new Array<number>(Math.max(0, cells - 1)).fill(0);
  const general = (): string => tabwrite(rows.map((row) => `${row.join('\t')}\n`).join(''), options);
  if (cells === 0) return general();
  let previous: readonly string[] = [];
  for (const row of rows) {
    if (row.length !== cells) return general();
    for (let j = 0; j < cells; j++) {
      const cell = row[j] as string;
      // A column often repeats the cell above it (a shared size, "-"): checked once is enough.
      if (cell !== previous[j] && NOT_PLAIN.test(cell)) return general();
      if (j < cells - 1 && cell.length > (widths[j] as number)) widths[j] = cell.length;
    }
    previous = row;
  }
  for (let j = 0; j < cells - 1; j++) widths[j] = Math.max(options.minwidth, (widths[j] as number) + options.padding);
  const cellText = cellWriter(options);
  // Rows of a long listing often end the same as the row above (tags of one image share type,
  // digest, size and platforms): the text of such an ending is reused, not built again, so a
  // listing of 10,000 rows leaves little garbage. tails[j] is the text of cells j… of a row.
  let above: readonly string[] | undefined;
  // Two rows' worth of tails and indent flags, swapped each row: nothing allocated per row.
  let tails: string[] = new Array<string>(cells);
  let aboveTails: string[] = new Array<string>(cells);
  let tabs: boolean[] = new Array<boolean>(cells);
  let aboveTabs: boolean[] = new Array<boolean>(cells);
  let out = '';
  for (const row of rows) {
    // Whether cell j is still indenting with tabs (TabIndent and nothing but empty cells before).
    let useTabs = cellText.tabIndent;
    for (let j = 0; j < cells; j++) {
      tabs[j] = useTabs;
      if (row[j] !== '') useTabs = false;
    }
    let same = cells;
    if (above) while (same > 0 && row[same - 1] === above[same - 1] && tabs[same - 1] === aboveTabs[same - 1]) same -= 1;
    for (let j = cells - 1; j >= 0; j--) {
      if (j >= same) tails[j] = aboveTails[j] as string;
      else {
        const cell = row[j] as string;
        const text = j === cells - 1 ? `${cell}\n` : cellText.padded(cell, cell.length, widths[j] as number, tabs[j] as boolean);
        tails[j] = j === cells - 1 ? text : text + (tails[j + 1] as string);
      }
    }
    out += tails[0] as string;
    above = row;
    [tails, aboveTails] = [aboveTails, tails];
    [tabs, aboveTabs] = [aboveTabs, tabs];
  }
  return out;
}

/** Collects rows like Go's fmt.Fprintf(w, "a\tb\t\n") calls, then formats them once. */
export class Tabwriter {
  private chunks: string[] = [];

  constructor(private readonly options: TabwriterOptions) {}

  write(text: string): void {
    this.chunks.push(text);
  }

  /** The formatted text of everything written so far; the buffer is emptied. */
  flush(): string {
    const text = tabwrite(this.chunks.join(''), this.options);
    this.chunks = [];
    return text;
  }
}
