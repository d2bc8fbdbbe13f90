// Test doubles for the terminal: a tiny screen that interprets the escape sequences the
// controller emits, and a scripted shell session. Used only by unit tests.

import type { LineResult, RunOptions, SavedSession, ShellSession } from '../../simulator/shell/session-types';
import type { TerminalSurface } from './terminal-controller';

/** A grid of cells that understands CR, LF, CUU, CUF, ED, EL, CUP-home and SGR (ignored). */
export class FakeScreen implements TerminalSurface {
  rows: string[][] = [[]];
  x = 0;
  y = 0;
  private pendingWrap = false;
  written = '';

  constructor(private width: number) {}

  write(data: string): void {
    this.written += data;
    let index = 0;
    while (index < data.length) {
      const char = data[index] ?? '';
      if (char === '\x1b') {
        const match = /^\x1b\[([0-9;?]*)([@-~])/.exec(data.slice(index));
        if (match) {
          this.csi(match[1] ?? '', match[2] ?? '');
          index += match[0].length;
          continue;
        }
        index += 2;
        continue;
      }
      if (char === '\r') {
        this.x = 0;
        this.pendingWrap = false;
      } else if (char === '\n') {
        this.lineFeed();
      } else {
        this.put(char);
      }
      index += 1;
    }
  }

  flush(): Promise<void> {
    return Promise.resolve();
  }

  /** Everything written is on this screen at once: parsed and painted as soon as asked. */
  painted(parsed?: () => void): Promise<boolean> {
    parsed?.();
    return Promise.resolve(true);
  }

  cursorX(): number {
    return this.x;
  }

  cols(): number {
    return this.width;
  }

  resize(cols: number): void {
    this.width = cols;
  }

  reset(): void {
    this.rows = [[]];
    this.x = 0;
    this.y = 0;
    this.pendingWrap = false;
  }

  /** Screen rows as text, trailing blanks trimmed. */
  lines(): string[] {
    return this.rows.map((row) => Array.from({ length: row.length }, (_, i) => row[i] ?? ' ').join('').trimEnd());
  }

  text(): string {
    return this.lines().join('\n');
  }

  private row(y: number): string[] {
    while (this.rows.length <= y) this.rows.push([]);
    return this.rows[y] ?? [];
  }

  private lineFeed(): void {
    this.y += 1;
    this.row(this.y);
    this.pendingWrap = false;
  }

  private put(char: string): void {
    if (this.pendingWrap) {
      this.x = 0;
      this.lineFeed();
    }
    this.row(this.y)[this.x] = char;
    if (this.x === this.width - 1) this.pendingWrap = true;
    else this.x += 1;
  }

  private csi(params: string, final: string): void {
    const n = Math.max(1, Number.parseInt(params || '1', 10) || 1);
    this.pendingWrap = false;
    switch (final) {
      case 'A':
        this.y = Math.max(0, this.y - n);
        break;
      case 'C':
        this.x = Math.min(this.width - 1, this.x + n);
        break;
      case 'D':
        this.x = Math.max(0, this.x - n);
        break;
      case 'H':
        this.x = 0;
        this.y = 0;
        break;
      case 'J':
        if (params === '2') {
          this.rows = this.rows.map(() => []);
        } else {
          this.row(this.y).splice(this.x);
          this.rows.splice(this.y + 1);
        }
        break;
      case 'K':
        this.row(this.y).splice(this.x);
        break;
      default:
        break; // colours and modes do not move anything
    }
  }
}

export interface FakeSessionScript {
  /** Output for a line; default: echoes `ran: <line>`. */
  outputs?: Record<string, string>;
  candidates?: Record<string, string[]>;
  history?: string[];
  /** What detachKeys() answers (an attached docker -it). */
  detachKeys?: string;
}

/** A shell session that records the lines it ran and answers from a script. */
export function fakeSession(
  script: FakeSessionScript = {},
): ShellSession & { ran: string[]; interrupts: string[] } {
  const ran: string[] = [];
  const interrupts: string[] = [];
  const history = [...(script.history ?? [])];
  return {
    ran,
    interrupts,
    prompt: () => 'root@node1:~# ',
    async run(line: string, options?: RunOptions): Promise<LineResult> {
      ran.push(line);
      history.push(line);
      const stdout = script.outputs?.[line] ?? `ran: ${line}\n`;
      options?.onOutput?.(stdout, 'stdout');
      return { stdout, stderr: '', exitCode: 0 };
    },
    needsMoreInput: (line: string) => (line.split('"').length - 1) % 2 === 1,
    complete: async (before: string) => script.candidates?.[before] ?? [],
    history: () => history,
    activity: () => undefined,
    detachKeys: () => script.detachKeys,
    async interrupt(kind) {
      interrupts.push(kind);
      return { stdout: '', stderr: '', exitCode: kind === 'SIGINT' ? 130 : 0 };
    },
    save: (): SavedSession => ({ version: 1, node: {}, cwd: '/root', env: {}, history: [...history] }),
    saveForStorage: (): SavedSession => ({ version: 1, node: '{}', cwd: '/root', env: {}, history: [...history] }),
  };
}
