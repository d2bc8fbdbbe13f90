import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as nodeParse } from 'just-bash';
import { describe, expect, it } from 'vitest';
import * as adapter from './just-bash-browser';
import { decodeBytesToUtf8, parse, unsafeBytesFromLatin1 } from './just-bash-browser';

/** Value names that browser-bound simulator code imports from 'just-bash'. */
function simulatorImports(): Map<string, string> {
  const root = path.join(__dirname, '..', '..', 'simulator');
  const found = new Map<string, string>();
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'repl.ts',
  );
  for (const file of files) {
    const source = readFileSync(path.join(root, file), 'utf8');
    for (const match of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'just-bash'/g)) {
      for (const item of (match[1] ?? '').split(',')) {
        const name = item.trim().split(/\s+as\s+/)[0]?.trim() ?? '';
        if (name !== '' && !name.startsWith('type ')) found.set(name, file);
      }
    }
  }
  return found;
}

describe('the browser adapter for just-bash', () => {
  it('provides every value the simulator imports from just-bash', () => {
    const missing = [...simulatorImports()].filter(([name]) => !(name in adapter));
    expect(missing).toEqual([]);
  });

  it('parses like the package entry', () => {
    for (const line of ['echo hi | wc -l', 'ctr i ls && echo "ok $HOME"', 'cat <<EOF\nx\nEOF']) {
      expect(JSON.stringify(parse(line))).toBe(JSON.stringify(nodeParse(line)));
    }
  });

  it('throws on incomplete input like the package entry', () => {
    expect(() => nodeParse('echo "open')).toThrow();
    expect(() => parse('echo "open')).toThrow();
  });

  it('decodes UTF-8 bytes and falls back to latin1 for anything else', () => {
    const utf8 = String.fromCharCode(...new TextEncoder().encode('镜像 ok'));
    expect(decodeBytesToUtf8(unsafeBytesFromLatin1(utf8))).toBe('镜像 ok');
    expect(decodeBytesToUtf8(unsafeBytesFromLatin1('\xff\xfe'))).toBe('\xff\xfe');
    expect(decodeBytesToUtf8(unsafeBytesFromLatin1('abcdef'), 3)).toBe('abc');
  });
});
