// Build-time syntax highlighting of the notes' code blocks (issue 12: a maintained highlighter, no
// runtime cost). A rehype plugin for content/load.ts: shiki tokenizes each fenced block with the
// TextMate grammar of its language, and the block's text is split into spans with one of a few
// classes (hl-comment, hl-string, …) whose light and dark colours live in
// components/notes/highlight.css. No highlighter reaches the browser; the page gets the spans.
//
// The <pre><code class="language-sh" data-meta="…"> that MDX makes stays as it is, only the
// code's text is cut into spans, so what Run and Copy read (components/notes/code-text.ts,
// nodeText) is the same text, character for character. Inside a shell block a heredoc that
// writes a .toml, .yaml, .json, Dockerfile or systemd unit is coloured in that language
// (content/heredocs.ts).

import { createHighlighterCore, type HighlighterCore, type ThemedToken } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { heredocBodies } from './heredocs';

/** Fence language → shiki grammar. Others (`text`) stay plain. */
const GRAMMARS: Record<string, string> = {
  sh: 'shellscript',
  bash: 'shellscript',
  shell: 'shellscript',
  console: 'shellsession',
  toml: 'toml',
  yaml: 'yaml',
  yml: 'yaml',
  json: 'json',
  dockerfile: 'dockerfile',
  Dockerfile: 'dockerfile',
  ini: 'ini',
};

/** The theme whose token colours name the classes; highlight.css holds the colours we show. */
const THEME = 'github-light';

/**
 * github-light's token colours (its tokenColors) → our classes; null is the text colour. A
 * colour not here throws, so a grammar or theme update that brings a new one fails the build
 * and content/highlight.test.ts instead of losing a colour quietly.
 */
const TOKEN_CLASSES: Record<string, string | null> = {
  '#24292e': null, // editor.foreground, variable.parameter, variable.other
  '#586069': null, // brackets
  '#6a737d': 'comment',
  '#005cc5': 'constant', // constants, flags, property names, support
  '#6f42c1': 'entity', // command and function names
  '#22863a': 'tag', // tags (YAML keys), escapes
  '#d73a49': 'keyword', // keywords, storage (Dockerfile instructions)
  '#032f62': 'string',
  '#e36209': 'variable',
  '#b31d28': 'invalid',
};

let highlighter: Promise<HighlighterCore> | undefined;

function getHighlighter(): Promise<HighlighterCore> {
  highlighter ??= createHighlighterCore({
    themes: [import('shiki/themes/github-light.mjs')],
    langs: [
      import('shiki/langs/shellscript.mjs'),
      import('shiki/langs/shellsession.mjs'),
      import('shiki/langs/toml.mjs'),
      import('shiki/langs/yaml.mjs'),
      import('shiki/langs/json.mjs'),
      import('shiki/langs/dockerfile.mjs'),
      import('shiki/langs/ini.mjs'),
    ],
    // Plain JavaScript regular expressions: no WebAssembly to load during the build.
    engine: createJavaScriptRegexEngine(),
  });
  return highlighter;
}

/** The little of hast (the HTML syntax tree rehype works on) that this plugin reads and makes. */
export interface HastNode {
  type: string;
  /** Text nodes' text. */
  value?: string;
  /** Elements' tag and properties. */
  tagName?: string;
  properties?: { className?: unknown; [name: string]: unknown };
  children?: HastNode[];
}

function tokenClass(token: ThemedToken): string | null {
  const color = (token.color ?? '#24292e').toLowerCase();
  const found = TOKEN_CLASSES[color];
  if (found === undefined) throw new Error(`highlight: ${THEME} colour ${color} (for ${JSON.stringify(token.content)}) has no class`);
  return found;
}

/** The grammar for a fence language, or null for a block left plain. */
export function grammarOf(fenceLanguage: string): string | null {
  return GRAMMARS[fenceLanguage] ?? null;
}

/** No time limit per line: shiki's default (500 ms) leaves the rest of a line plain once it runs
 * out, and the first line tokenized compiles the grammar's expressions, which took that long on
 * a loaded machine (a block's first line came out uncoloured). */
const TOKENIZE = { theme: THEME, tokenizeTimeLimit: 0 };

/** The block's lines as tokens: the whole block in its grammar, heredoc bodies in theirs. */
function tokenLines(shiki: HighlighterCore, code: string, grammar: string): ThemedToken[][] {
  const lines = shiki.codeToTokensBase(code, { ...TOKENIZE, lang: grammar });
  if (grammar !== 'shellscript') return lines;
  const source = code.split('\n');
  for (const body of heredocBodies(code)) {
    const text = source.slice(body.start, body.end).join('\n');
    const tokens = shiki.codeToTokensBase(text, { ...TOKENIZE, lang: GRAMMARS[body.language] ?? body.language });
    lines.splice(body.start, body.end - body.start, ...tokens);
  }
  return lines;
}

/** The code's text as hast children: spans for coloured tokens, plain text between them. */
export async function highlightCode(code: string, fenceLanguage: string): Promise<HastNode[]> {
  const grammar = grammarOf(fenceLanguage);
  if (!grammar) return [{ type: 'text', value: code }];
  // Runs of text of one class (null: plain), neighbours of the same class merged.
  const runs: { kind: string | null; text: string }[] = [];
  const add = (kind: string | null, text: string) => {
    const last = runs.at(-1);
    const before = runs.at(-2);
    if (last && last.kind === kind) {
      last.text += text;
    } else if (kind !== null && last && before?.kind === kind && /^[ \t]+$/.test(last.text)) {
      // Spaces between two tokens of one class join them: one span for `k8s.io i pull`.
      runs.pop();
      before.text += last.text + text;
    } else {
      runs.push({ kind, text });
    }
  };
  tokenLines(await getHighlighter(), code, grammar).forEach((line, i) => {
    if (i > 0) add(null, '\n');
    for (const token of line) add(token.content.trim() === '' ? null : tokenClass(token), token.content);
  });
  return runs.map(({ kind, text }): HastNode =>
    kind === null
      ? { type: 'text', value: text }
      : { type: 'element', tagName: 'span', properties: { className: [`hl-${kind}`] }, children: [{ type: 'text', value: text }] },
  );
}

function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

function languageOf(code: HastNode): string | null {
  const classes = code.properties?.className;
  const list = Array.isArray(classes) ? classes.map(String) : typeof classes === 'string' ? classes.split(/\s+/) : [];
  const found = list.find((name) => name.startsWith('language-'));
  return found ? found.slice('language-'.length) : null;
}

/** The rehype plugin: highlights the <code> of every <pre><code class="language-…">. */
export function rehypeHighlight() {
  return async (tree: HastNode): Promise<void> => {
    const codes: HastNode[] = [];
    const visit = (node: HastNode, parent: HastNode | null): void => {
      if (node.type === 'element' && node.tagName === 'code' && parent?.type === 'element' && parent.tagName === 'pre') codes.push(node);
      for (const child of node.children ?? []) visit(child, node);
    };
    visit(tree, null);
    for (const code of codes) {
      const language = languageOf(code);
      if (language && grammarOf(language)) code.children = await highlightCode(textOf(code), language);
    }
  };
}
