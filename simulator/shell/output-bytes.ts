// What a program's stdout chunk is as bytes, and as text for the terminal. Programs write text
// (JS strings of Unicode), and a few outputs (`ctr content get` of a layer, `tar xO`, `tar cf -`)
// write file bytes as a binary string: one char per byte, the VFS's encoding. CommandIO has one
// stdout for both, so a chunk is classified by what it holds:
// - any char above U+00FF: text;
// - else, a control byte other than tab/newline/return/escape, or a byte sequence that is
//   well-formed UTF-8 with some byte above 0x7F: bytes (a gzip stream, a tar, UTF-8 file text);
// - else text: ASCII (the same either way) or Latin-1 letters such as Go's `µs`.

import { binaryToText, textToBinary } from '../host/vfs';

function hasWideChar(chunk: string): boolean {
  for (let i = 0; i < chunk.length; i++) if (chunk.charCodeAt(i) > 0xff) return true;
  return false;
}

/** C0 controls a text never holds (NUL, backspace…), DEL and the C1 range 0x80–0x9F. */
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f-\x9f]/;
const HIGH = /[\x80-\xff]/;

/** True when every high byte of `chunk` belongs to a well-formed UTF-8 sequence. */
function wellFormedUtf8(chunk: string): boolean {
  let i = 0;
  while (i < chunk.length) {
    const b = chunk.charCodeAt(i);
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > chunk.length) return false;
    for (let k = 1; k < len; k++) if ((chunk.charCodeAt(i + k) & 0xc0) !== 0x80) return false;
    i += len;
  }
  return true;
}

/** True when `chunk` is a binary string of bytes rather than text. */
export function isByteChunk(chunk: string): boolean {
  if (hasWideChar(chunk)) return false;
  if (CONTROL.test(chunk)) return true;
  return HIGH.test(chunk) && wellFormedUtf8(chunk);
}

/** The chunk as a binary string (one char per byte), for a pipe or a redirection. */
export function chunkToBytes(chunk: string): string {
  return isByteChunk(chunk) ? chunk : textToBinary(chunk);
}

/** The chunk as the terminal shows it: bytes are decoded as UTF-8. */
export function chunkToDisplay(chunk: string): string {
  return isByteChunk(chunk) && HIGH.test(chunk) ? binaryToText(chunk) : chunk;
}
