// A minimal vim: the keys the notes need to edit /etc/crictl.yaml or /etc/profile. Pure: it
// holds the text and answers each key with what to draw; vi.ts reads and writes the file.
// Messages are vim 9's (src/errors.h E37, E32, E486, E492; fileio.c's "NL, NB written").

import {
  ALT_SCREEN_OFF,
  ALT_SCREEN_ON,
  isKey,
  isPasteMarker,
  isPrintable,
  KEY,
  MOVE,
  SCREEN_COLS,
  SCREEN_ROWS,
  type Key,
} from './raw-keys';

type Mode = 'normal' | 'insert' | 'command' | 'search';

/** What the editor asks of its file (vi.ts gives it the node's file system). */
export interface EditorFile {
  /** Writes the text; returns an error message for the status line, or undefined. */
  write(path: string, text: string): string | undefined;
}

export interface KeyResult {
  /** What to send to the terminal. */
  output: string;
  /** Set when the editor has quit: the exit code. */
  exitCode?: number;
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

export class ViEditor {
  private lines: string[];
  private row = 0;
  private col = 0;
  private top = 0;
  private mode: Mode = 'normal';
  private commandLine = '';
  private message: string;
  private dirty = false;
  /** A pending operator key (`d` of `dd`, `g` of `gg`, `Z` of `ZZ`). */
  private pendingKey = '';
  private lastSearch = '';
  private readonly rows: number;
  private readonly cols: number;

  constructor(
    private readonly path: string,
    text: string | undefined,
    private readonly file: EditorFile,
    size: { rows: number; cols: number } = { rows: SCREEN_ROWS, cols: SCREEN_COLS },
  ) {
    this.rows = size.rows;
    this.cols = size.cols;
    if (text === undefined) {
      this.lines = [''];
      this.message = `"${path}" [New]`;
    } else {
      const body = text.endsWith('\n') ? text.slice(0, -1) : text;
      this.lines = body.split('\n');
      this.message = `"${path}" ${text === '' ? 0 : this.lines.length}L, ${byteLength(text)}B`;
      if (text === '') this.lines = [''];
    }
  }

  /** The first screen (vim switches to the alternate screen). */
  open(): string {
    return ALT_SCREEN_ON + this.render();
  }

  text(): string {
    return `${this.lines.join('\n')}\n`;
  }

  key(key: Key): KeyResult {
    if (isPasteMarker(key)) return { output: '' };
    let exitCode: number | undefined;
    switch (this.mode) {
      case 'insert':
        this.insertKey(key);
        break;
      case 'command':
      case 'search':
        exitCode = this.lineKey(key);
        break;
      default:
        exitCode = this.normalKey(key);
    }
    if (exitCode !== undefined) return { output: `${MOVE(this.rows, 1)}\x1b[K${ALT_SCREEN_OFF}`, exitCode };
    return { output: this.render() };
  }

  private line(): string {
    return this.lines[this.row] ?? '';
  }

  private lineLength(): number {
    return Array.from(this.line()).length;
  }

  /** In normal mode the cursor sits on a character, never past the last one. */
  private clampCol(): void {
    const max = this.mode === 'insert' ? this.lineLength() : Math.max(0, this.lineLength() - 1);
    this.col = Math.max(0, Math.min(this.col, max));
  }

  private moveRow(delta: number): void {
    this.row = Math.max(0, Math.min(this.lines.length - 1, this.row + delta));
    this.clampCol();
  }

  private arrow(key: Key): boolean {
    if (isKey(key, KEY.up)) this.moveRow(-1);
    else if (isKey(key, KEY.down)) this.moveRow(1);
    else if (isKey(key, KEY.left)) this.col = Math.max(0, this.col - 1);
    else if (isKey(key, KEY.right)) {
      this.col += 1;
      this.clampCol();
    } else if (isKey(key, KEY.home)) this.col = 0;
    else if (isKey(key, KEY.end)) {
      this.col = this.lineLength();
      this.clampCol();
    } else return false;
    return true;
  }

  private setLine(text: string): void {
    this.lines[this.row] = text;
    this.dirty = true;
  }

  private normalKey(key: Key): number | undefined {
    const pending = this.pendingKey;
    this.pendingKey = '';
    if (pending === 'd' && key === 'd') return this.deleteLine();
    if (pending === 'g' && key === 'g') {
      this.row = 0;
      this.col = 0;
      return undefined;
    }
    if (pending === 'Z' && key === 'Z') return this.writeAndQuit(false);
    if (pending === 'Z' && key === 'Q') return 0;
    if (this.arrow(key)) return undefined;
    this.message = '';
    const chars = Array.from(this.line());
    switch (key) {
      case 'h':
        this.col = Math.max(0, this.col - 1);
        break;
      case 'l':
      case ' ':
        this.col += 1;
        this.clampCol();
        break;
      case 'j':
        this.moveRow(1);
        break;
      case 'k':
        this.moveRow(-1);
        break;
      case '0':
        this.col = 0;
        break;
      case '$':
        this.col = chars.length;
        this.clampCol();
        break;
      case 'G':
        this.row = this.lines.length - 1;
        this.col = 0;
        break;
      case 'i':
        this.mode = 'insert';
        break;
      case 'I':
        this.mode = 'insert';
        this.col = 0;
        break;
      case 'a':
        this.mode = 'insert';
        this.col = Math.min(chars.length, this.col + 1);
        break;
      case 'A':
        this.mode = 'insert';
        this.col = chars.length;
        break;
      case 'o':
      case 'O': {
        const at = key === 'o' ? this.row + 1 : this.row;
        this.lines.splice(at, 0, '');
        this.row = at;
        this.col = 0;
        this.dirty = true;
        this.mode = 'insert';
        break;
      }
      case 'x':
        if (chars.length > 0) {
          chars.splice(this.col, 1);
          this.setLine(chars.join(''));
          this.clampCol();
        }
        break;
      case 'n':
      case 'N':
        if (this.lastSearch === '') this.message = 'E35: No previous regular expression';
        else this.search(this.lastSearch, key === 'n' ? 1 : -1);
        break;
      case ':':
      case '/':
        this.mode = key === ':' ? 'command' : 'search';
        this.commandLine = '';
        break;
      case 'd':
      case 'g':
      case 'Z':
        this.pendingKey = key;
        break;
      default:
        break; // vim beeps; nothing changes
    }
    return undefined;
  }

  private deleteLine(): undefined {
    this.lines.splice(this.row, 1);
    if (this.lines.length === 0) this.lines = [''];
    this.dirty = true;
    this.moveRow(0);
    this.col = 0;
    return undefined;
  }

  private insertKey(key: Key): void {
    if (key === '\x1b') {
      // vim steps back onto the last inserted character when insert mode ends.
      this.mode = 'normal';
      this.col = Math.max(0, this.col - 1);
      this.clampCol();
      return;
    }
    if (this.arrow(key)) return;
    const chars = Array.from(this.line());
    if (key === '\r' || key === '\n') {
      this.lines.splice(this.row + 1, 0, chars.slice(this.col).join(''));
      this.setLine(chars.slice(0, this.col).join(''));
      this.row += 1;
      this.col = 0;
    } else if (key === '\x7f' || key === '\b') {
      if (this.col > 0) {
        chars.splice(this.col - 1, 1);
        this.setLine(chars.join(''));
        this.col -= 1;
      } else if (this.row > 0) {
        const previous = this.lines[this.row - 1] ?? '';
        this.lines.splice(this.row, 1);
        this.row -= 1;
        this.col = Array.from(previous).length;
        this.setLine(previous + chars.join(''));
      }
    } else if (isKey(key, KEY.delete)) {
      chars.splice(this.col, 1);
      this.setLine(chars.join(''));
    } else if (isPrintable(key) || key === '\t') {
      chars.splice(this.col, 0, key);
      this.setLine(chars.join(''));
      this.col += 1;
    }
  }

  /** A key on the `:` or `/` line. */
  private lineKey(key: Key): number | undefined {
    if (key === '\x1b' || key === '\x03') {
      this.mode = 'normal';
      return undefined;
    }
    if (key === '\x7f' || key === '\b') {
      if (this.commandLine === '') this.mode = 'normal';
      else this.commandLine = Array.from(this.commandLine).slice(0, -1).join('');
      return undefined;
    }
    if (key === '\r' || key === '\n') {
      const text = this.commandLine;
      const mode = this.mode;
      this.mode = 'normal';
      if (mode === 'search') {
        if (text !== '') this.lastSearch = text;
        if (this.lastSearch !== '') this.search(this.lastSearch, 1);
        return undefined;
      }
      return this.exCommand(text.trim());
    }
    if (isPrintable(key)) this.commandLine += key;
    return undefined;
  }

  private exCommand(command: string): number | undefined {
    if (command === '') return undefined;
    if (/^\d+$/.test(command)) {
      this.row = Math.max(0, Math.min(this.lines.length - 1, Number(command) - 1));
      this.col = 0;
      return undefined;
    }
    const match = /^(w|write|q|quit|wq|x|xit|exit|q!|quit!|wq!|x!)(?:\s+(\S+))?$/.exec(command);
    if (!match) {
      this.message = `E492: Not an editor command: ${command}`;
      return undefined;
    }
    const name = match[1] ?? '';
    if (name.startsWith('q') && name.endsWith('!')) return 0;
    if (name === 'q' || name === 'quit') {
      if (this.dirty) {
        this.message = 'E37: No write since last change (add ! to override)';
        return undefined;
      }
      return 0;
    }
    if (name === 'w' || name === 'write') {
      this.write(match[2]);
      return undefined;
    }
    // :x writes only when something changed; :wq always writes.
    return this.writeAndQuit(name === 'wq' || name === 'wq!', match[2]);
  }

  private writeAndQuit(always: boolean, path?: string): number | undefined {
    if (!always && !this.dirty && path === undefined) return 0;
    return this.write(path) ? 0 : undefined;
  }

  private write(path = this.path): boolean {
    const text = this.text();
    const error = this.file.write(path, text);
    if (error !== undefined) {
      this.message = error;
      return false;
    }
    if (path === this.path) this.dirty = false;
    this.message = `"${path}" ${this.lines.length}L, ${byteLength(text)}B written`;
    return true;
  }

  private search(pattern: string, direction: 1 | -1): void {
    const count = this.lines.length;
    for (let step = 0; step <= count; step += 1) {
      const index = (((this.row + direction * step) % count) + count) % count;
      const line = this.lines[index] ?? '';
      const cursorUnit = Array.from(line).slice(0, this.col).join('').length;
      let unit: number;
      if (direction > 0) unit = step === 0 ? line.indexOf(pattern, cursorUnit + 1) : line.indexOf(pattern);
      else unit = step === 0 ? (cursorUnit > 0 ? line.lastIndexOf(pattern, cursorUnit - 1) : -1) : line.lastIndexOf(pattern);
      if (step === count && index === this.row && unit < 0) break;
      if (unit >= 0) {
        const wrapped = direction > 0 ? index < this.row || (index === this.row && step > 0) : index > this.row;
        this.message = wrapped
          ? direction > 0
            ? 'search hit BOTTOM, continuing at TOP'
            : 'search hit TOP, continuing at BOTTOM'
          : `${direction > 0 ? '/' : '?'}${pattern}`;
        this.row = index;
        this.col = Array.from(line.slice(0, unit)).length;
        return;
      }
    }
    this.message = `E486: Pattern not found: ${pattern}`;
  }

  /** Rows of the text on screen: as many as fit above the status line, scrolled to the cursor. */
  private render(): string {
    const textRows = this.rows - 1;
    if (this.row < this.top) this.top = this.row;
    if (this.row >= this.top + textRows) this.top = this.row - textRows + 1;
    let out = '\x1b[?25l\x1b[H';
    for (let screenRow = 0; screenRow < textRows; screenRow += 1) {
      const line = this.lines[this.top + screenRow];
      const shown = line === undefined ? '\x1b[94m~\x1b[39m' : Array.from(line).slice(0, this.cols).join('');
      out += `${MOVE(screenRow + 1, 1)}${shown}\x1b[K`;
    }
    out += `${MOVE(this.rows, 1)}${this.statusLine()}\x1b[K`;
    if (this.mode === 'command' || this.mode === 'search') {
      out += MOVE(this.rows, 2 + Array.from(this.commandLine).length);
    } else {
      const before = Array.from(this.line()).slice(0, this.col).join('');
      out += MOVE(this.row - this.top + 1, Math.min(this.cols, Array.from(before).length + 1));
    }
    return `${out}\x1b[?25h`;
  }

  private statusLine(): string {
    if (this.mode === 'command') return `:${this.commandLine}`;
    if (this.mode === 'search') return `/${this.commandLine}`;
    if (this.mode === 'insert') return '\x1b[1m-- INSERT --\x1b[22m';
    if (this.message.startsWith('E')) return `\x1b[97;41m${this.message}\x1b[39;49m`;
    return this.message;
  }
}
