// `node:zlib` for the node's worker bundle (node-worker-bundle.ts): the shell library's browser
// entry imports gzipSync, gunzipSync and constants for gzip, gunzip, zcat (and rg's -z). Here
// they are fflate's, which the simulator already carries (host/native-codecs.ts), with what
// Node's zlib adds around them: a gzip header with no time (mtime 0, as zlib writes it), the
// maxOutputLength limit and its RangeError, zlib's message for a stream cut short. The Node
// polyfill the app's bundler substituted did not even start (its zlib had no `constants`), and
// its setup threw exceptions in the worker that cost the first prompt.

import { gunzipSync as inflateGzip, gzipSync as deflateGzip } from 'fflate';

interface ZlibOptions {
  level?: number;
  maxOutputLength?: number;
}

/** zlib's levels, as the library reads them for gzip -1 … -9. */
export const constants = { Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1 };

/** zlib's default level, what Z_DEFAULT_COMPRESSION (-1) means. */
const DEFAULT_LEVEL = 6;

type Level = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** Node's error for output past maxOutputLength (ERR_BUFFER_TOO_LARGE). */
function tooLarge(max: number): RangeError {
  return Object.assign(new RangeError(`Cannot create a Buffer larger than ${max} bytes`), { code: 'ERR_BUFFER_TOO_LARGE' });
}

function limited(bytes: Uint8Array, options: ZlibOptions | undefined): Uint8Array {
  const max = options?.maxOutputLength;
  if (max !== undefined && bytes.length > max) throw tooLarge(max);
  return bytes;
}

export function gzipSync(data: Uint8Array, options?: ZlibOptions): Uint8Array {
  const level = options?.level === undefined || options.level < 0 ? DEFAULT_LEVEL : options.level;
  return limited(deflateGzip(data, { level: Math.min(level, 9) as Level, mtime: 0 }), options);
}

export function gunzipSync(data: Uint8Array, options?: ZlibOptions): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = inflateGzip(data);
  } catch (error) {
    // fflate's code 0 is a stream cut short: zlib's Z_BUF_ERROR and its words.
    if ((error as { code?: number }).code === 0) throw Object.assign(new Error('unexpected end of file'), { code: 'Z_BUF_ERROR' });
    throw error;
  }
  return limited(bytes, options);
}
