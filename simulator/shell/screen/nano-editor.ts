// A minimal GNU nano 7.2 (Debian 12's): type to edit, arrows, ^O writes (asking for the file
// name), ^X exits (asking "Save modified buffer?" first when there are changes), ^K / ^U cut
// and paste a line, ^W searches. The screen follows nano's: title bar, text, status line and
// two rows of shortcuts (nano src/winio.c titlebar(), statusbar(), bottombars()). Pure: it
// answers each key with what to draw; nano.ts writes the file.

import { ALT_SCREEN_OFF, ALT_SCREEN_ON, isKey, isPasteMarker, isPrintable, KEY, MOVE, REVERSE, SCREEN_COLS, SCREEN_ROWS, type Key } from './raw-keys';
import type { EditorFile, KeyResult } from './vi-editor';

const VERSION = 'GNU nano 7.2';

type Prompt =
  | { kind: 'write'; text: string; thenExit: boolean }
  | { kind: 'save-changes' }
  | { kind: 'search'; text: string };

const EDIT_SHORTCUTS: ReadonlyArray<readonly [string, string]> = [
  ['^G', 'Help'], ['^O', 'Write Out'], ['^W', 'Where Is'], ['^K', 'Cut'], ['^T', 'Execute'], ['^C', 'Location'],
  ['^X', 'Exit'], ['^R', 'Read File'], ['^\\', 'Replace'], ['^U', 'Paste'], ['^J', 'Justify'], ['^/', 'Go To Line'],
];
const WRITE_SHORTCUTS: ReadonlyArray<readonly [string, string]> = [
  ['^G', 'Help'], ['M-D', 'DOS Format'], ['M-A', 'Append'], ['M-B', 'Backup File'], ['^C', 'Cancel'], ['M-M', 'Mac Format'],
  ['M-P', 'Prepend'], ['^T', 'Browse'],
];
const SAVE_SHORTCUTS: ReadonlyArray<readonly [string, string]> = [['Y', 'Yes'], ['N', 'No'], ['^C', 'Cancel']];

export class NanoEditor {
  private lines: string[];
  private row = 0;
  private col = 0;
  private top = 0;
  private dirty = false;
  private status: string;
  private prompt: Prompt | null = null;
  private cutBuffer: string[] = [];
  private lastCut = false;
  private lastSearch = '';
  private readonly rows: number;
  private readonly cols: number;

  constructor(
    private path: string,
    text: string | undefined,
    private readonly file: EditorFile,
    size: { rows: number; cols: number } = { rows: SCREEN_ROWS, cols: SCREEN_COLS },
  ) {
    this.rows = size.rows;
    this.cols = size.cols;
    if (text === undefined) {
      this.lines = [''];
      this.status = '[ New File ]';
    } else {
      this.lines = (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
      const count = text === '' ? 0 : this.lines.length;
      this.status = `[ Read ${count} line${count === 1 ? '' : 's'} ]`;
    }
  }

  open(): string {
    return ALT_SCREEN_ON + this.render();
  }

  text(): string {
    return `${this.lines.join('\n')}\n`;
  }

  key(key: Key): KeyResult {
    if (isPasteMarker(key)) return { output: '' };
    const exitCode = this.prompt ? this.promptKey(this.prompt, key) : this.editKey(key);
    if (exitCode !== undefined) return { output: `${MOVE(this.rows, 1)}\x1b[K${ALT_SCREEN_OFF}`, exitCode };
    return { output: this.render() };
  }

  private line(): string[] {
    return Array.from(this.lines[this.row] ?? '');
  }

  private setLine(chars: string[]): void {
    this.lines[this.row] = chars.join('');
    this.dirty = true;
  }

  private editKey(key: Key): number | undefined {
    const wasCut = this.lastCut;
    this.lastCut = false;
    const chars = this.line();
    if (isKey(key, KEY.up)) this.row = Math.max(0, this.row - 1);
    else if (isKey(key, KEY.down)) this.row = Math.min(this.lines.length - 1, this.row + 1);
    else if (isKey(key, KEY.left)) this.col = Math.max(0, this.col - 1);
    else if (isKey(key, KEY.right)) this.col = Math.min(chars.length, this.col + 1);
    else if (isKey(key, KEY.home) || key === '\x01') this.col = 0;
    else if (isKey(key, KEY.end) || key === '\x05') this.col = chars.length;
    else if (key === '\r') {
      this.lines.splice(this.row + 1, 0, chars.slice(this.col).join(''));
      this.setLine(chars.slice(0, this.col));
      this.row += 1;
      this.col = 0;
    } else if (key === '\x7f' || key === '\b') {
      if (this.col > 0) {
        chars.splice(this.col - 1, 1);
        this.setLine(chars);
        this.col -= 1;
      } else if (this.row > 0) {
        const previous = Array.from(this.lines[this.row - 1] ?? '');
        this.lines.splice(this.row, 1);
        this.row -= 1;
        this.col = previous.length;
        this.setLine([...previous, ...chars]);
      }
    } else if (isKey(key, KEY.delete) || key === '\x04') {
      if (this.col < chars.length) {
        chars.splice(this.col, 1);
        this.setLine(chars);
      } else if (this.row < this.lines.length - 1) {
        const next = this.lines[this.row + 1] ?? '';
        this.lines.splice(this.row + 1, 1);
        this.setLine([...chars, ...Array.from(next)]);
      }
    } else if (key === '\x0b') {
      // ^K: consecutive cuts gather in one buffer, as nano's cutbuffer does.
      if (!wasCut) this.cutBuffer = [];
      this.cutBuffer.push(this.lines[this.row] ?? '');
      this.lines.splice(this.row, 1);
      if (this.lines.length === 0) this.lines = [''];
      this.row = Math.min(this.row, this.lines.length - 1);
      this.col = 0;
      this.dirty = true;
      this.lastCut = true;
    } else if (key === '\x15') {
      if (this.cutBuffer.length > 0) {
        this.lines.splice(this.row, 0, ...this.cutBuffer);
        this.row += this.cutBuffer.length;
        this.col = 0;
        this.dirty = true;
      }
    } else if (key === '\x0f') {
      this.prompt = { kind: 'write', text: this.path, thenExit: false };
    } else if (key === '\x17') {
      this.prompt = { kind: 'search', text: '' };
    } else if (key === '\x18') {
      if (!this.dirty) return 0;
      this.prompt = { kind: 'save-changes' };
    } else if (isPrintable(key) || key === '\t') {
      chars.splice(this.col, 0, key);
      this.setLine(chars);
      this.col += 1;
    } else {
      return undefined;
    }
    this.col = Math.min(this.col, this.line().length);
    this.status = '';
    return undefined;
  }

  private promptKey(prompt: Prompt, key: Key): number | undefined {
    if (key === '\x03') {
      this.prompt = null;
      this.status = '[ Cancelled ]';
      return undefined;
    }
    if (prompt.kind === 'save-changes') {
      if (key === 'y' || key === 'Y') this.prompt = { kind: 'write', text: this.path, thenExit: true };
      else if (key === 'n' || key === 'N') return 0;
      return undefined;
    }
    if (key === '\r') {
      this.prompt = null;
      return prompt.kind === 'write' ? this.write(prompt.text, prompt.thenExit) : this.search(prompt.text);
    }
    if (key === '\x7f' || key === '\b') prompt.text = Array.from(prompt.text).slice(0, -1).join('');
    else if (isPrintable(key)) prompt.text += key;
    return undefined;
  }

  private write(path: string, thenExit: boolean): number | undefined {
    if (path === '') {
      this.status = '[ Cancelled ]';
      return undefined;
    }
    const error = this.file.write(path, this.text());
    if (error !== undefined) {
      this.status = `[ Error writing ${path}: Permission denied ]`;
      return undefined;
    }
    this.path = path;
    this.dirty = false;
    const count = this.lines.length;
    this.status = `[ Wrote ${count} line${count === 1 ? '' : 's'} ]`;
    return thenExit ? 0 : undefined;
  }

  private search(typed: string): undefined {
    const pattern = typed === '' ? this.lastSearch : typed;
    if (pattern === '') {
      this.status = '[ Cancelled ]';
      return undefined;
    }
    this.lastSearch = pattern;
    const count = this.lines.length;
    const start = this.row;
    for (let step = 0; step <= count; step += 1) {
      const index = (start + step) % count;
      const line = this.lines[index] ?? '';
      const from = step === 0 ? Array.from(line).slice(0, this.col + 1).join('').length : 0;
      const unit = line.indexOf(pattern, from);
      if (unit >= 0) {
        this.row = index;
        this.col = Array.from(line.slice(0, unit)).length;
        // Past the last line nano goes on from the first and says so.
        this.status = start + step >= count ? '[ Search Wrapped ]' : '';
        return undefined;
      }
    }
    this.status = `[ "${pattern}" not found ]`;
    return undefined;
  }

  private render(): string {
    const textRows = this.rows - 4;
    if (this.row < this.top) this.top = this.row;
    if (this.row >= this.top + textRows) this.top = this.row - textRows + 1;
    let out = `\x1b[?25l${MOVE(1, 1)}${REVERSE(this.titleBar())}`;
    for (let screenRow = 0; screenRow < textRows; screenRow += 1) {
      const line = this.lines[this.top + screenRow];
      out += `${MOVE(screenRow + 2, 1)}${line === undefined ? '' : Array.from(line).slice(0, this.cols).join('')}\x1b[K`;
    }
    out += `${MOVE(this.rows - 2, 1)}${this.statusRow()}\x1b[K`;
    const shortcuts = this.prompt?.kind === 'write' ? WRITE_SHORTCUTS : this.prompt?.kind === 'save-changes' ? SAVE_SHORTCUTS : EDIT_SHORTCUTS;
    out += `${MOVE(this.rows - 1, 1)}${this.shortcutRow(shortcuts, 0)}\x1b[K`;
    out += `${MOVE(this.rows, 1)}${this.shortcutRow(shortcuts, 1)}\x1b[K`;
    if (this.prompt && this.prompt.kind !== 'save-changes') {
      out += MOVE(this.rows - 2, Array.from(this.promptLabel()).length + Array.from(this.prompt.text).length + 1);
    } else if (this.prompt) {
      out += MOVE(this.rows - 2, Array.from(this.promptLabel()).length + 1);
    } else {
      out += MOVE(this.row - this.top + 2, this.col + 1);
    }
    return `${out}\x1b[?25h`;
  }

  private titleBar(): string {
    const left = `  ${VERSION}`;
    const right = this.dirty ? 'Modified  ' : '';
    const name = this.path;
    const start = Math.max(left.length + 1, Math.floor((this.cols - name.length) / 2));
    const middle = `${left.padEnd(start)}${name}`;
    return middle.padEnd(this.cols - right.length).slice(0, this.cols - right.length) + right;
  }

  private promptLabel(): string {
    if (!this.prompt) return '';
    if (this.prompt.kind === 'write') return 'File Name to Write: ';
    if (this.prompt.kind === 'search') return `Search${this.lastSearch ? ` [${this.lastSearch}]` : ''}: `;
    return 'Save modified buffer? ';
  }

  private statusRow(): string {
    if (this.prompt) {
      const text = this.prompt.kind === 'save-changes' ? '' : this.prompt.text;
      return REVERSE(`${this.promptLabel()}${text}`.padEnd(this.cols));
    }
    if (this.status === '') return '';
    const pad = Math.max(0, Math.floor((this.cols - this.status.length) / 2));
    return ' '.repeat(pad) + REVERSE(this.status);
  }

  /** Half the shortcuts on each of the two bottom rows, each in an equal share of the width. */
  private shortcutRow(items: ReadonlyArray<readonly [string, string]>, half: 0 | 1): string {
    const perRow = Math.ceil(items.length / 2);
    const width = Math.floor(this.cols / perRow);
    return items
      .slice(half * perRow, half * perRow + perRow)
      .map(([key, label]) => `${REVERSE(key)} ${label}`.padEnd(width + '\x1b[7m\x1b[27m'.length))
      .join('')
      .trimEnd();
  }
}
