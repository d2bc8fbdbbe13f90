// The shell loop of the browser terminal: reads keys, edits the line, runs it in the session and
// streams the output back. It talks to the screen only through TerminalSurface, so it runs in
// unit tests without a DOM and without xterm.

import type { TerminalSession } from '../session/terminal-session';
import { RAW_KEYS_PROMPT } from '../../simulator/shell/screen/raw-keys';
import { EscapeSequenceReader } from '../../simulator/cli/escape-sequence';
import { parseInput, pastedKeys, type EditKey } from './input-keys';
import { completeLine } from './completion';
import { LineEditor } from './line-editor';
import { LineView } from './line-view';
import { plainlyComplete } from './plain-line';
import { commandPainted, commandWritten, firstPromptPainted, markEnter } from './enter-timing';
import {
  backspaceInSearch,
  searchLine,
  searchOlder,
  searchPrompt,
  startSearch,
  typeInSearch,
  type SearchState,
} from './reverse-search';

/** What the controller needs from a terminal emulator (xterm in the page, a fake in tests). */
export interface TerminalSurface {
  /** Queues data for the screen. */
  write(data: string): void;
  /** Resolves once everything written so far has been drawn (cursor position is then valid). */
  flush(): Promise<void>;
  /** Column of the cursor after the last flush, 0-based. */
  cursorX(): number;
  cols(): number;
  /** Clears screen and scrollback and resets terminal modes. */
  reset(): void;
  /**
   * Resolves true once the screen has painted what was written so far, false if it did not
   * within a second (a hidden terminal paints nothing). Only timing marks wait for it.
   * `parsed` is called first, once the terminal holds all of it (before the frame that paints).
   */
  painted?(parsed?: () => void): Promise<boolean>;
}

export interface ControllerHooks {
  /** Called after every command that ran, e.g. to persist the session. */
  afterCommand?: () => void;
  /** Called when a command line starts (true) and when it has finished (false). */
  onBusyChange?: (busy: boolean) => void;
}

/** bash's PS2: the prompt of continuation lines (open quote, heredoc, trailing backslash). */
const CONTINUATION_PROMPT = '> ';

/** xterm wants CR LF; our output uses LF. */
function toTerminalNewlines(chunk: string): string {
  return chunk.replace(/\r?\n/g, '\r\n');
}

/** Keys that only edit the line; each says whether the line changed (and so is redrawn). */
const LINE_EDITS: Partial<Record<EditKey['kind'], (editor: LineEditor) => boolean>> = {
  backspace: (e) => e.backspace(),
  delete: (e) => e.deleteForward(),
  left: (e) => e.left(),
  right: (e) => e.right(),
  'word-left': (e) => e.wordLeft(),
  'word-right': (e) => e.wordRight(),
  home: (e) => e.home(),
  end: (e) => e.end(),
  'kill-before': (e) => e.killBefore(),
  'kill-after': (e) => e.killAfter(),
  'kill-word-before': (e) => e.killWordBefore(),
  'kill-alnum-word-before': (e) => e.killAlnumWordBefore(),
  'kill-word-after': (e) => e.killAlnumWordAfter(),
  yank: (e) => e.yank(),
  'yank-pop': (e) => e.yankPop(),
};

const KILL_KEYS: ReadonlySet<EditKey['kind']> = new Set([
  'kill-before',
  'kill-after',
  'kill-word-before',
  'kill-alnum-word-before',
  'kill-word-after',
]);

function editorKeyKind(kind: EditKey['kind']): 'kill' | 'yank' | 'other' {
  if (KILL_KEYS.has(kind)) return 'kill';
  return kind === 'yank' || kind === 'yank-pop' ? 'yank' : 'other';
}

export class TerminalController {
  private readonly editor = new LineEditor();
  private readonly view = new LineView();
  private readonly detachWatch = new EscapeSequenceReader();
  private pending: EditKey[] = [];
  private draining = false;
  private running = false;
  private disposed = false;
  /**
   * False until the first prompt is drawn: keys typed while the page and the node load wait in
   * `pending` and run in order once the prompt is there (issue 13: keys typed during load were lost).
   */
  private started = false;
  /** The Ctrl-R search in progress, or null. */
  private search: SearchState | null = null;
  /** The last Ctrl-R search string: Ctrl-R Ctrl-R searches for it again. */
  private lastSearch = '';
  /** Data typed while a command runs, as it came: keys for the line editor or a full-screen program. */
  private typedAhead: string[] = [];
  /** A full-screen program (less, vi, nano) has the terminal: keys go to it as bytes. */
  private raw = false;
  private rawQueue: string[] = [];
  private rawDraining = false;
  /** Enter was pressed and the line is on its way to running: keys typed now are typed ahead. */
  private submitting = false;
  /** Lines already entered for a command that needs more input. */
  private continuation: string[] = [];
  private promptText = '';
  /** Index into the history while browsing it with Up/Down; null while editing a fresh line. */
  private historyIndex: number | null = null;
  private draft = '';
  private lastKeyWasTab = false;
  /** Ctrl-C was pressed while the current command ran. */
  private interruptedRun = false;
  /** Bumped by setSession so a command finishing in an old session does not draw a prompt. */
  private epoch = 0;
  /**
   * The prompt and the line being edited are the last thing on screen. False from Enter or
   * Ctrl-C until the next prompt: a redraw then (a resize as the state panel grows when a
   * command ends) would draw the finished line again under its output, and the prompt after it.
   */
  private lineOnScreen = false;

  constructor(
    private readonly surface: TerminalSurface,
    private session: TerminalSession,
    private readonly hooks: ControllerHooks = {},
  ) {}

  /** Prints an optional notice and the first prompt. */
  async start(notice?: string | null): Promise<void> {
    if (notice) this.surface.write(`\x1b[33m${toTerminalNewlines(notice)}\x1b[0m\r\n`);
    await this.newPrompt();
    if (this.disposed) return;
    void this.surface.painted?.().then((shown) => shown && firstPromptPainted());
    this.started = true;
    if (!this.draining) void this.drain();
  }

  /** Data from the terminal's onData (keys, pastes). Typed ahead while a command runs, it waits. */
  input(data: string): void {
    if (this.raw) {
      this.rawQueue.push(data);
      if (!this.rawDraining) void this.drainRaw();
      return;
    }
    if (this.running || this.submitting) {
      // Kept as typed: the command may hand the terminal to a full-screen program (vi), which
      // wants the bytes; otherwise they become editing keys when the prompt is back.
      const keys = parseInput(data);
      if (keys.some((key) => key.kind === 'interrupt') && this.running) {
        this.typedAhead = [];
        this.enqueue(keys.filter((key) => key.kind === 'interrupt'));
      } else if (keys.some((key) => key.kind === 'interrupt')) {
        // The line has not started yet (a continuation is being checked): keys stay in order.
        for (const ahead of this.typedAhead.splice(0)) this.pending.push(...parseInput(ahead));
        this.enqueue(keys);
      } else {
        this.typedAhead.push(data);
      }
      return;
    }
    // docker's detach keys go to the attached program as typed, not to the line editor.
    for (const part of this.detachWatch.feed(data, this.safeDetachKeys() ?? '')) {
      this.enqueue('escape' in part ? [{ kind: 'detach', keys: part.escape }] : parseInput(part.typed));
    }
  }

  /** Types text into the terminal as a paste: each line runs in turn (the notes' Run buttons). */
  paste(text: string): void {
    this.enqueue(pastedKeys(text.endsWith('\n') ? text : `${text}\n`));
  }

  /** Swaps in another session (Reset): clears the screen and starts over at a fresh prompt. */
  async setSession(session: TerminalSession, notice?: string | null): Promise<void> {
    this.session = session;
    this.epoch += 1;
    this.pending = [];
    this.typedAhead = [];
    this.rawQueue = [];
    this.raw = false;
    this.running = false;
    this.continuation = [];
    this.historyIndex = null;
    this.search = null;
    this.lineOnScreen = false;
    this.surface.reset();
    await this.start(notice);
    this.hooks.onBusyChange?.(false);
    if (!this.draining) void this.drain();
  }

  /** Redraws the current line, e.g. after the terminal changed its width. */
  refresh(): void {
    if (!this.lineOnScreen || this.running || this.raw || this.disposed) return;
    this.draw();
  }

  dispose(): void {
    this.disposed = true;
    this.pending = [];
  }

  /** True while a command line is running. */
  busy(): boolean {
    return this.running;
  }

  private enqueue(keys: EditKey[]): void {
    for (const key of keys) {
      // Ctrl-C while a command runs goes to the command (SIGINT) and throws away what was
      // typed ahead, as a terminal's line discipline does.
      if (key.kind === 'interrupt' && this.running) {
        this.pending = [];
        this.typedAhead = [];
        this.interruptedRun = true;
        this.surface.write('^C');
        void this.signal('SIGINT');
      } else {
        this.pending.push(key);
      }
    }
    if (!this.draining) void this.drain();
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (!this.disposed && !this.running && this.started) {
        const key = this.pending.shift();
        if (!key) break;
        // Editing keys are handled synchronously; only Enter (a command run) has to be awaited.
        const done = this.handle(key);
        if (done) await done;
      }
    } finally {
      this.draining = false;
    }
  }

  private handle(key: EditKey): Promise<void> | void {
    if (this.search && this.searchKey(this.search, key)) return;
    const wasTab = this.lastKeyWasTab;
    this.lastKeyWasTab = key.kind === 'tab';
    const editor = this.editor;
    editor.keyKind(editorKeyKind(key.kind));
    const edit = LINE_EDITS[key.kind];
    if (edit) return this.drawIf(edit(editor));
    switch (key.kind) {
      case 'text':
        editor.insert(key.text);
        return this.draw();
      case 'enter':
        return this.submit();
      case 'eof':
        // Ctrl-D on an empty line ends an attached program (`ctr run -t … sh`); otherwise it
        // deletes forward. The login shell itself never logs out: there is nowhere to go.
        if (editor.text() === '' && this.continuation.length === 0) return this.endOfInput();
        return this.drawIf(editor.deleteForward());
      case 'up':
        return this.recall(-1);
      case 'down':
        return this.recall(1);
      case 'tab':
        return this.complete(wasTab);
      case 'interrupt':
        return this.interrupt();
      case 'detach':
        return this.detach(key.keys);
      case 'clear-screen':
        this.surface.write('\x1b[H\x1b[2J');
        this.view.begin(0);
        return this.draw();
      case 'reverse-search':
        this.search = startSearch(editor.text());
        return this.drawSearch(this.search);
      case 'abort':
      case 'escape':
        return; // readline rings the bell; nothing to undo outside a search
    }
  }

  /**
   * A key while Ctrl-R searches. Returns true when the search used it; otherwise the search has
   * ended with its line in the editor and the key goes on to do its usual job, as readline does
   * with "any other key bound to a command" (isearch.c _rl_isearch_dispatch).
   */
  private searchKey(state: SearchState, key: EditKey): boolean {
    const history = this.safeHistory();
    let next: SearchState;
    switch (key.kind) {
      case 'text':
        next = typeInSearch(state, history, key.text);
        break;
      case 'backspace':
        next = backspaceInSearch(state, history);
        break;
      case 'reverse-search':
        next = searchOlder(state, history, this.lastSearch);
        break;
      case 'abort':
        // Ctrl-G: the search is abandoned and the line is what it was before Ctrl-R.
        this.endSearch(state, state.original, Array.from(state.original).length);
        this.draw();
        return true;
      case 'escape':
        // ESC ends the search and leaves the found line to edit.
        this.endSearch(state, searchLine(state, history), state.offset);
        this.draw();
        return true;
      default:
        this.endSearch(state, searchLine(state, history), state.offset);
        // Enter runs the found line at once; other keys act on it.
        if (key.kind !== 'enter') this.draw();
        return false;
    }
    this.search = next;
    this.drawSearch(next);
    return true;
  }

  private endSearch(state: SearchState, line: string, cursor: number): void {
    this.search = null;
    if (state.query !== '') this.lastSearch = state.query;
    this.editor.set(line);
    this.editor.moveTo(state.index === null && line === state.original ? Array.from(line).length : cursor);
    this.historyIndex = null;
  }

  private drawSearch(state: SearchState): void {
    const line = searchLine(state, this.safeHistory());
    const before = state.index === null ? line : Array.from(line).slice(0, state.offset).join('');
    this.surface.write(this.view.render(searchPrompt(state), line, before, this.surface.cols()));
  }

  private draw(): void {
    const text = this.editor.text();
    this.surface.write(
      this.view.render(this.promptText, text, this.editor.beforeCursor(), this.surface.cols()),
    );
  }

  private drawIf(changed: boolean): void {
    if (changed) this.draw();
  }

  private endLine(): void {
    this.lineOnScreen = false;
    this.surface.write(this.view.moveToEnd(this.promptText, this.editor.text(), this.surface.cols()));
    this.surface.write('\r\n');
  }

  private async newPrompt(): Promise<void> {
    // Whatever line was on screen has ended (Ctrl-D to an attached program ends it without
    // endLine): a redraw while the screen catches up would draw it again on the fresh row and
    // move the cursor to where it began, and the prompt would start there.
    this.lineOnScreen = false;
    await this.surface.flush();
    if (this.disposed) return;
    this.promptText = this.continuation.length > 0 ? CONTINUATION_PROMPT : this.safePrompt();
    this.editor.clear();
    this.historyIndex = null;
    this.view.begin(this.surface.cursorX());
    this.draw();
    this.lineOnScreen = true;
  }

  private safePrompt(): string {
    try {
      return this.session.prompt();
    } catch {
      return '$ ';
    }
  }

  private async submit(): Promise<void> {
    this.submitting = true;
    try {
      await this.submitLine();
    } finally {
      this.submitting = false;
      // Typed while the line was checked or ran, and no full-screen program took them.
      if (!this.raw) for (const data of this.typedAhead.splice(0)) this.pending.push(...parseInput(data));
    }
  }

  private async submitLine(): Promise<void> {
    const enter = markEnter();
    this.endLine();
    const lines = [...this.continuation, this.editor.text()];
    const line = lines.join('\n');
    if (await this.needsMoreInput(line)) {
      this.continuation = lines;
      return this.newPrompt();
    }
    this.continuation = [];
    if (line.trim() === '') return this.newPrompt();
    await this.run(line);
    // The output and the next prompt are written: measured once the screen has painted them.
    void this.surface.painted?.(() => commandWritten(enter, line)).then((shown) => shown && commandPainted(enter, line));
  }

  /** Asked of the session, which may be in a worker; a failed answer runs the line as it is. */
  private async needsMoreInput(line: string): Promise<boolean> {
    // A plain line is run at once: the worker's answer would only be "no" one frame later.
    if (plainlyComplete(line)) return false;
    try {
      return await this.session.needsMoreInput(line);
    } catch {
      return false;
    }
  }

  private async run(line: string): Promise<void> {
    const epoch = this.epoch;
    const session = this.session;
    const write = (chunk: string): void => {
      if (epoch === this.epoch && !this.disposed) this.surface.write(toTerminalNewlines(chunk));
    };
    this.running = true;
    this.interruptedRun = false;
    this.hooks.onBusyChange?.(true);
    try {
      const result = await session.run(line, { tty: true, realTime: true, onOutput: write });
      // Bash starts a new line when Ctrl-C killed the foreground job; the terminal showed ^C.
      if (this.interruptedRun && result.exitCode === 130) write('\n');
    } catch (error) {
      // The session promises never to reject; if it does anyway, say so and keep going.
      const message = error instanceof Error ? error.message : String(error);
      write(`\x1b[31mctrlab: internal error: ${message}\x1b[0m\n`);
    } finally {
      if (epoch === this.epoch) this.running = false;
    }
    if (epoch !== this.epoch || this.disposed) return;
    this.hooks.afterCommand?.();
    if (this.safePrompt() === RAW_KEYS_PROMPT) {
      // A full-screen program took the terminal: it drew its screen; keys go to it from now on.
      this.raw = true;
      this.rawQueue.push(...this.typedAhead.splice(0));
      this.hooks.onBusyChange?.(false);
      if (!this.rawDraining) void this.drainRaw();
      return;
    }
    for (const data of this.typedAhead.splice(0)) this.pending.push(...parseInput(data));
    await this.newPrompt();
    this.hooks.onBusyChange?.(false);
  }

  /** Sends keys to the full-screen program one chunk at a time, until it gives the terminal back. */
  private async drainRaw(): Promise<void> {
    this.rawDraining = true;
    const epoch = this.epoch;
    const write = (chunk: string): void => {
      if (epoch === this.epoch && !this.disposed) this.surface.write(toTerminalNewlines(chunk));
    };
    try {
      while (this.raw && !this.disposed && epoch === this.epoch) {
        const data = this.rawQueue.shift();
        if (data === undefined) break;
        try {
          await this.session.run(data, { tty: true, realTime: true, onOutput: write });
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          write(`\x1b[31mctrlab: internal error: ${message}\x1b[0m\n`);
        }
        if (epoch !== this.epoch || this.disposed) return;
        if (this.safePrompt() !== RAW_KEYS_PROMPT) {
          // The program ended and gave the screen back: what was typed after goes to the shell.
          this.raw = false;
          for (const rest of this.rawQueue.splice(0)) this.pending.push(...parseInput(rest));
          this.hooks.afterCommand?.();
          await this.newPrompt();
          if (!this.draining) void this.drain();
        }
      }
    } finally {
      this.rawDraining = false;
    }
  }

  private async interrupt(): Promise<void> {
    this.lineOnScreen = false;
    this.surface.write(this.view.moveToEnd(this.promptText, this.editor.text(), this.surface.cols()));
    this.surface.write('^C\r\n');
    this.continuation = [];
    await this.signal('SIGINT');
    return this.newPrompt();
  }

  /**
   * The attached program's detach keys were typed: they go to it as typed, and docker lets go of
   * the terminal (silently, or with `read escape sequence`). What was typed on its line stays on
   * screen as the container's terminal echoed it, and the shell's prompt follows, as on a node.
   */
  private async detach(keys: string): Promise<void> {
    this.lineOnScreen = false;
    this.surface.write(this.view.moveToEnd(this.promptText, this.editor.text(), this.surface.cols()));
    await this.run(keys);
  }

  private safeDetachKeys(): string | undefined {
    try {
      return this.session.detachKeys();
    } catch {
      return undefined;
    }
  }

  private async endOfInput(): Promise<void> {
    const before = this.safePrompt();
    await this.signal('EOF');
    if (this.safePrompt() === before) return;
    // The attached program ended: back at the shell's own prompt on a new line.
    this.surface.write('\r\n');
    return this.newPrompt();
  }

  /** Forwards Ctrl-C / Ctrl-D to the session and shows what it prints. */
  private async signal(kind: 'SIGINT' | 'EOF'): Promise<void> {
    const epoch = this.epoch;
    try {
      const result = await this.session.interrupt(kind);
      if (epoch !== this.epoch || this.disposed) return;
      this.surface.write(toTerminalNewlines(result.stdout + result.stderr));
    } catch {
      // A failed interrupt changes nothing on screen.
    }
  }

  private recall(direction: -1 | 1): void {
    const history = this.safeHistory();
    if (history.length === 0) return;
    if (this.historyIndex === null) {
      if (direction > 0) return;
      this.draft = this.editor.text();
      this.historyIndex = history.length;
    }
    const next = this.historyIndex + direction;
    if (next < 0) return;
    if (next >= history.length) {
      this.historyIndex = null;
      this.editor.set(this.draft);
    } else {
      this.historyIndex = next;
      this.editor.set(history[next] ?? '');
    }
    this.draw();
  }

  private safeHistory(): readonly string[] {
    try {
      return this.session.history();
    } catch {
      return [];
    }
  }

  private async complete(secondTab: boolean): Promise<void> {
    const epoch = this.epoch;
    const before = this.editor.beforeCursor();
    let candidates: string[];
    try {
      candidates = await this.session.complete(before);
    } catch {
      candidates = [];
    }
    // The answer may come after a Reset; keys typed meanwhile wait in the queue.
    if (epoch !== this.epoch || this.disposed) return;
    const result = completeLine(before, candidates);
    if (result.replace) {
      this.editor.replaceBefore(result.replace.count, result.replace.text);
      this.draw();
      return;
    }
    if (secondTab && result.listing.length > 1) {
      this.endLine();
      // The listing ends with a newline, so the prompt starts again at column 0.
      this.surface.write(toTerminalNewlines(formatColumns(result.listing, this.surface.cols())));
      this.view.begin(0);
      this.draw();
      this.lineOnScreen = true;
    }
  }
}

/** bash lists completion candidates in columns, filling down each column first. */
export function formatColumns(items: readonly string[], cols: number): string {
  const cell = Math.max(...items.map((item) => item.length)) + 2;
  const perRow = Math.max(1, Math.floor(cols / cell));
  const rows = Math.ceil(items.length / perRow);
  let out = '';
  for (let row = 0; row < rows; row += 1) {
    let line = '';
    for (let col = 0; col < perRow; col += 1) {
      const item = items[col * rows + row];
      if (item !== undefined) line += item.padEnd(cell);
    }
    out += `${line.trimEnd()}\n`;
  }
  return out;
}
