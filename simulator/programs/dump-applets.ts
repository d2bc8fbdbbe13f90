// busybox 1.35's od (od_bloaty, the coreutils-derived one) and hexdump -C, as Debian's
// busybox-static prints them (checked on this machine's /bin/busybox; oracle 169 in a container):
// 16 bytes a line, a line equal to the one before shown as `*` (not with -v), the end offset
// last. od takes -A RADIX, -t TYPE (c, d/o/u/x with 1, 2, 4 or 8), the short forms -bcdiloxsh, -N,
// -j, -w and -v; each further type prints on a line of its own under a blank address. Every
// number is little-endian, a short last group zero-filled.

import { getopt32 } from './getopt32';
import { finished, stderr, stdout, type Program, type ProgramContext, type ProgramRun } from './program';
import { fileBytes } from './applets/digest-applets';

interface DumpInput {
  bytes: Uint8Array;
  errors: string[];
  readStdin: boolean;
}

/** The operands' bytes one after another (none: stdin), with a line for each that cannot be read. */
function readAll(ctx: ProgramContext, tool: string, operands: readonly string[]): DumpInput | undefined {
  const parts: Uint8Array[] = [];
  const errors: string[] = [];
  let readStdin = false;
  for (const name of operands.length ? operands : ['-']) {
    if (name === '-') {
      if (ctx.stdin === undefined || ctx.stdinOpen) return undefined;
      readStdin = true;
    }
    const got = fileBytes(ctx, name);
    if ('error' in got) errors.push(`${tool}: ${name}: ${got.error}\n`);
    else parts.push(got);
  }
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return { bytes, errors, readStdin };
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((v, i) => v === b[i]);

/** Lines of `width` bytes, each equal run after its first folded into one `*` unless `all`. */
function dumpLines(bytes: Uint8Array, width: number, all: boolean, line: (offset: number, chunk: Uint8Array) => string): string {
  let out = '';
  let previous: Uint8Array | undefined;
  let starred = false;
  for (let offset = 0; offset < bytes.length; offset += width) {
    const chunk = bytes.subarray(offset, offset + width);
    if (!all && previous && chunk.length === width && sameBytes(chunk, previous)) {
      if (!starred) out += '*\n';
      starred = true;
      continue;
    }
    starred = false;
    previous = chunk;
    out += line(offset, chunk);
  }
  return out;
}

const C_ESCAPES: Record<number, string> = { 0: '\\0', 7: '\\a', 8: '\\b', 9: '\\t', 10: '\\n', 11: '\\v', 12: '\\f', 13: '\\r' };

interface OdType {
  kind: 'c' | 'd' | 'o' | 'u' | 'x';
  size: number;
}

/** Field widths of od's integer formats, by type and size. */
const WIDTHS: Record<OdType['kind'], Record<number, number>> = {
  c: { 1: 3 },
  d: { 1: 4, 2: 6, 4: 11, 8: 20 },
  o: { 1: 3, 2: 6, 4: 11, 8: 22 },
  u: { 1: 3, 2: 5, 4: 10, 8: 20 },
  x: { 1: 2, 2: 4, 4: 8, 8: 16 },
};

function field(type: OdType, group: Uint8Array): string {
  const width = WIDTHS[type.kind][type.size] ?? 0;
  if (type.kind === 'c') {
    const b = group[0] ?? 0;
    const text = C_ESCAPES[b] ?? (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : b.toString(8).padStart(3, '0'));
    return ` ${text.padStart(width)}`;
  }
  let n = 0n;
  for (let i = type.size - 1; i >= 0; i--) n = (n << 8n) | BigInt(group[i] ?? 0);
  if (type.kind === 'd' && n >= 1n << BigInt(type.size * 8 - 1)) n -= 1n << BigInt(type.size * 8);
  if (type.kind === 'o') return ` ${n.toString(8).padStart(width, '0')}`;
  if (type.kind === 'x') return ` ${n.toString(16).padStart(width, '0')}`;
  return ` ${n.toString().padStart(width)}`;
}

/** -t TYPE: c, or d/o/u/x with an optional size (1, 2, 4, 8 or C, S, I, L). */
function parseType(spec: string): OdType[] | string {
  const types: OdType[] = [];
  const sizes: Record<string, number> = { C: 1, S: 2, I: 4, L: 8 };
  for (let i = 0; i < spec.length; ) {
    const kind = spec[i++] ?? '';
    if (kind === 'c') {
      types.push({ kind: 'c', size: 1 });
      continue;
    }
    if (!'doux'.includes(kind) || kind === '') return `invalid character '${kind}' in type string '${spec}'`;
    let size = 4;
    const digits = /^\d+/.exec(spec.slice(i))?.[0];
    if (digits) {
      size = Number(digits);
      i += digits.length;
      if (![1, 2, 4, 8].includes(size)) return `invalid type string '${spec}';\nthis system doesn't provide a ${size}-byte integral type`;
    } else if (sizes[spec[i] ?? ''] !== undefined) size = sizes[spec[i++] ?? ''] ?? 4;
    types.push({ kind: kind as OdType['kind'], size });
  }
  return types;
}

const SHORT_TYPES: Record<string, OdType> = {
  b: { kind: 'o', size: 1 },
  c: { kind: 'c', size: 1 },
  d: { kind: 'u', size: 2 },
  i: { kind: 'd', size: 4 },
  l: { kind: 'd', size: 8 },
  o: { kind: 'o', size: 2 },
  s: { kind: 'd', size: 2 },
  x: { kind: 'x', size: 2 },
  h: { kind: 'x', size: 2 },
};

function od(ctx: ProgramContext): ProgramRun {
  const args = ctx.argv.slice(1);
  const parsed = getopt32(args, 'A:N:t:bcdfhij:lxosvw:');
  if (!parsed.ok) return finished([stderr(`od: ${parsed.error}\n`)], 1);
  const types: OdType[] = [];
  let radix = 'o';
  let skip = 0;
  let limit: number | undefined;
  let width = 16;
  // Options in the order given: each -t and short form adds a type.
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (!a.startsWith('-') || a === '-') continue;
    if (a === '--') break;
    for (let j = 1; j < a.length; j++) {
      const c = a[j] ?? '';
      if ('ANtjw'.includes(c)) {
        const value = j + 1 < a.length ? a.slice(j + 1) : (args[++i] ?? '');
        if (c === 't') {
          const t = parseType(value);
          if (typeof t === 'string') return finished([stderr(`od: ${t}\n`)], 1);
          types.push(...t);
        } else if (c === 'A') {
          if (!['o', 'd', 'x', 'n'].includes(value)) return finished([stderr(`od: bad output address radix '${value}': must be one of [doxn]\n`)], 1);
          radix = value;
        } else if (!/^\d+$/.test(value)) return finished([stderr(`od: invalid number '${value}'\n`)], 1);
        else if (c === 'j') skip = Number(value);
        else if (c === 'N') limit = Number(value);
        else width = Number(value) || 32;
        break;
      }
      const short = SHORT_TYPES[c];
      if (short) types.push(short);
      else if (c === 'f') return finished([stderr('od: floating point types are not simulated here\n')], 1);
    }
  }
  if (types.length === 0) types.push({ kind: 'o', size: 2 });
  const input = readAll(ctx, 'od', parsed.operands);
  if (!input) return { out: [], consumedStdin: ctx.stdin !== undefined };
  const bytes = input.bytes.subarray(Math.min(skip, input.bytes.length), limit === undefined ? undefined : skip + limit);
  const addrWidth = radix === 'x' ? 6 : radix === 'n' ? 0 : 7;
  const address = (n: number) => (radix === 'n' ? '' : n.toString(radix === 'x' ? 16 : radix === 'd' ? 10 : 8).padStart(addrWidth, '0'));
  const text = dumpLines(bytes, width, parsed.opts.has('v'), (offset, chunk) =>
    types
      .map((type, k) => {
        let fields = '';
        for (let i = 0; i < chunk.length; i += type.size) fields += field(type, chunk.subarray(i, i + type.size));
        return `${k === 0 ? address(skip + offset) : ' '.repeat(addrWidth)}${fields}\n`;
      })
      .join(''),
  );
  const end = radix === 'n' ? '' : `${address(skip + bytes.length)}\n`;
  // With no file opened at all, od writes nothing but the complaints.
  const opened = input.errors.length < Math.max(1, parsed.operands.length);
  const out = [...(opened ? [stdout(text + end)] : []), ...(input.errors.length ? [stderr(input.errors.join(''))] : [])];
  return { ...finished(out, input.errors.length ? 1 : 0), consumedStdin: input.readStdin };
}

export const odProgram: Program = { name: 'od', run: od };

export const hexdumpProgram: Program = {
  name: 'hexdump',
  run(ctx) {
    const args = ctx.argv.slice(1);
    const parsed = getopt32(args, 'Cv');
    if (!parsed.ok || !parsed.opts.has('C')) return finished([stderr('hexdump: only -C (and -v) is simulated here\n')], 1);
    const input = readAll(ctx, 'hexdump', parsed.operands);
    if (!input) return { out: [], consumedStdin: ctx.stdin !== undefined };
    const hex = (b: number) => b.toString(16).padStart(2, '0');
    const text = dumpLines(input.bytes, 16, parsed.opts.has('v'), (offset, chunk) => {
      const bytes = [...chunk];
      const left = bytes.slice(0, 8).map((b) => `${hex(b)} `).join('');
      const right = bytes.slice(8).map((b) => `${hex(b)} `).join('');
      const shown = bytes.map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
      return `${offset.toString(16).padStart(8, '0')}  ${left.padEnd(24)} ${right.padEnd(24)} |${shown}|\n`;
    });
    const end = input.bytes.length ? `${input.bytes.length.toString(16).padStart(8, '0')}\n` : '';
    const out = [...(text + end ? [stdout(text + end)] : []), ...(input.errors.length ? [stderr(input.errors.join(''))] : [])];
    return { ...finished(out, input.errors.length ? 1 : 0), consumedStdin: input.readStdin };
  },
};
