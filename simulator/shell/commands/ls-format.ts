// GNU ls's output shapes: the long format's columns (`-rw-r--r-- 1 root root 1037312 Nov 28
// 05:14 busybox.tar`), its disk-usage `total`, human sizes (-h) and the many-per-line columns
// it prints on a terminal. The node is ext4 with 4 KiB blocks, root owns everything, and its
// clock runs in UTC.

import { modeString } from '../../host/mode-string';

/** What one listed name shows in long format. */
export interface LsEntry {
  /** The name as printed (a path for command-line files). */
  name: string;
  kind: 'file' | 'dir' | 'symlink';
  mode: number;
  size: number;
  mtimeMs: number;
  nlink: number;
  /** Symlink target, shown after ` -> `. */
  target?: string;
  /** `-F`/`-p` suffix. */
  suffix: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** GNU ls shows the year instead of the time for files older than about six months. */
const HALF_YEAR_MS = (365.2425 * 24 * 3600 * 1000) / 2;

function lsDate(mtimeMs: number, nowMs: number): string {
  const d = new Date(mtimeMs);
  const head = `${MONTHS[d.getUTCMonth()] ?? ''} ${String(d.getUTCDate()).padStart(2)}`;
  const recent = mtimeMs > nowMs - HALF_YEAR_MS && mtimeMs <= nowMs;
  if (!recent) return `${head}  ${d.getUTCFullYear()}`;
  return `${head} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

/** KiB of disk an entry takes: whole 4 KiB blocks; empty files and short symlinks take none. */
function diskKiB(e: Pick<LsEntry, 'kind' | 'size'>): number {
  if (e.kind === 'symlink') return 0;
  return Math.ceil(e.size / 4096) * 4;
}

/** `-h`: 1023, 1.1K, 9.9K, 10K, 1020K, 2.1M — rounded up, one decimal below ten. */
function humanSize(bytes: number): string {
  if (bytes < 1024) return String(bytes);
  const units = ['K', 'M', 'G', 'T', 'P'];
  let value = bytes / 1024;
  let unit = 0;
  for (;;) {
    const shown = value < 10 ? Math.ceil(value * 10) / 10 : Math.ceil(value);
    if (shown < 1024 || unit === units.length - 1) {
      return `${shown < 10 ? shown.toFixed(1) : String(shown)}${units[unit] ?? ''}`;
    }
    value /= 1024;
    unit++;
  }
}

export interface LongOptions {
  human: boolean;
  numeric: boolean;
  nowMs: number;
}

/**
 * The long-format rows of one listing block, each column as wide as its widest value among
 * `measured` (GNU ls measures the command line's files together with its directories).
 */
export function longRows(entries: readonly LsEntry[], opts: LongOptions, measured: readonly LsEntry[] = entries): string[] {
  const owner = opts.numeric ? '0' : 'root';
  const size = (e: LsEntry) => (opts.human ? humanSize(e.size) : String(e.size));
  const linkWidth = Math.max(0, ...measured.map((e) => String(e.nlink).length));
  const sizeWidth = Math.max(0, ...measured.map((e) => size(e).length));
  return entries.map((e) => {
    const type = e.kind === 'dir' ? 'd' : e.kind === 'symlink' ? 'l' : '-';
    const link = e.kind === 'symlink' ? ` -> ${e.target ?? ''}` : '';
    return (
      `${modeString(type, e.mode)} ${String(e.nlink).padStart(linkWidth)} ${owner} ${owner} ` +
      `${size(e).padStart(sizeWidth)} ${lsDate(e.mtimeMs, opts.nowMs)} ${e.name}${e.suffix}${link}`
    );
  });
}

export function totalLine(entries: readonly LsEntry[], human: boolean): string {
  const kib = entries.reduce((sum, e) => sum + diskKiB(e), 0);
  return `total ${human ? humanSize(kib * 1024) : String(kib)}`;
}

/**
 * Names in columns, filled top to bottom, as GNU ls prints on a terminal: the most columns that
 * fit `width`, each as wide as its longest name plus two spaces (the last without).
 */
export function columns(names: readonly string[], width: number): string[] {
  if (names.length === 0) return [];
  const lens = names.map((n) => displayWidth(n));
  for (let cols = Math.min(names.length, Math.max(1, Math.floor(width / 3))); cols >= 1; cols--) {
    const rows = Math.ceil(names.length / cols);
    if (Math.ceil(names.length / rows) !== cols && cols > 1) continue;
    const widths: number[] = [];
    for (let c = 0; c < cols; c++) {
      const slice = lens.slice(c * rows, (c + 1) * rows);
      widths.push(Math.max(0, ...slice) + (c < cols - 1 ? 2 : 0));
    }
    if (cols > 1 && widths.reduce((a, b) => a + b, 0) > width) continue;
    const out: string[] = [];
    for (let r = 0; r < rows; r++) {
      let line = '';
      for (let c = 0; c < cols; c++) {
        const i = c * rows + r;
        const name = names[i];
        if (name === undefined) continue;
        const last = c === cols - 1 || (c + 1) * rows + r >= names.length;
        line += last ? name : name + ' '.repeat((widths[c] ?? 0) - (lens[i] ?? 0));
      }
      out.push(line);
    }
    return out;
  }
  return [...names];
}

/** Terminal cells a name takes: CJK and other wide characters take two. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    w += cp >= 0x1100 && (cp <= 0x115f || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x20000 && cp <= 0x3fffd)) ? 2 : 1;
  }
  return w;
}

/** Characters GNU ls leaves unquoted on a terminal. */
const SAFE = /^[A-Za-z0-9_.,+:@%^=/-]+$/;

/** A name as GNU ls shows it on a terminal (shell-escape quoting); pipes get names as they are. */
export function terminalName(name: string): string {
  if (SAFE.test(name) || /^[^\x00-\x7f]+$/.test(name)) return name;
  if (!name.includes("'")) return `'${name}'`;
  return `"${name.replace(/(["\\$`])/g, '\\$1')}"`;
}
