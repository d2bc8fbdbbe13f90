// busybox base64 (coreutils/uudecode.c base64_main): one FILE (`-` or none: stdin) encoded in
// lines of 76 (-w COL, 0 for one line), or decoded with -d as libbb's read_base64 does (chunks
// split at whitespace, anything outside the alphabet skipped, `truncated input` for a group left
// open at the end, counted back over whatever it skipped).

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

/** One chunk as libbb's decode_base64 reads it: bytes out, and how many letters of an open group are left. */
function decodeChunk(chunk: string, bytes: number[]): string {
  let ch = 0;
  let i = 0;
  let at = 0;
  let padding = 0;
  while (at < chunk.length) {
    const c = chunk[at++] ?? '';
    let t = ALPHABET.indexOf(c);
    // `=` only closes a group: as its fourth letter, or as the third before another `=`.
    if (c === '=' && (i === 3 || (i === 2 && chunk[at] === '='))) {
      t = 0;
      padding++;
    } else if (t < 0 || c === '=') continue;
    ch = (ch << 6) | t;
    i = (i + 1) & 3;
    if (i === 0) {
      bytes.push(...[(ch >> 16) & 255, (ch >> 8) & 255, ch & 255].slice(0, 3 - padding));
      if (padding > 0) break;
      ch = 0;
    }
  }
  // What is left starts i characters back from where it stopped, whatever they were (`src - i`).
  return chunk.slice(at - i);
}

/**
 * read_base64: the input in chunks that end at any space or control character (or after 80
 * letters), each decoded with what the last one left; at the end, anything left is `truncated`.
 */
function decode(text: string): { bytes: number[]; truncated: boolean } {
  const bytes: number[] = [];
  let buf = '';
  let pos = 0;
  for (;;) {
    let ended = false;
    while (buf.length < 80) {
      if (pos >= text.length) {
        ended = true;
        break;
      }
      const c = text[pos++] ?? '';
      if (c <= ' ') break;
      buf += c;
    }
    const tail = decodeChunk(buf, bytes);
    if (ended) return { bytes, truncated: tail !== '' };
    buf = tail;
  }
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
