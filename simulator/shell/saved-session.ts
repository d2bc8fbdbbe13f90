// Saving and restoring a session. Saved data comes from storage we do not control (an old
// version, another app, a hand-edited value, soon a shared link): it is untrusted input. Every
// field is checked before use, and anything that does not look like our own current format,
// down to a single damaged record, is dropped for a fresh node instead of being trusted
// (saved-state-check.ts says why the whole save goes rather than the bad record). Nothing from
// a save is ever run: variable names are checked by bash's rule before they reach a script.

import { HOME } from '../host/node-files';
import { normalizePath, stat, type Files } from '../host/vfs';
import type { NodeState } from '../node';
import { type ChunkShelf, type FreshChunk, hasMarker, packTree, unpackTree } from '../save/chunked-tree';
import { migrateNodeTree } from '../save/migrations';
import { hasControlCharacter, isWellFormedNodeState, MAX_PATH_CHARS, nodeStateProblems } from './saved-state-check';
import type { SavedSession } from './session-types';
import { emptyRecord, isCarriedVariableName, isVariableName } from './shell-variables';

/** bash's default HISTSIZE: lines kept in memory, and in the saved copy likewise. */
export const HISTSIZE = 500;

/**
 * The longest line the shell takes, 64 KiB: pasted heredocs and long pipelines are a few KB,
 * and half of Linux's MAX_ARG_STRLEN (128 KiB, the longest single argument exec passes on)
 * leaves any real command room. A longer line is refused before it reaches history, where it
 * would be in every later save.
 */
export const MAX_LINE_CHARS = 64 * 1024;
/** The exit status of a refused line: bash's for a line it will not run (as a syntax error). */
export const LINE_TOO_LONG_EXIT = 2;

/**
 * The saved copy of history keeps its newest lines up to 256 KiB, as bash's HISTFILESIZE
 * bounds the history file: every save carries it, and four maximal lines are plenty to recall.
 */
const HISTORY_SAVE_CHARS = 256 * 1024;

/**
 * Shell variables a save carries: at most 1024 names, each value up to 128 KiB (Linux's
 * MAX_ARG_STRLEN, the longest a program could receive it exported), 512 KiB in all. Beyond
 * that a save is refused with the variable named (SaveRefusedError), never cut.
 */
const MAX_VARIABLES = 1024;
export const MAX_VALUE_CHARS = 128 * 1024;
const MAX_ENV_CHARS = 512 * 1024;

/**
 * The node's saved text may be up to 32 Mi characters: far more than a browser stores for a
 * page (5 MB), small enough that parsing it cannot stall the page for long.
 */
export const MAX_NODE_TEXT_CHARS = 32 * 1024 * 1024;

/**
 * Version of the SavedSession wrapper (the node tree carries its own STATE_VERSION). 1: the
 * node inline, as an object or its JSON text. 2: the same, or the node's text with its large
 * strings as chunk markers (save/chunked-tree.ts) and their keys in `chunks`; storage resolves
 * those before the save reaches restoreSaved.
 */
const SAVED_SESSION_VERSION = 2;
const READABLE_SESSION_VERSIONS: readonly unknown[] = [1, 2];

/**
 * A save whose node names chunks kept beside it (in the browser, in IndexedDB): the node's text
 * as packed, or that text parsed (storage may splice it into its own JSON as an object).
 */
export type ChunkedSave = SavedSession & { chunks: string[] };

/** A session that cannot be saved as it is; the message says what to change. */
class SaveRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SaveRefusedError';
  }
}

/** bash's refusal of a line over MAX_LINE_CHARS, or undefined when the line is fine. */
export function lineTooLongMessage(line: string): string | undefined {
  if (line.length <= MAX_LINE_CHARS) return undefined;
  return `bash: line too long: ${line.length} characters, at most ${MAX_LINE_CHARS} are taken; put long text in a file\n`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A node tree of the current version whose every record has the shape the services read. */
function isNodeState(v: unknown): v is NodeState {
  return isWellFormedNodeState(v);
}

export interface RestoredSession {
  node: NodeState;
  cwd: string;
  env: Record<string, string>;
  exported: string[];
  history: string[];
}

/**
 * Saved variables within the bounds, as a prototype-free record. A name that breaks bash's rule
 * could only be an injection: the save is refused. A valid name the shell manages itself (one
 * a later version took over) is left for the shell to set, as it would be after a login.
 */
function restoredEnv(v: unknown): Record<string, string> | undefined {
  if (!isRecord(v)) return undefined;
  const entries = Object.entries(v);
  if (entries.length > MAX_VARIABLES) return undefined;
  const env = emptyRecord();
  let total = 0;
  for (const [k, value] of entries) {
    if (!isVariableName(k) || typeof value !== 'string' || value.length > MAX_VALUE_CHARS) return undefined;
    total += k.length + value.length;
    if (isCarriedVariableName(k)) env[k] = value;
  }
  return total <= MAX_ENV_CHARS ? env : undefined;
}

/** Exported names: valid names of saved variables. Older saves have none: all are exported. */
function restoredExported(v: unknown, env: Record<string, string>): string[] | undefined {
  if (v === undefined) return Object.keys(env);
  if (!Array.isArray(v) || v.length > MAX_VARIABLES) return undefined;
  if (!v.every((k) => typeof k === 'string' && isVariableName(k))) return undefined;
  return (v as string[]).filter((k) => Object.hasOwn(env, k));
}

/** The newest lines of `lines` within HISTSIZE and HISTORY_SAVE_CHARS, oldest first. */
function newestHistory(lines: readonly string[]): string[] {
  const kept: string[] = [];
  let total = 0;
  for (let i = lines.length - 1; i >= 0 && kept.length < HISTSIZE; i--) {
    const line = lines[i] as string;
    total += line.length;
    if (total > HISTORY_SAVE_CHARS) break;
    kept.push(line);
  }
  return kept.reverse();
}

/** History as bash reads its file: the newest lines within the bounds; a NUL or overlong line is damage. */
function restoredHistory(v: unknown): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const ok = v.every((l) => typeof l === 'string' && l.length <= MAX_LINE_CHARS && !l.includes('\u0000'));
  return ok ? newestHistory(v as string[]) : undefined;
}

/**
 * The saved working directory: an absolute, normalised path without control characters
 * (else the save is damaged: it is printed in every prompt). One that no longer exists (the
 * learner removed it, as bash allows) starts the shell in HOME, as a login would.
 */
function restoredCwd(v: unknown, files: Files): string | undefined {
  if (typeof v !== 'string' || v.length > MAX_PATH_CHARS || hasControlCharacter(v)) return undefined;
  if (!v.startsWith('/') || normalizePath(v) !== v) return undefined;
  try {
    return stat(files, v).kind === 'dir' ? v : HOME;
  } catch {
    return HOME;
  }
}

/**
 * The node tree inside a save, parsed afresh (a deep copy) and brought to the current version,
 * not yet checked; undefined when it is too big, still names chunks, or is no JSON.
 */
function migratedNode(v: unknown): unknown {
  // A tree resolveChunks has just parsed is nobody else's: no copy needed.
  if (typeof v === 'object' && v !== null && freshTrees.has(v)) return migrateNodeTree(v);
  // A deep copy: the caller's object (often still referenced by a store) must not change.
  // saveForStorage's form holds the node as JSON text already.
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  // Chunks are storage's to resolve (resolveChunks); a marker left here would become file content.
  if (typeof text !== 'string' || text.length > MAX_NODE_TEXT_CHARS || hasMarker(text)) return undefined;
  return migrateNodeTree(JSON.parse(text));
}

function restoredNode(v: unknown): NodeState | undefined {
  const node = migratedNode(v);
  return isNodeState(node) ? node : undefined;
}

/** The session inside `saved`, or undefined when it is missing, foreign or damaged. */
export function restoreSaved(saved: unknown): RestoredSession | undefined {
  try {
    if (!isRecord(saved) || !READABLE_SESSION_VERSIONS.includes(saved.version)) return undefined;
    const env = restoredEnv(saved.env);
    const exported = env && restoredExported(saved.exported, env);
    const history = restoredHistory(saved.history);
    if (!env || !exported || !history) return undefined;
    const node = restoredNode(saved.node);
    const cwd = node && restoredCwd(saved.cwd, node.host.files);
    if (!node || cwd === undefined) return undefined;
    return { node, cwd, env, exported, history };
  } catch {
    // Nesting too deep for JSON, a getter that throws: damage all the same.
    return undefined;
  }
}

/**
 * Why restoreSaved refuses `saved`, one line per problem, field by field ([] when it does not):
 * for the learner's notice and the kept copy of a refused save.
 */
export function savedProblems(saved: unknown): string[] {
  try {
    if (!isRecord(saved)) return ['the save is not a JSON object'];
    if (!READABLE_SESSION_VERSIONS.includes(saved.version)) return [`version: ${JSON.stringify(saved.version)} is not a save version this ctrlab reads`];
    const problems: string[] = [];
    const env = restoredEnv(saved.env);
    if (!env) problems.push('env: not variables within the bounds a save keeps');
    else if (!restoredExported(saved.exported, env)) problems.push('exported: not names of saved variables');
    if (!restoredHistory(saved.history)) problems.push('history: not lines the shell takes');
    const node = migratedNode(saved.node);
    if (node === undefined) problems.push('node: not the JSON text of a node tree within the size a save may have');
    else problems.push(...nodeStateProblems(node).map((p) => `node.${p}`));
    if (problems.length === 0 && !restoreSaved(saved)) problems.push('cwd: not an absolute, normalised path');
    return problems;
  } catch (error) {
    return [`the save cannot be read: ${error instanceof Error ? error.message : String(error)}`];
  }
}

/** Variables within the bounds restore accepts, so every save made can be restored. */
function checkedEnv(env: Readonly<Record<string, string>>): Record<string, string> {
  const entries = Object.entries(env);
  if (entries.length > MAX_VARIABLES) {
    throw new SaveRefusedError(`the shell holds ${entries.length} variables, a save keeps at most ${MAX_VARIABLES}; unset some`);
  }
  let total = 0;
  for (const [k, v] of entries) {
    if (v.length > MAX_VALUE_CHARS) {
      throw new SaveRefusedError(`variable ${k} holds ${v.length} characters, a save keeps at most ${MAX_VALUE_CHARS}; unset it`);
    }
    total += k.length + v.length;
  }
  if (total > MAX_ENV_CHARS) {
    throw new SaveRefusedError(`the shell's variables hold ${total} characters, a save keeps at most ${MAX_ENV_CHARS}; unset some`);
  }
  return Object.assign(emptyRecord(), env);
}

/** The saved form of `s`; `nodeAsText` keeps the node as its JSON text instead of a copy. */
export function makeSaved(s: RestoredSession, options: { nodeAsText?: boolean } = {}): SavedSession {
  const env = checkedEnv(s.env);
  const text = JSON.stringify(s.node);
  return {
    version: SAVED_SESSION_VERSION,
    node: options.nodeAsText ? text : (JSON.parse(text) as unknown),
    cwd: s.cwd,
    env,
    exported: [...s.exported],
    history: newestHistory(s.history),
  };
}

/**
 * The saved form of `s` for storage beside a chunk store: the node's text with its large strings
 * as chunk markers, and the chunks it names that `shelf` had not seen before (the caller stores
 * those; the others were stored by an earlier save).
 */
export function makeChunkedSaved(s: RestoredSession, shelf: ChunkShelf): { saved: ChunkedSave; fresh: FreshChunk[] } {
  const env = checkedEnv(s.env);
  const packed = packTree(s.node, shelf);
  const saved: ChunkedSave = {
    version: SAVED_SESSION_VERSION,
    node: packed.text,
    chunks: packed.refs,
    cwd: s.cwd,
    env,
    exported: [...s.exported],
    history: newestHistory(s.history),
  };
  return { saved, fresh: packed.fresh };
}

/** True for a save whose node names chunks to resolve before it can be restored. */
export function isChunkedSave(saved: unknown): saved is ChunkedSave {
  return isRecord(saved) && saved.version === SAVED_SESSION_VERSION && Array.isArray(saved.chunks) && saved.chunks.every((c) => typeof c === 'string');
}

/** Trees resolveChunks parsed, held by no one else: restore takes them without a copy. */
const freshTrees = new WeakSet<object>();

/** `saved` with its chunks put back (hash → string); throws when one is missing. */
export function resolveChunks(saved: ChunkedSave, chunks: ReadonlyMap<string, string>): SavedSession {
  const { chunks: _names, ...rest } = saved;
  const text = typeof saved.node === 'string' ? saved.node : JSON.stringify(saved.node);
  const node = unpackTree(text, chunks);
  if (typeof node === 'object' && node !== null) freshTrees.add(node);
  return { ...rest, node };
}
