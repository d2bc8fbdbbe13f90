// docker's pull/push progress (moby's pkg/jsonmessage, as docker 20.10.24 vendors it): the
// daemon sends JSON messages, the CLI prints one line per layer. On a terminal a layer's line
// is rewritten in place (cursor up to its row, erase, reprint, cursor back down) with a 50-cell
// `[====>   ]` bar when the terminal is wider than 110 columns; elsewhere progress messages are
// dropped and only the state lines (`Pull complete`) are printed, one after another.

import { goDuration, humanSize } from '../units';

export interface JsonProgress {
  current: number;
  total: number;
  /** Unix seconds when the transfer started, for the time-left estimate. */
  start?: number;
  units?: string;
  hideCounts?: boolean;
}

export interface JsonMessage {
  id?: string;
  status?: string;
  stream?: string;
  /** progressDetail; `{}` from the daemon is a progress with nothing to show. */
  progress?: JsonProgress;
  /** The deprecated pre-rendered `progress` field. */
  progressMessage?: string;
  from?: string;
  /** errorDetail: the stream stops with this error (401 reads "authentication is required"). */
  error?: { code?: number; message: string };
}

const ESC = '\x1b[';
const up = (n: number): string => (n === 0 ? '' : `${ESC}${n}A`);
const down = (n: number): string => (n === 0 ? '' : `${ESC}${n}B`);
const CLEAR_LINE = `${ESC}2K`;
const SECOND_NS = 1e9;

/** JSONProgress.String(): bar, sizes and time left, as wide as the terminal allows. */
export function progressText(p: JsonProgress, width: number, nowMs: number): string {
  if (p.current <= 0 && p.total <= 0) return '';
  if (p.total <= 0) return p.units ? `${p.current} ${p.units}` : humanSize(p.current).padStart(8);
  const percentage = Math.min(50, Math.trunc(Math.trunc((p.current / p.total) * 100) / 2));
  const bar = width > 110 ? `[${'='.repeat(percentage)}>${' '.repeat(Math.max(0, 50 - percentage))}] ` : '';
  let numbers = '';
  if (p.hideCounts) numbers = '';
  else if (!p.units) numbers = p.current > p.total ? humanSize(p.current).padStart(8) : `${humanSize(p.current).padStart(8)}/${humanSize(p.total)}`;
  else numbers = p.current > p.total ? `${p.current} ${p.units}` : `${p.current}/${p.total} ${p.units}`;
  let left = '';
  if (p.current > 0 && p.start !== undefined && p.start > 0 && percentage < 50 && width > 50) {
    const fromStartNs = Math.max(0, nowMs * 1e6 - p.start * SECOND_NS);
    const perEntry = Math.trunc(fromStartNs / p.current);
    const leftNs = Math.trunc(((p.total - p.current) * perEntry) / SECOND_NS) * SECOND_NS;
    left = ` ${goDuration(leftNs)}`;
  }
  return bar + numbers + left;
}

export interface DisplayOptions {
  isTerminal: boolean;
  /** Terminal width (JSONProgress.width(): 200 when it cannot be read). */
  width: number;
  now: () => number;
}

/** DisplayJSONMessagesStream, fed one message at a time. */
export class JsonMessageDisplay {
  /** Layer id → its row, counted from the first progress line of the current block. */
  private readonly rows = new Map<string, number>();

  constructor(
    private readonly write: (text: string) => void,
    private readonly options: DisplayOptions,
  ) {}

  /** Prints one message; throws the stream's error as docker stops on it. */
  show(jm: JsonMessage): void {
    const { isTerminal } = this.options;
    let diff = 0;
    if (jm.id && (jm.progress || jm.progressMessage)) {
      let row = this.rows.get(jm.id);
      if (row === undefined) {
        row = this.rows.size;
        this.rows.set(jm.id, row);
        if (isTerminal) this.write('\n');
      }
      diff = this.rows.size - row;
      if (isTerminal) this.write(up(diff));
    } else {
      this.rows.clear();
    }
    const err = this.display(jm);
    // The cursor goes back down even when the message was an error, before the stream stops.
    if (jm.id && isTerminal) this.write(down(diff));
    if (err) throw err;
  }

  /** JSONMessage.Display: prints the message, or returns the error it carries. */
  private display(jm: JsonMessage): Error | undefined {
    if (jm.error) return new Error(jm.error.code === 401 ? 'authentication is required' : jm.error.message);
    const { isTerminal, width, now } = this.options;
    const progress = jm.progress ? progressText(jm.progress, width, now()) : '';
    let endl = '';
    let text = '';
    if (isTerminal && !jm.stream && jm.progress) {
      endl = '\r';
      text += `${CLEAR_LINE}${endl}`;
    } else if (jm.progress && progress !== '') {
      return undefined;
    }
    if (jm.id) text += `${jm.id}: `;
    if (jm.from) text += `(from ${jm.from}) `;
    const status = jm.status ?? '';
    if (jm.progress && isTerminal) text += `${status} ${progress}${endl}`;
    else if (jm.progressMessage) text += `${status} ${jm.progressMessage}${endl}`;
    else if (jm.stream) text += `${jm.stream}${endl}`;
    else text += `${status}${endl}\n`;
    this.write(text);
    return undefined;
  }
}
