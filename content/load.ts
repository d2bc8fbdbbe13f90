// The one content loader: reads a note's MDX from content/notes/<slug>/<lang>.mdx and compiles
// it at build time. Pages call only these functions, so the MDX pipeline (mdx-bundler today)
// can be swapped without touching a page. Server-only: it reads files.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { bundleMDX } from 'mdx-bundler';
import { rehypeHighlight } from './highlight';
import type { Lang } from './langs';

const NOTES_DIR = path.join(process.cwd(), 'content', 'notes');

interface NoteFrontmatter {
  /** Page title, required. */
  title: string;
  /** One-sentence summary for lists and the page's meta description, required. */
  description: string;
  /** Position in note lists; lower comes first. Default 100. */
  order: number;
}

export interface Note {
  slug: string;
  lang: Lang;
  frontmatter: NoteFrontmatter;
  /** Compiled MDX, evaluated on the page by the MDX renderer. */
  code: string;
}

export type NoteSummary = Omit<Note, 'code'>;

function readFrontmatter(raw: Record<string, unknown>, where: string): NoteFrontmatter {
  const { title, description, order } = raw;
  if (typeof title !== 'string' || title === '') throw new Error(`${where}: frontmatter needs a title`);
  if (typeof description !== 'string') throw new Error(`${where}: frontmatter needs a description`);
  return { title, description, order: typeof order === 'number' ? order : 100 };
}

interface FenceNode {
  type: string;
  meta?: string | null;
  data?: { hProperties?: Record<string, unknown> };
  children?: FenceNode[];
}

/** A remark plugin: the words after a fence's language (`sh fails`, `sh pending=docker-run`)
 * reach the rendered <code> as data-meta, so a block can show that it fails on purpose. MDX
 * drops them otherwise. */
function keepFenceMeta() {
  const visit = (node: FenceNode): void => {
    if (node.type === 'code' && node.meta) node.data = { ...node.data, hProperties: { ...node.data?.hProperties, 'data-meta': node.meta } };
    for (const child of node.children ?? []) visit(child);
  };
  return visit;
}

const compiled = new Map<string, Promise<Note>>();

async function compile(slug: string, lang: Lang): Promise<Note> {
  const file = path.join(NOTES_DIR, slug, `${lang}.mdx`);
  const source = await readFile(file, 'utf8');
  const result = await bundleMDX<Record<string, unknown>>({
    source,
    cwd: path.dirname(file),
    mdxOptions(options) {
      options.remarkPlugins = [...(options.remarkPlugins ?? []), keepFenceMeta];
      // Syntax colours at build time (content/highlight.ts): the page gets spans, not a highlighter.
      options.rehypePlugins = [...(options.rehypePlugins ?? []), rehypeHighlight];
      return options;
    },
  });
  return { slug, lang, frontmatter: readFrontmatter(result.frontmatter, file), code: result.code };
}

/** A compiled note. Throws if it does not exist (a build error, never a runtime one). */
export function loadNote(slug: string, lang: Lang): Promise<Note> {
  const key = `${slug}/${lang}`;
  let note = compiled.get(key);
  if (!note) {
    note = compile(slug, lang);
    compiled.set(key, note);
  }
  return note;
}

/** Every note that exists in `lang`, in reading order. */
export async function listNotes(lang: Lang): Promise<NoteSummary[]> {
  const entries = await readdir(NOTES_DIR, { withFileTypes: true });
  const notes: NoteSummary[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const files = await readdir(path.join(NOTES_DIR, entry.name));
    if (!files.includes(`${lang}.mdx`)) continue;
    const { code: _code, ...summary } = await loadNote(entry.name, lang);
    notes.push(summary);
  }
  return notes.sort((a, b) => a.frontmatter.order - b.frontmatter.order || a.slug.localeCompare(b.slug));
}
