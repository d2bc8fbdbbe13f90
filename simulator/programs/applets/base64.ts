// busybox base64 (coreutils/uudecode.c base64_main): one FILE (`-` or none: stdin) encoded in
// lines of 76 (-w COL, 0 for one line), or decoded with -d, where anything outside the alphabet
// is skipped and a group of fewer than four letters left at the end is `truncated input`.

import { getopt32, lastValue } from '../getopt32';
import { finished, stderr, stdout, type OutputChunk, type Program } from '../program';
import { showUsage } from './busybox-usage';
import { fileBytes } from './digest-applets';

const USAGE =
  'Usage: base64 [-d] [-w COL] [FILE]\n\nBase64 encode or decode FILE to standard output\n\n' +
  '\t-d\tDecode data\n\t-w COL\tWrap lines at COL (default 76, 0 disables)\n';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function encode(bytes: Uint8Array, width: number): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    text += ALPHABET[(n >> 18) & 63] ?? '';
    text += ALPHABET[(n >> 12) & 63] ?? '';
    text += i + 1 < bytes.length ? (ALPHABET[(n >> 6) & 63] ?? '') : '=';
    text += i + 2 < bytes.length ? (ALPHABET[n & 63] ?? '') : '=';
  }
  if (text === '') return '';
  if (width === 0) return `${text}\n`;
  return `${text.match(new RegExp(`.{1,${width}}`, 'g'))?.join('\n') ?? ''}\n`;
}

/** decode_base64: whole groups of four, `=` closing one; `truncated` when a group is left open at the end. */
function decode(text: string): { bytes: number[]; truncated: boolean } {
  const bytes: number[] = [];
  let group: number[] = [];
  let padded = 0;
  for (const ch of text) {
    if (ch === '=') {
      // A lone = between groups is skipped; inside one it pads it out.
      if (group.length < 2) continue;
      padded++;
      group.push(0);
    } else {
      const v = ALPHABET.indexOf(ch);
      if (v < 0) continue;
      if (padded > 0) {
        group = [];
        padded = 0;
      }
      group.push(v);
    }
    if (group.length === 4) {
      const n = ((group[0] ?? 0) << 18) | ((group[1] ?? 0) << 12) | ((group[2] ?? 0) << 6) | (group[3] ?? 0);
      bytes.push(...[(n >> 16) & 255, (n >> 8) & 255, n & 255].slice(0, 3 - padded));
      group = [];
      padded = 0;
    }
  }
  return { bytes, truncated: group.length > 0 };
}

export const base64Program: Program = {
  name: 'base64',
  run(ctx) {
    const parsed = getopt32(ctx.argv.slice(1), 'dw:');
    if (!parsed.ok) return showUsage('base64', USAGE, parsed.error);
    if (parsed.operands.length > 1) return showUsage('base64', USAGE);
    const widthText = lastValue(parsed, 'w') ?? '76';
    if (!/^[0-9]+$/.test(widthText)) return finished([stderr(`base64: invalid number '${widthText}'\n`)], 1);
    const name = parsed.operands[0] ?? '-';
    if (name === '-' && (ctx.stdin === undefined || ctx.stdinOpen)) return { out: [] };
    const bytes = fileBytes(ctx, name);
    if ('error' in bytes) {
      return finished([stderr(bytes.error === 'Is a directory' ? 'base64: read error: Is a directory\n' : `base64: ${name}: ${bytes.error}\n`)], 1);
    }
    if (!parsed.opts.has('d')) return { ...finished([stdout(encode(bytes, Number(widthText)))]), consumedStdin: name === '-' };
    const { bytes: decoded, truncated } = decode(new TextDecoder().decode(bytes));
    const out: OutputChunk[] = [];
    // As UTF-8 text, the form the container's files and pipes carry.
    if (decoded.length > 0) out.push(stdout(new TextDecoder('utf-8', { fatal: false }).decode(new Uint8Array(decoded))));
    if (truncated) out.push(stderr('base64: truncated input\n'));
    return { out, exit: { afterMs: 0, code: truncated ? 1 : 0 }, consumedStdin: name === '-' };
  },
};
