// A node tree saved without its large strings inline. A VFS file is a binary string (one char
// per byte): a 170 KB tar became 860 KB of JSON escapes in every save. Here each string of
// CHUNK_MIN_CHARS or more leaves the tree as a chunk (its bytes, deflated, under the sha256 of
// those bytes) and a short marker takes its place, so the tree's text stays small, identical
// content is stored once (between saves, between slots, between nodes), and a save after a
// command only hashes and deflates the strings it has not seen before.
//
//   tree text   {"host":{"files":{"/root/n.tar":{"content":"\u0000chunk:<sha256 hex>:b", …}}}}
//   chunk store <sha256 hex> → deflate(bytes)       b: one byte per char   w: UTF-16LE
//
// A marker of kind j stands for a whole subtree (a slice, sliced-pack.ts): its chunk holds that
// subtree's JSON text (UTF-16LE, itself with markers), spliced back in place of the marker. Kind
// k stands for some members of a wide object: it sits as a member, `"<marker>":0`, and its
// chunk's text (`"a":…,"b":…`) replaces that member.
//
// A string that itself starts like a marker is always made a chunk, so every marker in a
// saved text is one of ours.

import { deflateSync, inflateSync } from 'fflate';
import { sha256Hex } from '../host/native-codecs';

/** Strings from this length on are saved as chunks. Shorter ones cost less inline than a marker and a lookup. */
export const CHUNK_MIN_CHARS = 4096;

const MARKER = '\u0000chunk:';
const MARKER_RE = /^\u0000chunk:([0-9a-f]{64}):([bwjk])$/;

/**
 * How a chunk's bytes become the string again: b = one byte per char, w = UTF-16LE; j = UTF-16LE
 * too, holding a subtree's JSON text rather than a string of the tree.
 */
export type ChunkEncoding = 'b' | 'w' | 'j' | 'k';

export interface ChunkRef {
  hash: string;
  encoding: ChunkEncoding;
}

/** A chunk to store: the string it holds, how it is encoded, under which key. */
export interface FreshChunk extends ChunkRef {
  text: string;
}

/** A tree's text with its large strings as markers, and the chunks the markers name. */
export interface PackedTree {
  text: string;
  /** The sha256 keys of every chunk the text names, each once, sorted. */
  refs: string[];
  /** Chunks this pack hashed for the first time (the rest the shelf knew from earlier packs). */
  fresh: FreshChunk[];
}

function isBinaryString(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return false;
  return true;
}

/** Bytes per char of an encoding. */
export function bytesPerChar(encoding: ChunkEncoding): number {
  return encoding === 'b' ? 1 : 2;
}

/** Writes the bytes of `text`'s chars [from, to) into `out` (sized for the whole text). */
export function encodeInto(text: string, encoding: ChunkEncoding, out: Uint8Array, from: number, to: number): void {
  if (encoding === 'b') {
    for (let i = from; i < to; i++) out[i] = text.charCodeAt(i);
    return;
  }
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    out[2 * i] = c & 0xff;
    out[2 * i + 1] = c >> 8;
  }
}

function encode(text: string, encoding: ChunkEncoding): Uint8Array {
  const out = new Uint8Array(text.length * bytesPerChar(encoding));
  encodeInto(text, encoding, out, 0, text.length);
  return out;
}

function decode(bytes: Uint8Array, encoding: ChunkEncoding): string {
  const parts: string[] = [];
  const step = 8192;
  if (encoding === 'b') {
    for (let i = 0; i < bytes.length; i += step) parts.push(String.fromCharCode(...bytes.subarray(i, i + step)));
    return parts.join('');
  }
  if (bytes.length % 2 !== 0) throw new Error('a UTF-16 chunk of an odd length');
  const units = new Uint16Array(bytes.length / 2);
  for (let i = 0; i < units.length; i++) units[i] = (bytes[2 * i] as number) | ((bytes[2 * i + 1] as number) << 8);
  for (let i = 0; i < units.length; i += step) parts.push(String.fromCharCode(...units.subarray(i, i + step)));
  return parts.join('');
}

/** What the chunk store keeps for `chunk`: its bytes, deflated. */
export function sealChunk(chunk: FreshChunk): Uint8Array {
  return deflateSync(encode(chunk.text, chunk.encoding), { level: 6 });
}

/** The string a sealed chunk holds; throws when the bytes are not that chunk's (damage). */
export function openChunk(sealed: Uint8Array, ref: ChunkRef): string {
  const bytes = inflateSync(sealed);
  if (sha256Hex(bytes) !== ref.hash) throw new Error(`chunk ${ref.hash.slice(0, 12)} does not hold the bytes it is named after`);
  return decode(bytes, ref.encoding);
}

/**
 * The large strings of one node's last pack, by the string itself, with their chunk: a string
 * the node still holds (the same object, most often) is neither hashed nor stored again. Only
 * the last pack's strings are kept: a string that left the node and came back may have lost
 * its chunk to collection meanwhile (chunked-saves.ts), so it is stored afresh. One shelf per
 * node.
 */
export class ChunkShelf {
  private known = new Map<string, { ref: ChunkRef; usedAt: number }>();
  private generation = 0;

  refOf(text: string, fresh: FreshChunk[]): ChunkRef {
    const hit = this.known.get(text);
    if (hit) {
      hit.usedAt = this.generation;
      return hit.ref;
    }
    const encoding = stringEncoding(text);
    return this.learn(text, { hash: sha256Hex(encode(text, encoding)), encoding }, fresh);
  }

  /** True when `text`'s chunk is known (refOf will neither hash nor store it). */
  knows(text: string): boolean {
    return this.known.has(text);
  }

  /** Takes `ref` as `text`'s chunk, hashed elsewhere (asynchronously); it is to be stored. */
  learn(text: string, ref: ChunkRef, fresh: FreshChunk[]): ChunkRef {
    this.known.set(text, { ref, usedAt: this.generation });
    fresh.push({ ...ref, text });
    return ref;
  }

  /** Ends a pack: forgets strings it did not use. */
  endPack(): void {
    for (const [text, entry] of this.known) if (entry.usedAt !== this.generation) this.known.delete(text);
    this.generation += 1;
  }

  /** Forgets `hash` was ever stored: its chunk is to be written again (a store refused it). */
  forget(hash: string): void {
    for (const [text, entry] of this.known) if (entry.ref.hash === hash) this.known.delete(text);
  }
}

/** How a string of the tree is kept as a chunk. */
export function stringEncoding(text: string): ChunkEncoding {
  return isBinaryString(text) ? 'b' : 'w';
}

/** True for a string that begins as a marker does. */
export function startsLikeMarker(value: string): boolean {
  return value.startsWith(MARKER);
}

/** True for a string packing puts in a chunk: a long one, or one that looks like a marker. */
export function isChunkable(value: string): boolean {
  return value.length >= CHUNK_MIN_CHARS || startsLikeMarker(value);
}

export function markerOf(ref: ChunkRef): string {
  return `${MARKER}${ref.hash}:${ref.encoding}`;
}

/** The chunk a marker names, or undefined for any other string. */
export function parseMarker(text: string): ChunkRef | undefined {
  if (!text.startsWith(MARKER)) return undefined;
  const m = MARKER_RE.exec(text);
  return m ? { hash: m[1] as string, encoding: m[2] as ChunkEncoding } : undefined;
}

/** Where a large string sits in the tree: put back after the tree is written. */
interface Swapped {
  holder: Record<string | number, unknown>;
  key: string | number;
  text: string;
}

/**
 * `tree` as JSON text whose large strings are markers (see the top of this file). The strings
 * are swapped for their markers in place, the tree written by the native JSON.stringify and the
 * strings put back, all in one synchronous step: a replacer function would cost several times
 * the writing itself on a large tree.
 */
export function packTree(tree: unknown, shelf: ChunkShelf): PackedTree {
  const fresh: FreshChunk[] = [];
  const refs = new Set<string>();
  const text = writePacked(tree, shelf, fresh, refs);
  shelf.endPack();
  return { text, refs: [...refs].sort(), fresh };
}

/** Calls `visit` for every chunkable string below `tree` (not `tree` itself), with where it sits. */
export function forEachChunkable(tree: unknown, visit: (holder: Record<string | number, unknown>, key: string | number, text: string) => void): void {
  const stack: unknown[] = [tree];
  const step = (holder: Record<string | number, unknown>, key: string | number, value: unknown) => {
    if (typeof value === 'object' && value !== null) stack.push(value);
    else if (typeof value === 'string' && isChunkable(value)) visit(holder, key, value);
  };
  while (stack.length > 0) {
    const holder = stack.pop() as Record<string | number, unknown>;
    if (Array.isArray(holder)) {
      for (let i = 0; i < holder.length; i++) step(holder, i, holder[i]);
      continue;
    }
    for (const key in holder) if (Object.hasOwn(holder, key)) step(holder, key, holder[key]);
  }
}

/** packTree's text of `tree` (an object), adding to `fresh` and `refs`; the shelf's pack goes on. */
export function writePacked(tree: unknown, shelf: ChunkShelf, fresh: FreshChunk[], refs: Set<string>): string {
  const swapped: Swapped[] = [];
  forEachChunkable(tree, (holder, key, value) => {
    const ref = shelf.refOf(value, fresh);
    refs.add(ref.hash);
    swapped.push({ holder, key, text: value });
    holder[key] = markerOf(ref);
  });
  try {
    return JSON.stringify(tree);
  } finally {
    for (const { holder, key, text: original } of swapped) holder[key] = original;
  }
}

/**
 * The tree packTree wrote, its markers replaced by the strings of `chunks` (hash → string).
 * Throws for a marker whose chunk is missing: the save is damaged. The strings go into the text
 * before it is parsed, so the native JSON.parse does all the work (a reviver function would
 * cost several times the parse on a large tree).
 */
export function unpackTree(text: string, chunks: ReadonlyMap<string, string>): unknown {
  return JSON.parse(filledText(text, chunks, 0));
}

/** Slices nest as deep as the tree is sliced; deeper is a forged store (or a loop). */
const MAX_SLICE_NESTING = 64;

/** `text` with every marker replaced: a string's by the string, a slice's by its text, filled too. */
function filledText(text: string, chunks: ReadonlyMap<string, string>, nesting: number): string {
  if (nesting > MAX_SLICE_NESTING) throw new Error('the save nests its slices too deep');
  return text.replace(/"\\u0000chunk:([0-9a-f]{64}):(?:([bwj])"|k":0)/g, (marker: string, hash: string, kind: string | undefined, at: number) => {
    // A quote escaped inside some other string (an odd run of backslashes before it) is no marker's.
    let backslashes = 0;
    while (text[at - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 1) return marker;
    const found = chunks.get(hash);
    if (found === undefined) throw new Error(`chunk ${hash.slice(0, 12)} is missing from storage`);
    return kind === 'b' || kind === 'w' ? JSON.stringify(found) : filledText(found, chunks, nesting + 1);
  });
}

/** True when a tree's JSON text holds a marker still to resolve. */
export function hasMarker(text: string): boolean {
  return text.includes('\\u0000chunk:');
}
