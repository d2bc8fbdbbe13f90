// containerd's transfer display (cmd/ctr/commands/content Display and pkg/progress), which ctr
// and nerdctl both print: one row per job — `<ref>:`, status, a 40-column bar, and for active
// transfers `%8.8s/%s` sizes — then `elapsed: %-4.1fs  total: %7.6v  (<rate>/s)`, all through
// tabwriter (1, 8, 1, ' '). The bar carries its colour codes even when stdout is not a
// terminal, as the real one does.

import { tabwrite } from '../tabwriter';
import { progressBytes } from '../units';

export interface StatusInfo {
  ref: string;
  /** resolving, resolved, waiting, downloading, uploading, committing, done, exists. */
  status: string;
  offset: number;
  total: number;
}

const BAR_WIDTH = 40;

/** progress.Bar formatted with %40r. */
export function progressBar(fraction: number): string {
  const inner = BAR_WIDTH - 2;
  const pos = Math.max(0, Math.min(inner, Math.floor(inner * fraction)));
  return `|\x1b[32m${'+'.repeat(pos)}\x1b[0m${'-'.repeat(inner - pos)}|`;
}

/** Go's %-4.1f then "s": `0.1 s`, `12.3s`. */
function elapsedText(ms: number): string {
  return `${(ms / 1000).toFixed(1).padEnd(4)}s`;
}

/** One frame of the display, newline-terminated rows. */
export function renderStatuses(statuses: readonly StatusInfo[], elapsedMs: number): string {
  let total = 0;
  let text = '';
  for (const s of statuses) {
    total += s.offset;
    if (s.status === 'downloading' || s.status === 'uploading') {
      const bar = progressBar(s.total > 0 ? s.offset / s.total : 0);
      const done = progressBytes(s.offset).slice(0, 8).padStart(8);
      text += `${s.ref}:\t${s.status}\t${bar}\t${done}/${progressBytes(s.total)}\t\n`;
    } else if (s.status === 'resolving' || s.status === 'waiting') {
      text += `${s.ref}:\t${s.status}\t${progressBar(0)}\t\n`;
    } else {
      text += `${s.ref}:\t${s.status}\t${progressBar(1)}\t\n`;
    }
  }
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? Math.floor(total / seconds) : 0;
  text += `elapsed: ${elapsedText(elapsedMs)}\ttotal: ${progressBytes(total).slice(0, 6).padStart(7)}\t(${progressBytes(rate)}/s)\t\n`;
  return tabwrite(text, { minwidth: 1, tabwidth: 8, padding: 1, padchar: ' ' });
}

/**
 * progress.Writer: each flush first clears the lines of the previous frame (cursor up, clear
 * line) — on a terminal only; `columns` counts wrapped lines as the real writer does.
 */
export function clearSequence(previousFrame: string, columns: number): string {
  if (previousFrame === '') return '';
  let lines = -1;
  for (const line of previousFrame.split('\n')) {
    // eslint-disable-next-line no-control-regex
    const visible = line.replace(/\x1b\[[0-9;]*m/g, '').length;
    lines += columns > 0 ? Math.floor(Math.max(visible - 1, 0) / columns) + 1 : 1;
  }
  return '\x1b[1A\x1b[2K\r'.repeat(Math.max(lines, 0));
}
