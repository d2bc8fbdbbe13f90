// Go's text/tabwriter, reproduced cell for cell: ctr, crictl and docker print every table
// through it, and urfave/cli prints its help through it, so column widths, padding and the
// trailing spaces of the last padded cell must come out exactly as Go computes them.
//
// Model (as in Go): text is split into lines, lines into cells at each '\t'. Only
// tab-terminated cells belong to a column; the last cell of a line is free text. A column
// block is a run of consecutive lines that all have a cell in that column; its width is the
// widest cell plus padding (at least minwidth). A line with fewer cells ends the block.

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
/** A column whose cells are all empty takes no width (Go's tabwriter.DiscardEmptyColumns). */
export const DISCARD_EMPTY_COLUMNS = 1 << 3;
/** Pad leading empty cells with tabs whatever the padchar (Go's tabwriter.TabIndent). */
export const TAB_INDENT = 1 << 4;

interface Cell {
  text: string;
  /** Width in runes, as Go's utf8.RuneCount. */
  width: number;
  /** Terminated by a horizontal tab (matters only for discarding empty columns). */
  htab: boolean;
}

function runeCount(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function splitCells(line: string): Cell[] {
  const parts = line.split('\t');
  return parts.map((text, i) => ({ text, width: runeCount(text), htab: i < parts.length - 1 }));
}

/** Formats `text` as a Go tabwriter with these options would, after Write(text) and Flush(). */
export function tabwrite(text: string, options: TabwriterOptions): string {
  const lines = text.split('\n').map(splitCells);
  const flags = options.flags ?? 0;
  const out: string[] = [];
  const widths: number[] = [];

  const padding = (textw: number, cellw: number, useTabs: boolean): string => {
    if (options.padchar === '\t' || useTabs) {
      if (options.tabwidth === 0) return '';
      const rounded = Math.ceil(cellw / options.tabwidth) * options.tabwidth;
      return '\t'.repeat(Math.ceil((rounded - textw) / options.tabwidth));
    }
    return options.padchar.repeat(Math.max(0, cellw - textw));
  };

  const writeLines = (line0: number, line1: number): void => {
    for (let i = line0; i < line1; i++) {
      const line = lines[i] ?? [];
      let useTabs = (flags & TAB_INDENT) !== 0;
      let s = '';
      line.forEach((c, j) => {
        const w = widths[j];
        if (c.text.length === 0) {
          if (w !== undefined) s += padding(c.width, w, useTabs);
          return;
        }
        useTabs = false;
        if ((flags & ALIGN_RIGHT) !== 0 && w !== undefined) {
          s += padding(c.width, w, false) + c.text;
        } else {
          s += c.text;
          if (w !== undefined) s += padding(c.width, w, false);
        }
      });
      out.push(s);
    }
  };

  const format = (start: number, end: number): void => {
    const column = widths.length;
    let line0 = start;
    for (let i = start; i < end; i++) {
      if (column >= (lines[i]?.length ?? 0) - 1) continue;
      // A cell exists in this column: print the lines before the block, then size the block.
      writeLines(line0, i);
      line0 = i;
      let width = options.minwidth;
      let discardable = true;
      for (; i < end; i++) {
        const line = lines[i] ?? [];
        if (column >= line.length - 1) break;
        const c = line[column];
        if (c === undefined) break;
        width = Math.max(width, c.width + options.padding);
        if (c.width > 0 || c.htab) discardable = false;
      }
      if (discardable && (flags & DISCARD_EMPTY_COLUMNS) !== 0) width = 0;
      widths.push(width);
      format(line0, i);
      widths.pop();
      // i is the line that ended the block; it has no cell here, so the loop may step past it.
      line0 = i;
    }
    writeLines(line0, end);
  };

  format(0, lines.length);
  return out.join('\n');
}

/** Collects rows like Go's fmt.Fprintf(w, "a\tb\t\n") calls, then formats them once. */
export class Tabwriter {
  private buffer = '';

  constructor(private readonly options: TabwriterOptions) {}

  write(text: string): void {
    this.buffer += text;
  }

  /** The formatted text of everything written so far; the buffer is emptied. */
  flush(): string {
    const text = tabwrite(this.buffer, this.options);
    this.buffer = '';
    return text;
  }
}
