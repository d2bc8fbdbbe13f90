// A note's sections as the reader sees them: the `## ` headings of its MDX, in order, as plain
// text. The page gives the n-th one the id `section-n` (components/notes/mdx-content.tsx), so the
// table of contents links to them, and since both editions have the same sections
// (notes-parity.test.ts) the language switch keeps the reader's place by keeping the id.
// Server-only: it reads files.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Lang } from './langs';

export interface Section {
  id: string;
  title: string;
}

/** The anchor of the n-th section (1-based). */
export function sectionId(n: number): string {
  return `section-${n}`;
}

/** Markdown inline syntax off a heading: `code`, [text](url), **strong**, _em_. */
export function plainHeading(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '')
    .replace(/(^|\s)_([^_]+)_(?=\s|$)/g, '$1$2')
    .trim();
}

/** The `## ` headings of an MDX text, outside fenced code blocks. */
export function sectionsOf(mdx: string): Section[] {
  const text = mdx.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
  return [...text.matchAll(/^## +(.+)$/gm)].map((match, i) => ({ id: sectionId(i + 1), title: plainHeading(match[1] ?? '') }));
}

export async function noteSections(slug: string, lang: Lang): Promise<Section[]> {
  const file = path.join(process.cwd(), 'content', 'notes', slug, `${lang}.mdx`);
  return sectionsOf(await readFile(file, 'utf8'));
}
