// Both editions of a note teach the same page (issue 12): the Chinese and the English MDX have
// as many sections (`## ` headings) and the same runnable blocks, in the same order, with the
// same `fails` marks and the same commands, so a learner switching language mid-page finds the
// block they were at and the terminal in the same state.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRunnable, runnableLines } from '../components/notes/code-text';
import { failMark, parseFenceMeta } from '../components/notes/fence-meta';
import { LANGS } from './langs';
import { pendingCommands } from './pending-mark';

const NOTES_DIR = path.join(__dirname, 'notes');

interface Runnable {
  fails: boolean;
  /** The `pending=` marks (content/pending-mark.ts), sorted. */
  pending: string[];
  lines: string[];
}

/** Fenced code blocks are skipped when counting headings: a `## ` inside one is not a section. */
function withoutFences(mdx: string): string {
  return mdx.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
}

function sections(mdx: string): number {
  return withoutFences(mdx).match(/^## /gm)?.length ?? 0;
}

function runnables(mdx: string): Runnable[] {
  const found: Runnable[] = [];
  for (const match of mdx.matchAll(/^```(\S*)[ \t]*([^\n]*)\n([\s\S]*?)^```$/gm)) {
    if (!isRunnable(match[1] ?? '')) continue;
    const meta = match[2] ?? '';
    const pending = pendingCommands(meta).map((command) => command.mark).sort();
    found.push({ fails: failMark(parseFenceMeta(meta)) !== null, pending, lines: runnableLines(match[3] ?? '') });
  }
  return found;
}

const slugs = readdirSync(NOTES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe.each(slugs)('note %s in every language', (slug) => {
  // A missing edition fails the first test below instead of the whole file.
  const sources = LANGS.map((lang) => path.join(NOTES_DIR, slug, `${lang}.mdx`))
    .filter((file) => existsSync(file))
    .map((file) => ({ lang: path.basename(file, '.mdx'), source: readFileSync(file, 'utf8') }));
  const [first, ...others] = sources;

  it('exists in every language', () => {
    expect(sources.map((s) => s.lang)).toEqual([...LANGS]);
  });

  it.each(others)('has as many sections in $lang as in the first language', ({ source }) => {
    expect(sections(source)).toBe(sections(first?.source ?? ''));
    expect(sections(source)).toBeGreaterThan(0);
  });

  it.each(others)('has the same runnable blocks in $lang, in the same order', ({ source }) => {
    expect(runnables(source)).toEqual(runnables(first?.source ?? ''));
  });
});

describe('the parity helpers', () => {
  it('counts sections outside code blocks only', () => {
    expect(sections('## a\ntext\n```sh\n## not a heading\n```\n## b\n### c\n')).toBe(2);
  });

  it('tells a changed command, a lost fails mark and a missing block apart from equal ones', () => {
    const base = runnables('```sh\nls\n```\n\n```sh fails\nfalse\n```\n\n```text\nx\n```\n');
    expect(base).toEqual([{ fails: false, pending: [], lines: ['ls'] }, { fails: true, pending: [], lines: ['false'] }]);
    expect(runnables('```sh\nls -l\n```\n\n```sh fails\nfalse\n```\n')).not.toEqual(base);
    expect(runnables('```sh\nls\n```\n\n```sh\nfalse\n```\n')).not.toEqual(base);
    expect(runnables('```sh\nls\n```\n')).not.toEqual(base);
    expect(runnables('```sh pending=docker-ls\nls\n```\n\n```sh fails\nfalse\n```\n')).not.toEqual(base);
  });
});
