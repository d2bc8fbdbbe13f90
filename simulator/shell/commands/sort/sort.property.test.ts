import fc from 'fast-check';
import { InMemoryFs, createCommandContext, unsafeBytesFromLatin1 } from 'just-bash';
import { describe, expect, it } from 'vitest';
import { runSort } from './sort';

// A real node sorts in C.UTF-8: the order of the lines' UTF-8 bytes. These properties hold the
// simulator's sort to an independent byte comparator over random text, ASCII and beyond.

const utf8 = new TextEncoder();

/** The reference: unsigned bytes, element by element, the shorter first on a tie. */
function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return a.length - b.length;
}

function latin1(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => String.fromCharCode(b)).join('');
}

async function sortText(lines: readonly string[], args: string[] = []): Promise<string[]> {
  const input = lines.map((l) => latin1(utf8.encode(l)) + '\n').join('');
  const ctx = createCommandContext({ fs: new InMemoryFs(), cwd: '/', stdin: unsafeBytesFromLatin1(input) });
  const r = await runSort(args, ctx, () => 7);
  expect(r.exitCode).toBe(0);
  const bytes = Uint8Array.from(r.stdout, (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes).split('\n').slice(0, -1);
}

/** Lines without the delimiter, from every plane (astral characters sort after U+FFFF in bytes). */
const codePoint = fc.integer({ min: 0, max: 0x10ffff }).filter((c) => c < 0xd800 || c > 0xdfff).map((c) => String.fromCodePoint(c));
const line = fc.string({ unit: fc.oneof(fc.constantFrom('a', 'B', '_', ':', '2', ' ', '\t', '~'), codePoint), maxLength: 8 })
  .filter((s) => !s.includes('\n'));

describe('sort orders lines as their UTF-8 bytes', () => {
  it('plain sort is the byte order', async () => {
    await fc.assert(fc.asyncProperty(fc.array(line, { maxLength: 30 }), async (lines) => {
      const expected = [...lines].sort((a, b) => compareBytes(utf8.encode(a), utf8.encode(b)));
      expect(await sortText(lines)).toEqual(expected);
    }), { numRuns: 200 });
  });

  it('-r is the reverse byte order and -u drops byte-equal repeats', async () => {
    await fc.assert(fc.asyncProperty(fc.array(line, { maxLength: 30 }), async (lines) => {
      const ascending = [...lines].sort((a, b) => compareBytes(utf8.encode(a), utf8.encode(b)));
      expect(await sortText(lines, ['-r'])).toEqual([...ascending].reverse());
      expect(await sortText(lines, ['-u'])).toEqual(ascending.filter((l, i) => i === 0 || l !== ascending[i - 1]));
    }), { numRuns: 100 });
  });

  it('-n orders decimals by value, ties by bytes', async () => {
    const decimal = fc.tuple(fc.boolean(), fc.nat(5000), fc.nat(999), fc.nat(2)).map(([neg, whole, frac, zeros]) =>
      `${neg ? '-' : ''}${'0'.repeat(zeros)}${whole}.${String(frac).padStart(3, '0')}`);
    const scaled = (s: string): bigint => BigInt(s.replace('.', ''));
    await fc.assert(fc.asyncProperty(fc.array(decimal, { maxLength: 30 }), async (nums) => {
      const expected = [...nums].sort((a, b) => {
        const d = scaled(a) - scaled(b);
        return d !== 0n ? (d < 0n ? -1 : 1) : compareBytes(utf8.encode(a), utf8.encode(b));
      });
      expect(await sortText(nums, ['-n'])).toEqual(expected);
    }), { numRuns: 100 });
  });
});
