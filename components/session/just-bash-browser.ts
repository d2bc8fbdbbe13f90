// The browser's view of 'just-bash' (next.config.mjs aliases it for client bundles). just-bash's
// browser entry leaves out `parse` and the byte-string helpers that the simulator's shell
// imports from the package root; this adds them on top of the browser entry. Node (the REPL,
// vitest) keeps using the package's own full entry.

import type { ByteString } from 'just-bash';
import { Bash } from 'just-bash/browser';

export * from 'just-bash/browser';

let parser: Bash | undefined;

/** The shell's parser: Bash#transform parses the script and returns its syntax tree. */
export function parse(script: string): ReturnType<Bash['transform']>['ast'] {
  parser ??= new Bash();
  return parser.transform(script).ast;
}

/** Tags a latin1 byte buffer (one char per byte) as a ByteString, as just-bash does. */
export function unsafeBytesFromLatin1(latin1: string): ByteString {
  return latin1 as unknown as ByteString;
}

/** The underlying latin1 byte buffer of a ByteString. */
export function latin1FromBytes(bytes: ByteString): string {
  return bytes as unknown as string;
}

/** Decodes a ByteString as UTF-8, falling back to the raw latin1 view if it is not UTF-8. */
export function decodeBytesToUtf8(bytes: ByteString, maxBytes?: number): string {
  let latin1 = latin1FromBytes(bytes);
  if (maxBytes !== undefined) latin1 = latin1.slice(0, maxBytes);
  const buffer = Uint8Array.from(latin1, (char) => char.charCodeAt(0) & 0xff);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return latin1;
  }
}

/** An ExecResult's stdout as a latin1 byte view, as just-bash's bytesOutput makes it (dist/encoding.d.ts). */
export function bytesOutput(data: ByteString): { stdout: string; stdoutKind: 'bytes'; stdoutEncoding: 'binary' } {
  return { stdout: latin1FromBytes(data), stdoutKind: 'bytes', stdoutEncoding: 'binary' };
}
