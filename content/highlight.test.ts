// The build-time highlighter: it must never change what Run and Copy read, it colours every
// block of every note without meeting a colour it has no class for, heredoc bodies get their
// file's language, and its colours are readable on the code background in both themes.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { nodeText, runnableLines } from '../components/notes/code-text';
import { grammarOf, type HastNode, highlightCode } from './highlight';

/** The hast as the React tree MDX renders from it, for the readers in code-text.ts. */
function toReact(node: HastNode, key: number): ReactNode {
  if (node.type === 'text') return node.value ?? '';
  return createElement(node.tagName ?? 'span', { key, className: classOf(node) }, ...(node.children ?? []).map(toReact));
}

function classOf(node: HastNode): string | undefined {
  const classes = node.properties?.className;
  return Array.isArray(classes) ? classes.join(' ') : undefined;
}

function classesOf(nodes: HastNode[]): string[] {
  return nodes.flatMap((node) => classOf(node) ?? []);
}

const NOTES_DIR = path.join(__dirname, 'notes');
const fences = readdirSync(NOTES_DIR).flatMap((slug) =>
  readdirSync(path.join(NOTES_DIR, slug))
    .filter((file) => file.endsWith('.mdx'))
    .flatMap((file) =>
      [...readFileSync(path.join(NOTES_DIR, slug, file), 'utf8').matchAll(/^```(\S*)[^\n]*\n([\s\S]*?^)```$/gm)].map((match, i) => ({
        where: `${slug}/${file} block ${i + 1}`,
        language: match[1] ?? '',
        code: match[2] ?? '',
      })),
    ),
);

describe('highlighted code', () => {
  it('keeps every block of every note, character for character, as Run and Copy read it', async () => {
    expect(fences.length).toBeGreaterThan(100);
    for (const { where, language, code } of fences) {
      const nodes = await highlightCode(code, language);
      const element = createElement('code', { className: `language-${language}` }, ...nodes.map(toReact));
      expect(nodeText(element), where).toBe(code);
      expect(runnableLines(nodeText(element)), where).toEqual(runnableLines(code));
      if (grammarOf(language)) expect(classesOf(nodes).length, `${where} has coloured tokens`).toBeGreaterThan(0);
      // Each block's first line is coloured too: it is where the grammar's expressions compile,
      // slowly enough on a loaded machine to run past a per-line time limit and stay plain.
      const firstLine = nodes.findIndex((node) => node.type === 'text' && node.value?.includes('\n'));
      if (grammarOf(language)) expect(classesOf(nodes.slice(0, firstLine)).length, `${where}'s first line is coloured`).toBeGreaterThan(0);
    }
  });

  it('colours a shell block: command, flags, strings, comments', async () => {
    const nodes = await highlightCode('# pull first\nctr -n k8s.io i pull "docker.io/library/nginx:alpine"\n', 'sh');
    const spans = nodes.filter((node) => node.type === 'element').map((node) => [classOf(node), nodeText(toReact(node, 0))]);
    expect(spans).toContainEqual(['hl-comment', '# pull first']);
    expect(spans).toContainEqual(['hl-entity', 'ctr']);
    expect(spans).toContainEqual(['hl-constant', '-n']);
    expect(spans.some(([kind, text]) => kind === 'hl-string' && text?.includes('nginx:alpine'))).toBe(true);
  });

  it('colours a heredoc body in the language of the file it writes', async () => {
    const toml = 'cat > /etc/containerd/certs.d/h/hosts.toml <<EOF\n[host."https://h"]\n  skip_verify = true\nEOF\n';
    const asToml = classesOf(await highlightCode(toml, 'sh'));
    const asText = classesOf(await highlightCode(toml.replace('hosts.toml', 'hosts.txt'), 'sh'));
    // As a plain shell heredoc the body is one string; as TOML its key and boolean get colours.
    expect(asText).not.toContain('hl-constant');
    expect(asToml).toContain('hl-constant');
    const dockerfile = classesOf(await highlightCode("cat > Dockerfile <<'EOF'\nFROM busybox\nRUN echo hi\nEOF\n", 'sh'));
    expect(dockerfile).toContain('hl-keyword');
  });

  it('leaves a text block plain', async () => {
    expect(await highlightCode('-A DOCKER -i docker0 -j RETURN\n', 'text')).toEqual([{ type: 'text', value: '-A DOCKER -i docker0 -j RETURN\n' }]);
  });
});

/** WCAG relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const LIGHT_DARK = /light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)/i;

describe('highlight colours', () => {
  const globals = readFileSync(path.join(__dirname, '..', 'app', 'globals.css'), 'utf8');
  const css = readFileSync(path.join(__dirname, '..', 'components', 'notes', 'highlight.css'), 'utf8');
  const background = LIGHT_DARK.exec(/--code-bg:\s*([^;]+);/.exec(globals)?.[1] ?? '');
  const rules = [...css.matchAll(/\.(hl-[a-z]+)\s*\{\s*color:\s*([^;]+);/g)];

  it('are readable (4.5:1, WCAG AA) on the code background in light and dark', () => {
    expect(background, '--code-bg in app/globals.css').not.toBeNull();
    expect(rules.length).toBe(8);
    const faint = rules.flatMap(([, name, value]) => {
      const colours = LIGHT_DARK.exec(value ?? '');
      if (!colours || !background) return [`${name}: ${value}`];
      return (['light', 'dark'] as const).flatMap((theme, i) => {
        const ratio = contrast(colours[i + 1] ?? '', background[i + 1] ?? '');
        return ratio < 4.5 ? [`${name} ${theme}: ${ratio.toFixed(2)}`] : [];
      });
    });
    expect(faint).toEqual([]);
  });

  it('has a rule for every class the highlighter gives', async () => {
    const given = new Set<string>();
    for (const { language, code } of fences) for (const name of classesOf(await highlightCode(code, language))) given.add(name);
    const styled = new Set(rules.map(([, name]) => name));
    expect([...given].filter((name) => !styled.has(name))).toEqual([]);
  });
});
