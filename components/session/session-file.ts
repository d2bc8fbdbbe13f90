// A session as a file of its own: what Export downloads, Import reads and a share link carries
// (share-codec.ts). The file is untrusted input like any save: it is checked here for what the
// page can judge (size, JSON, our format, a version this page reads, the shape of a save) and
// then by the simulator, field by field, before it replaces anything (restore-session.ts with
// rejectDamagedSave). Nothing in it is ever run.
//
// Format 1: { format: "ctrlab-session", version: 1, name, exportedAt, session } where session
// is a SavedSession with its node inline (an object; the node tree carries its own version,
// which simulator/save/migrations.ts brings forward, so files of older ctrlabs still open).

import type { SavedSession } from '../../simulator/shell/session-types';
import { isSavedSession } from './persisted-session';

const SESSION_FILE_FORMAT = 'ctrlab-session';
/** Bump when the envelope changes shape, and read the old one too. */
const SESSION_FILE_VERSION = 1;
/**
 * The largest file Import takes, 16 MiB: twice the most a browser's storage could hold of a
 * node (two saves of 2.4 MB must fit in 5 MB, session-store.ts), so every exported session
 * fits with room, and parsing it cannot stall the page for long.
 */
export const MAX_SESSION_FILE_CHARS = 16 * 1024 * 1024;
/** A session's name: shown in the switcher, one line, this long at most. */
const MAX_NAME_CHARS = 80;

type SessionFileRead = { ok: true; saved: SavedSession; name: string } | { ok: false; problem: string };

/** `name` as one safe line: control characters become spaces, trimmed, cut to MAX_NAME_CHARS. */
export function cleanName(name: string): string {
  const flat = name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  return flat.length > MAX_NAME_CHARS ? flat.slice(0, MAX_NAME_CHARS) : flat;
}

/** The node of a save as an object: storage's saves hold it as JSON text (saveForStorage). */
function inlineNode(saved: SavedSession): unknown {
  return typeof saved.node === 'string' ? (JSON.parse(saved.node) as unknown) : saved.node;
}

/** The file text of `saved`, an inline save (not a chunked one: a file must hold everything). */
export function sessionFileText(saved: SavedSession, name: string, now: Date): string {
  if (Array.isArray((saved as { chunks?: unknown }).chunks)) throw new Error('a chunked save cannot be exported; ask the node for an inline one');
  const session: SavedSession = { ...saved, node: inlineNode(saved) };
  return JSON.stringify({ format: SESSION_FILE_FORMAT, version: SESSION_FILE_VERSION, name: cleanName(name), exportedAt: now.toISOString(), session });
}

/** A file name for `name`'s export: letters, digits, dots and dashes only, stamped with the time. */
export function sessionFileName(name: string, now: Date): string {
  const base = cleanName(name).replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'session';
  const stamp = now.toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return `ctrlab-${base}-${stamp}.json`;
}

function kib(chars: number): string {
  return chars >= 1024 * 1024 ? `${(chars / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(chars / 1024)} KiB`;
}

/** Reads a session file's text; a refusal says why in one line, for the learner's notice. */
export function readSessionFile(text: string): SessionFileRead {
  if (text.length > MAX_SESSION_FILE_CHARS) {
    return { ok: false, problem: `the file is ${kib(text.length)}; a session file may be at most ${kib(MAX_SESSION_FILE_CHARS)}` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'the file is not JSON: it is truncated, damaged or not a ctrlab session' };
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== SESSION_FILE_FORMAT) {
    return { ok: false, problem: 'the file is not a ctrlab session (no "format": "ctrlab-session")' };
  }
  const file = value as Record<string, unknown>;
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: `the file's version ${JSON.stringify(version) ?? 'undefined'} is not one ctrlab ever wrote` };
  }
  if (version > SESSION_FILE_VERSION) {
    return { ok: false, problem: `the file comes from a newer ctrlab (session file version ${version}; this page reads version ${SESSION_FILE_VERSION})` };
  }
  const session = file.session;
  if (!isSavedSession(session) || typeof session.node !== 'object' || session.node === null || 'chunks' in session) {
    return { ok: false, problem: 'the file has no complete session in it (cwd, env, history and node)' };
  }
  return { ok: true, saved: session, name: typeof file.name === 'string' ? cleanName(file.name) : '' };
}
