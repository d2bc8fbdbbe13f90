// Draws prompt + line on the terminal and keeps track of where the cursor is, also when the
// line wraps over several rows. Positions are counted in cells from column 0 of the row the
// prompt starts on, so the arithmetic survives wrapping: row = cell / cols, col = cell % cols.

const ANSI_SEQUENCE = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-_]/g;

/** Line breaks inside a recalled multi-line command are shown as one visible cell. */
const NEWLINE_GLYPH = '↵';

// East Asian wide and fullwidth ranges (and the common emoji blocks): two cells each.
const WIDE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 0;
  if (code >= 0x300 && code <= 0x36f) return 0; // combining marks
  for (const [low, high] of WIDE_RANGES) {
    if (code >= low && code <= high) return 2;
  }
  return 1;
}

/** Cells the text occupies on screen, ignoring escape sequences. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(ANSI_SEQUENCE, '')) width += charWidth(char);
  return width;
}

/** How the line's text is shown: a recalled multi-line command shows its breaks as ↵. */
function displayText(text: string): string {
  return text.replace(/\n/g, NEWLINE_GLYPH);
}

export class LineView {
  private startCol = 0;
  private cursorCell = 0;

  /** Starts a new prompt at `column` of the current row (0 after a newline). */
  begin(column: number): void {
    this.startCol = Math.max(0, column);
    this.cursorCell = this.startCol;
  }

  /**
   * The escape sequence that redraws prompt + text and leaves the cursor after `before`.
   * `before` is the part of `text` left of the cursor.
   */
  render(prompt: string, text: string, before: string, cols: number): string {
    const width = Math.max(1, cols);
    let out = this.moveToRowStart(width);
    if (this.startCol > 0) out += `\x1b[${this.startCol}C`;
    out += prompt + displayText(text);
    const endCell = this.startCol + displayWidth(prompt) + displayWidth(displayText(text));
    // A row filled to its last cell leaves xterm in a pending-wrap state; a space forces the wrap
    // so the cursor really sits at the start of the next row, then the erase below removes it.
    if (endCell > 0 && endCell % width === 0) out += ' \r';
    out += '\x1b[J';
    const targetCell = this.startCol + displayWidth(prompt) + displayWidth(displayText(before));
    out += moveBetween(endCell, targetCell, width);
    this.cursorCell = targetCell;
    return out;
  }

  /** The sequence that puts the cursor after the whole line, ready for a newline. */
  moveToEnd(prompt: string, text: string, cols: number): string {
    return this.render(prompt, text, text, cols);
  }

  private moveToRowStart(cols: number): string {
    const row = Math.floor(this.cursorCell / cols);
    return (row > 0 ? `\x1b[${row}A` : '') + '\r';
  }
}

function moveBetween(fromCell: number, toCell: number, cols: number): string {
  const rowsUp = Math.floor(fromCell / cols) - Math.floor(toCell / cols);
  let out = '';
  if (rowsUp > 0) out += `\x1b[${rowsUp}A`;
  out += '\r';
  const col = toCell % cols;
  if (col > 0) out += `\x1b[${col}C`;
  return out;
}
