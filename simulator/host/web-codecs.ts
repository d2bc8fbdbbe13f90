// A browser's native codecs (see native-codecs.ts): WebCrypto's sha256 and a
// DecompressionStream for raw deflate. Both are asynchronous, so they serve the results an
// async command asks for ahead of its work (withPrecomputed); everything else stays pure.
// Only web-standard globals are used (Node has them too), typed here because the simulator
// compiles without the DOM library.

import type { NativeCodecs } from './native-codecs';

interface ByteStreams {
  writable: { getWriter(): { write(chunk: Uint8Array): Promise<void>; close(): Promise<void> } };
  readable: { getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }> } };
}

interface WebGlobals {
  crypto?: { subtle?: { digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer> } };
  DecompressionStream?: new (format: string) => ByteStreams;
}

/** All of `stream`'s output once `input` went through it; rejects if the stream errors. */
async function through(stream: ByteStreams, input: Uint8Array): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // The writes settle only as the output is read, and fail when the stream does: the read
  // below reports that failure, so theirs are only observed.
  writer.write(input).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (value) {
      chunks.push(value);
      length += value.length;
    }
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The codecs this platform's web globals provide, or undefined when it has neither. */
export function webCodecs(globals: WebGlobals = globalThis as WebGlobals): NativeCodecs | undefined {
  const subtle = globals.crypto?.subtle;
  const Decompression = globals.DecompressionStream;
  let rawInflate = false;
  try {
    rawInflate = Decompression !== undefined && new Decompression('deflate-raw') !== undefined;
  } catch {
    rawInflate = false; // an older browser knows only gzip and deflate
  }
  if (!subtle && !rawInflate) return undefined;
  return {
    name: 'web',
    sha256Async: subtle ? async (bytes) => new Uint8Array(await subtle.digest('SHA-256', bytes)) : undefined,
    inflateRawAsync: rawInflate && Decompression ? (bytes) => through(new Decompression('deflate-raw'), bytes) : undefined,
  };
}
