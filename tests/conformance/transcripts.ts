// Loads the recorded transcripts of the real node (shared/conformance): one entry per command,
// in file number order. Where a .jsonl exists it is used (it keeps stdout and stderr apart);
// otherwise the .txt blocks give the merged output only.

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const CONFORMANCE_DIR = process.env.CTRLAB_CONFORMANCE_DIR ?? join(import.meta.dirname, 'recorded');

export interface TranscriptEntry {
  /** "03-images" */
  file: string;
  /** Position of the command in its file, from 1. */
  index: number;
  cmd: string;
  exit: number;
  tty: boolean;
  /** Separate streams when the .jsonl recorded them. */
  stdout?: string;
  stderr?: string;
  /** stdout and stderr merged in arrival order (the .txt form). */
  merged: string;
  /**
   * The recorder's note of what happened around the command, a `# (…)` line right after it in
   * a .txt (11-events: what another shell ran meanwhile); not output.
   */
  note?: string;
}

interface JsonEntry {
  cmd: string;
  exit: number;
  tty: boolean;
  stdout: string;
  stderr: string;
}

/** Parses the `$ cmd` / output / `[exit N]` / blank-line blocks of a .txt transcript. */
export function parseTxt(file: string, text: string): TranscriptEntry[] {
  const entries: TranscriptEntry[] = [];
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (!line.startsWith('$ ')) {
      i++;
      continue;
    }
    const cmd = line.slice(2);
    const out: string[] = [];
    i++;
    const note = /^# \(.*\)$/.test(lines[i] ?? '') ? lines[i++] : undefined;
    while (i < lines.length && !/^\[exit \d+\]$/.test(lines[i] ?? '')) out.push(lines[i++] ?? '');
    const exit = Number(/\d+/.exec(lines[i] ?? '')?.[0] ?? '0');
    i++;
    const entry: TranscriptEntry = { file, index: entries.length + 1, cmd, exit, tty: false, merged: out.length ? `${out.join('\n')}\n` : '' };
    if (note !== undefined) entry.note = note;
    entries.push(entry);
  }
  return entries;
}

export function loadTranscripts(dir = CONFORMANCE_DIR): TranscriptEntry[] {
  const names = [...new Set(readdirSync(dir).filter((f) => /^\d\d-.*\.(txt|jsonl)$/.test(f)).map((f) => f.replace(/\.(txt|jsonl)$/, '')))].sort();
  const all: TranscriptEntry[] = [];
  for (const name of names) {
    const jsonl = join(dir, `${name}.jsonl`);
    if (existsSync(jsonl)) {
      const rows = readFileSync(jsonl, 'utf8').split('\n').filter((l) => l.trim() !== '');
      rows.forEach((row, k) => {
        const e = JSON.parse(row) as JsonEntry;
        all.push({ file: name, index: k + 1, cmd: e.cmd, exit: e.exit, tty: e.tty, stdout: e.stdout, stderr: e.stderr, merged: e.stdout + e.stderr });
      });
    } else {
      all.push(...parseTxt(name, readFileSync(join(dir, `${name}.txt`), 'utf8')));
    }
  }
  return all;
}

/** The key that names an entry in the known-gaps list: "05-tasks#12 ctr tasks exec s1 ls /". */
export function entryKey(e: Pick<TranscriptEntry, 'file' | 'index' | 'cmd'>): string {
  return `${e.file}#${e.index} ${e.cmd}`;
}
