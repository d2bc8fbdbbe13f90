import fc from 'fast-check';
import { deflateSync, gzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import {
  binaryToBytes,
  bytesToBinary,
  gunzip,
  gunzipBinaryString,
  inflateRaw,
  nativeCodecs,
  registerNativeCodecs,
  sha256Hex,
  sha256HexOfBinary,
  withPrecomputed,
  type NativeCodecs,
} from './native-codecs';
import { webCodecs } from './web-codecs';

// The unit tests' setup registers Node's codecs (tests/vitest-setup.ts).
const node = nativeCodecs();
const web = webCodecs();
afterEach(() => registerNativeCodecs(node));

/** What `f` gives under each codec set: its value, or the fact that it threw. */
function under<T>(codecs: Array<NativeCodecs | undefined>, f: () => T): Array<{ value?: T; threw?: true }> {
  return codecs.map((c) => {
    registerNativeCodecs(c);
    try {
      return { value: f() };
    } catch {
      return { threw: true };
    }
  });
}

const binary = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('');

describe('choosing the codecs', () => {
  it('uses what is registered, and pure TypeScript when nothing is', () => {
    expect(node.name).toBe('node');
    registerNativeCodecs(undefined);
    expect(nativeCodecs()).toEqual({ name: 'pure' });
    registerNativeCodecs(web);
    expect(nativeCodecs().name).toBe('web');
  });

  it('finds WebCrypto and a raw-deflate DecompressionStream among the globals, or nothing', () => {
    expect(web?.sha256Async).toBeTypeOf('function');
    expect(web?.inflateRawAsync).toBeTypeOf('function');
    expect(web?.sha256).toBeUndefined();
    expect(webCodecs({})).toBeUndefined();
    const gzipOnly = class {
      constructor(format: string) {
        if (format !== 'gzip') throw new TypeError('unsupported');
      }
    } as never;
    expect(webCodecs({ DecompressionStream: gzipOnly })).toBeUndefined();
  });
});

describe('the same bytes whichever codecs run', () => {
  it('sha256 and binary strings', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        const [pure, native] = under([undefined, node], () => [sha256Hex(bytes), bytesToBinary(bytes), Array.from(binaryToBytes(binary(bytes)))]);
        expect(native).toEqual(pure);
        expect(pure?.value?.[1]).toBe(binary(bytes));
      }),
      { numRuns: 200 },
    );
    expect(sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  const hello = gzipSync(new TextEncoder().encode('hello '));
  const world = gzipSync(new TextEncoder().encode('world'));
  const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));
  const flip = (bytes: Uint8Array, from_end: number) => {
    const out = bytes.slice();
    out[out.length - from_end] = (out[out.length - from_end] ?? 0) ^ 1;
    return out;
  };
  const streams: Record<string, Uint8Array> = {
    valid: hello,
    'with a file name and comment': gzipSync(new Uint8Array(5000).fill(7), { filename: 'x.tar', mtime: 0 }),
    'two members': join(hello, world),
    'an empty member first': join(gzipSync(new Uint8Array()), world),
    'trailing zeros': join(hello, new Uint8Array(10)),
    'trailing junk': join(hello, new TextEncoder().encode('junkjunk')),
    'cut short': hello.subarray(0, hello.length - 3),
    'cut in the body': hello.subarray(0, 12),
    'a bad CRC': flip(hello, 6),
    'a bad length': flip(hello, 2),
    'a corrupt body': flip(hello, 10),
    empty: new Uint8Array(),
    'header only': hello.subarray(0, 10),
    'not gzip': new TextEncoder().encode('plain text, no magic'),
  };

  it.each(Object.entries(streams))('gunzip: %s', (_, stream) => {
    const [pure, native] = under([undefined, node], () => binary(gunzip(stream)));
    expect(native).toEqual(pure);
  });

  it('gunzip of any compressed bytes, and inflate of raw deflate (what packRaw writes)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), fc.integer({ min: 0, max: 9 }), (bytes, level) => {
        const gz = gzipSync(bytes, { level: level as 0 });
        const raw = deflateSync(bytes, { level: level as 0 });
        const [pure, native] = under([undefined, node], () => [binary(gunzip(gz)), binary(inflateRaw(raw))]);
        expect(native).toEqual(pure);
        expect(pure?.value).toEqual([binary(bytes), binary(bytes)]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('results computed ahead of synchronous work', () => {
  // Noise, so that its gzip is as large (a member worth computing ahead).
  let seed = 1;
  const layer = new Uint8Array(200_000).map(() => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24);
  const gz = binary(gzipSync(layer));
  const tar = binary(layer);

  it('are the very results the synchronous path gives, and live only during the work', async () => {
    registerNativeCodecs(undefined);
    const expected = [sha256HexOfBinary(gz), gunzipBinaryString(gz), sha256HexOfBinary(tar)];
    if (!web) throw new Error('Node has WebCrypto and DecompressionStream');
    let asked = 0;
    registerNativeCodecs({
      ...web,
      sha256Async: (bytes) => {
        asked++;
        return web.sha256Async!(bytes);
      },
    });
    const seen = await withPrecomputed(
      () => [gz, 'small'],
      () => {
        const before = asked;
        const inside = [sha256HexOfBinary(gz), gunzipBinaryString(gz), sha256HexOfBinary(tar)];
        expect(asked).toBe(before); // nothing async asked for inside the synchronous work
        return inside;
      },
    );
    expect(seen).toEqual(expected);
    expect(asked).toBe(2); // the archive member and its gunzipped bytes; small ones stay in place
  });

  it('are not computed where synchronous natives serve every call', async () => {
    let listed = false;
    const value = await withPrecomputed(
      () => {
        listed = true;
        return [gz];
      },
      () => sha256HexOfBinary(gz),
    );
    expect(listed).toBe(false);
    registerNativeCodecs(undefined);
    expect(value).toBe(sha256HexOfBinary(gz));
  });

  it('keep a stream the native refuses to the pure path', async () => {
    registerNativeCodecs(web);
    const corrupt = binary(flipAt(binaryToBytes(gz), 40));
    const inside = await withPrecomputed(
      () => [corrupt],
      () => under([nativeCodecs()], () => gunzipBinaryString(corrupt)),
    );
    expect(inside).toEqual(under([undefined], () => gunzipBinaryString(corrupt)));
  });
});

function flipAt(bytes: Uint8Array, at: number): Uint8Array {
  const out = bytes.slice();
  out[at] = (out[at] ?? 0) ^ 0xff;
  return out;
}
