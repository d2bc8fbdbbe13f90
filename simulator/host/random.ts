// Deterministic randomness kept in the state tree: the same seed and the same commands give
// the same ids, PIDs and UUIDs, so transcripts replay exactly and tests can compare them.

export interface RandomState {
  /** The current 32-bit state of the generator. */
  s: number;
}

/** mulberry32: small, fast, good enough for ids; its whole state is one number. */
export function nextUint32(r: RandomState): number {
  r.s = (r.s + 0x6d2b79f5) >>> 0;
  let t = r.s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

export function randomInt(r: RandomState, lo: number, hi: number): number {
  return lo + (nextUint32(r) % (hi - lo + 1));
}

function randomHex(r: RandomState, length: number): string {
  let out = '';
  while (out.length < length) out += nextUint32(r).toString(16).padStart(8, '0');
  return out.slice(0, length);
}

/** A version-4 UUID (ctr version's server UUID). */
export function randomUuid(r: RandomState): string {
  const h = randomHex(r, 32).split('');
  h[12] = '4';
  h[16] = '89ab'[parseInt(h[16]!, 16) & 3]!;
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
