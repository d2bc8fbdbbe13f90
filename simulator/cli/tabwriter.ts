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
// blocks (one per column) sizes every cell. Tables reach 10,000 rows, so the hot loops avoid
// per-cell objects and closures; the output is one concatenated string, flattened once.

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
 * Width of every tab-terminated cell's column block, per line: widths[i][j] for cell j of
 * line i (j < cells - 1). Equal to what Go's recursive format() assigns.
 */
function blockWidths(cells: string[][], cellWidth: (i: number, j: number) => number, options: TabwriterOptions): number[][] {
  const widths: number[][] = cells.map((line) => new Array<number>(Math.max(0, line.length - 1)));
  const starts: number[] = [];
  const maxima: number[] = [];
  const close = (end: number): void => {
    const column = starts.length - 1;
    const start = starts.pop() ?? 0;
    const width = maxima.pop() ?? 0;
    for (let i = start; i < end; i++) (widths[i] as number[])[column] = width;
  };
  for (let i = 0; i < cells.length; i++) {
    const columns = (cells[i] as string[]).length - 1;
    while (starts.length > columns) close(i);
    for (let j = 0; j < columns; j++) {
      const w = cellWidth(i, j) + options.padding;
      if (j < starts.length) {
        if (w > (maxima[j] as number)) maxima[j] = w;
      } else {
        starts.push(i);
        maxima.push(Math.max(options.minwidth, w));
      }
    }
  }
  while (starts.length > 0) close(cells.length);
  return widths;
}

/** Formats `text` as a Go tabwriter with these options would, after Write(text) and Flush(). */
export function tabwrite(text: string, options: TabwriterOptions): string {
  const lines = text.split('\n');
  const cells = lines.map((line) => line.split('\t'));
  // Only a line holding a surrogate pair can have fewer runes than UTF-16 units.
  const wide = lines.map((line) => HIGH_SURROGATE.test(line));
  const cellWidth = (i: number, j: number): number => {
    const t = (cells[i] as string[])[j] as string;
    return wide[i] ? runeCount(t) : t.length;
  };
  const widths = blockWidths(cells, cellWidth, options);

  const flags = options.flags ?? 0;
  const alignRight = (flags & ALIGN_RIGHT) !== 0;
  const tabIndent = (flags & TAB_INDENT) !== 0;
  const tabPadded = options.padchar === '\t';
  const pads = new PadCache(options.padchar);
  const tabs = new PadCache('\t');
  const padding = (textw: number, cellw: number, useTabs: boolean): string => {
    if (tabPadded || useTabs) {
      if (options.tabwidth === 0) return '';
      const rounded = Math.ceil(cellw / options.tabwidth) * options.tabwidth;
      return tabs.get(Math.ceil((rounded - textw) / options.tabwidth));
    }
    return pads.get(cellw - textw);
  };

  // Plain concatenation: V8 builds a rope and flattens it once, cheaper here than join().
  let out = '';
  for (let i = 0; i < cells.length; i++) {
    const line = cells[i] as string[];
    const lineWidths = widths[i] as number[];
    let useTabs = tabIndent;
    let s = i > 0 ? '\n' : '';
    for (let j = 0; j < line.length; j++) {
      const t = line[j] as string;
      const w = j < lineWidths.length ? (lineWidths[j] as number) : undefined;
      if (t.length === 0) {
        if (w !== undefined) s += padding(0, w, useTabs);
        continue;
      }
      useTabs = false;
      if (w === undefined) s += t;
      else if (alignRight) s += padding(cellWidth(i, j), w, false) + t;
      else s += t + padding(cellWidth(i, j), w, false);
    }
    out += s;
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
