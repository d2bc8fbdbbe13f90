// The node tree packed a piece at a time, so that the save made after a line never holds the
// worker for more than a few ms: a line typed meanwhile is read between two pieces, not after
// the whole tree (35 ms at 1,000 images, containers and tasks when packed in one step).
//
// The tree is written member by member down to the records (DESCEND_DEPTH, and deeper in wide
// collections), each record by the native JSON.stringify with its large strings swapped for
// markers (chunked-tree.ts); the text is the one JSON.stringify gives for the whole tree. Between
// records, once STEP_MS have gone, the packer waits for a later turn of the thread's loop. A
// subtree whose text reaches SLICE_MIN_CHARS leaves as a slice: a chunk holding that text,
// named by its sha256, with a j marker in its place, so the part of a save kept in
// localStorage stays small whatever the node holds. A slice whose text is the one its place had
// at the last pack keeps its chunk: neither hashed nor stored again.
//
// Since the tree is read over several turns, a line that runs meanwhile could leave a save of
// half before and half after it: the caller says when the tree may have changed (`unchanged`),
// and the pack is then abandoned (PackAbandonedError) for the save the line asks for itself.
//
// New chunks are hashed by the platform's asynchronous sha256 (WebCrypto, off the thread) where
// it has no synchronous native one, else by the synchronous native (Node) or, failing both, by
// pure TypeScript a piece at a time; sealing (deflate) goes a piece at a time too.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { Deflate } from 'fflate';
import { nativeCodecs } from '../host/native-codecs';
import {
  bytesPerChar,
  type ChunkEncoding,
  type ChunkRef,
  type ChunkShelf,
  encodeInto,
  forEachChunkable,
  type FreshChunk,
  isChunkable,
  markerOf,
  type PackedTree,
  startsLikeMarker,
  stringEncoding,
  writePacked,
} from './chunked-tree';

/** What the packer needs from the thread it runs on (the worker gives it a timer and a clock). */
export interface Pace {
  /** Resolves on a later turn of the thread's loop, after the messages waiting there. */
  pause(): Promise<void>;
  /** Milliseconds, from any origin. */
  now(): number;
  /** False once the tree may have changed since the pack began (a line ran meanwhile). */
  unchanged(): boolean;
}

/** The longest the packer works before it lets waiting messages in. */
const STEP_MS = 4;
/** Subtrees from this many chars on are kept as slices of their own. */
export const SLICE_MIN_CHARS = 16 * 1024;
/** Containers this near the root are written member by member… */
const DESCEND_DEPTH = 5;
/** …and deeper ones too when they have this many members (a bucket of 1,000 snapshots)… */
const WIDE = 64;
/** …down to here. */
const MAX_DESCEND_DEPTH = 12;
/**
 * The members of a wide object go in groups, each a slice of its own once large enough, so one
 * changed record costs its group, not the collection. A group ends after a key whose hash is
 * 0 modulo this: where groups end depends on the keys alone, not on their places, so a key
 * added or removed changes one group only.
 */
const GROUP_KEYS = 64;
/** Bytes encoded, hashed (pure) or deflated between two looks at the clock. */
const PIECE_BYTES = 128 * 1024;

/** The tree changed while it was being packed; the pack is of no use. */
class PackAbandonedError extends Error {
  constructor() {
    super('the node changed while its save was being made');
    this.name = 'PackAbandonedError';
  }
}

/**
 * The slices of one node's last pack, by their place in the tree. An entry is taken only once
 * the save naming it was stored (commit), so a slice is never reused whose chunk was not.
 */
export class SliceShelf {
  private kept = new Map<string, { text: string; ref: ChunkRef }>();
  private pending = new Map<string, { text: string; ref: ChunkRef }>();

  /** The chunk of the last pack's slice at `place`, when its text is still `text`. */
  refAt(place: string, text: string): ChunkRef | undefined {
    const last = this.kept.get(place);
    return last && last.text === text ? last.ref : undefined;
  }

  keep(place: string, text: string, ref: ChunkRef): void {
    this.pending.set(place, { text, ref });
  }

  begin(): void {
    this.pending = new Map();
  }

  /** The pack's chunks are stored: its slices are the ones to reuse from now on. */
  commit(): void {
    this.kept = this.pending;
    this.pending = new Map();
  }
}

/** Looks at the clock and, once STEP_MS have gone, lets the thread's waiting messages in. */
export class Pacer {
  private since: number;

  constructor(private readonly pace: Pace) {
    this.since = pace.now();
  }

  async breathe(): Promise<void> {
    if (this.pace.now() - this.since < STEP_MS) return;
    await this.pace.pause();
    this.since = this.pace.now();
    if (!this.pace.unchanged()) throw new PackAbandonedError();
  }

  /** Throws when the tree changed: call after any wait, before reading the tree. */
  check(): void {
    if (!this.pace.unchanged()) throw new PackAbandonedError();
  }
}

/** The bytes of `text` as a chunk of `encoding`, a piece at a time. */
async function encodePaced(text: string, encoding: ChunkEncoding, pacer: Pacer): Promise<Uint8Array> {
  const out = new Uint8Array(text.length * bytesPerChar(encoding));
  const step = PIECE_BYTES / bytesPerChar(encoding);
  for (let from = 0; from < text.length; from += step) {
    encodeInto(text, encoding, out, from, Math.min(text.length, from + step));
    await pacer.breathe();
  }
  return out;
}

/** The hex sha256 of a chunk's bytes, off the thread where the platform can. */
async function hashPaced(text: string, encoding: ChunkEncoding, pacer: Pacer): Promise<string> {
  const natives = nativeCodecs();
  const bytes = await encodePaced(text, encoding, pacer);
  if (natives.sha256) return bytesToHex(natives.sha256(bytes));
  if (natives.sha256Async) return bytesToHex(await natives.sha256Async(bytes));
  const hash = sha256.create();
  for (let from = 0; from < bytes.length; from += PIECE_BYTES) {
    hash.update(bytes.subarray(from, from + PIECE_BYTES));
    await pacer.breathe();
  }
  return bytesToHex(hash.digest());
}

/** What the chunk store keeps for `chunk` (as sealChunk makes it), deflated a piece at a time. */
export async function sealPaced(chunk: FreshChunk, pacer: Pacer): Promise<Uint8Array> {
  const bytes = await encodePaced(chunk.text, chunk.encoding, pacer);
  const parts: Uint8Array[] = [];
  const deflate = new Deflate({ level: 6 }, (data) => parts.push(data));
  for (let from = 0; ; from += PIECE_BYTES) {
    const last = from + PIECE_BYTES >= bytes.length;
    deflate.push(bytes.subarray(from, from + PIECE_BYTES), last);
    if (last) break;
    await pacer.breathe();
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

interface PackRun {
  strings: ChunkShelf;
  slices: SliceShelf;
  pacer: Pacer;
  fresh: FreshChunk[];
  freshHashes: Set<string>;
  refs: Set<string>;
}

/** The chunk of a large string of the tree, hashed now if the shelf has not seen it. */
async function stringRef(text: string, run: PackRun): Promise<ChunkRef> {
  if (run.strings.knows(text)) return run.strings.refOf(text, run.fresh);
  const encoding = stringEncoding(text);
  const hash = await hashPaced(text, encoding, run.pacer);
  // The same content under another string object: one chunk, stored once.
  const ref = run.freshHashes.has(hash) ? { hash, encoding } : run.strings.learn(text, { hash, encoding }, run.fresh);
  run.freshHashes.add(hash);
  return ref;
}

async function sliceRef(place: string, text: string, run: PackRun, encoding: 'j' | 'k' = 'j'): Promise<ChunkRef> {
  const kept = run.slices.refAt(place, text);
  const ref = kept ?? { hash: await hashPaced(text, encoding, run.pacer), encoding };
  if (!kept && !run.freshHashes.has(ref.hash)) {
    run.fresh.push({ ...ref, text });
    run.freshHashes.add(ref.hash);
  }
  run.slices.keep(place, text, ref);
  return ref;
}

/** A record (or any value written whole): its new large strings hashed first, then one stringify. */
async function writeWhole(value: unknown, run: PackRun): Promise<string | undefined> {
  await run.pacer.breathe();
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const unknown: string[] = [];
  forEachChunkable(value, (_holder, _key, text) => {
    if (!run.strings.knows(text)) unknown.push(text);
  });
  for (const text of unknown) await stringRef(text, run);
  run.pacer.check();
  return writePacked(value, run.strings, run.fresh, run.refs);
}

function written(ref: ChunkRef, run: PackRun): string {
  run.refs.add(ref.hash);
  return JSON.stringify(markerOf(ref));
}

function descends(value: object, depth: number): boolean {
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  if (depth < DESCEND_DEPTH) return true;
  if (depth >= MAX_DESCEND_DEPTH) return false;
  return (Array.isArray(value) ? value.length : Object.keys(value).length) >= WIDE;
}

/** A cheap hash of a key (FNV-1a), for where member groups end. */
function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Adds `record`'s members to `parts` as JSON text; a wide object's in groups (GROUP_KEYS). */
async function writeMembers(record: Record<string, unknown>, place: string, depth: number, run: PackRun, parts: string[]): Promise<void> {
  // Object.keys lists what JSON.stringify writes, in its order. A key that looks like a marker
  // would read as one: such an object is not grouped.
  const keys = Object.keys(record);
  const grouped = depth > 0 && keys.length >= WIDE && !keys.some(startsLikeMarker);
  let group: string[] = [];
  let first = '';
  const endGroup = async () => {
    const text = group.join(',');
    group = [];
    if (text === '') return;
    if (text.length < SLICE_MIN_CHARS) return void parts.push(text);
    const ref = await sliceRef(`${place}\u0000${first}\u0000+`, text, run, 'k');
    run.refs.add(ref.hash);
    parts.push(`${JSON.stringify(markerOf(ref))}:0`);
  };
  for (const key of keys) {
    const text = await write(record[key], `${place}\u0000${key}`, depth + 1, run);
    if (!grouped) {
      if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`);
      continue;
    }
    if (group.length === 0) first = key;
    if (text !== undefined) group.push(`${JSON.stringify(key)}:${text}`);
    if (keyHash(key) % GROUP_KEYS === 0) await endGroup();
  }
  await endGroup();
}

/** JSON.stringify's text of `value` with markers (undefined where it writes nothing). */
async function write(value: unknown, place: string, depth: number, run: PackRun): Promise<string | undefined> {
  if (typeof value === 'string' && isChunkable(value)) return written(await stringRef(value, run), run);
  if (typeof value !== 'object' || value === null || !descends(value, depth)) return writeWhole(value, run);
  const parts: string[] = [];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) parts.push((await write(value[i], `${place}\u0000${i}`, depth + 1, run)) ?? 'null');
  } else {
    await writeMembers(value as Record<string, unknown>, place, depth, run, parts);
  }
  const text = Array.isArray(value) ? `[${parts.join(',')}]` : `{${parts.join(',')}}`;
  return depth > 0 && text.length >= SLICE_MIN_CHARS ? written(await sliceRef(place, text, run), run) : text;
}

/**
 * `tree` packed as packTree packs it, but in pieces (see the top of this file), its large
 * subtrees as slices. `fresh` holds the new strings and slices to store; once they are, call
 * `slices.commit()`. Rejects with PackAbandonedError when the tree changed meanwhile (the
 * strings hashed so far are then forgotten again).
 */
export async function packSliced(tree: object, strings: ChunkShelf, slices: SliceShelf, pacer: Pacer): Promise<PackedTree> {
  const run: PackRun = { strings, slices, pacer, fresh: [], freshHashes: new Set(), refs: new Set() };
  slices.begin();
  try {
    const text = (await write(tree, '', 0, run)) ?? 'null';
    pacer.check();
    strings.endPack();
    return { text, refs: [...run.refs].sort(), fresh: run.fresh };
  } catch (error) {
    for (const chunk of run.fresh) strings.forget(chunk.hash);
    throw error;
  }
}
