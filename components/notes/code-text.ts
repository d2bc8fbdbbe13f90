// Reads the text and language out of the element tree MDX makes for a fenced code block
// (<pre><code className="language-sh">…</code></pre>), and picks the runnable lines from it.

import { isValidElement, type ReactNode } from 'react';
import { type FenceMeta, parseFenceMeta } from './fence-meta';

/** Fence languages whose blocks get a Run button. `text` / `console` blocks are shown only. */
const RUNNABLE_LANGUAGES = new Set(['sh', 'bash', 'shell']);

export function nodeText(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(nodeText).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return nodeText(node.props.children);
  return '';
}

export function fenceLanguage(node: ReactNode): string | null {
  if (!isValidElement<{ className?: string }>(node)) return null;
  const match = /(?:^|\s)language-(\S+)/.exec(node.props.className ?? '');
  return match?.[1] ?? null;
}

/** The words after the fence's language (content/load.ts keeps them as data-meta). */
export function fenceMeta(node: ReactNode): FenceMeta {
  if (!isValidElement<{ 'data-meta'?: string }>(node)) return parseFenceMeta('');
  return parseFenceMeta(node.props['data-meta'] ?? '');
}

export function isRunnable(language: string | null): boolean {
  return language !== null && RUNNABLE_LANGUAGES.has(language);
}

/** The lines a Run button types: comments and blank lines are left out. */
export function runnableLines(code: string): string[] {
  return code
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
}
