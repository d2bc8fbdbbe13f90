// A session (or a preset) carried in a link's fragment, the part after `#` that browsers never
// send to a server: the session file's text (session-file.ts) deflated with fflate (already the
// simulator's deflate; pinned in package.json) and written in base64url, behind a codec version.
//
//   #ctrlab-session=1.<base64url of deflate(session file)>
//   #ctrlab-preset=<ready|bare|k8s>
//
// A link is untrusted input: its length is bounded before anything is decoded, inflating stops
// at the size a session file may have (no deflate bomb gets further), and the text it gives is
// read by readSessionFile, then checked by the simulator, before it replaces anything.

import { deflateSync, Inflate } from 'fflate';
import { isPresetId, type PresetId } from './session-presets';
import { MAX_SESSION_FILE_CHARS, readSessionFile } from './session-file';
import type { SavedSession } from '../../simulator/shell/session-types';

const SESSION_KEY = 'ctrlab-session=';
const PRESET_KEY = 'ctrlab-preset=';
/** Bump when the encoding changes (another compressor, another alphabet); read the old one too. */
const SHARE_CODEC_VERSION = 1;
/**
 * The longest fragment a share link may carry, 64 KiB: Chromium takes URLs of up to 2 MB, but
 * chat and mail clients cut links long before that. Measured on 2026-12-05 (fflate level 9): a
 * fresh node's save, 38 KB of JSON, deflates to 7.5 KB; a node after the k8s preset's lines with
 * its pod running, 159 KB, to 31 KB; base64url adds a third to each.
 */
export const MAX_SHARE_CHARS = 64 * 1024;

type ShareEncoding = { ok: true; fragment: string } | { ok: false; chars: number; problem: string };

type SharedContent =
  | { kind: 'none' }
  | { kind: 'preset'; preset: PresetId }
  | { kind: 'session'; saved: SavedSession; name: string }
  | { kind: 'refused'; problem: string; data: string };

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of base64url `text`, or undefined when it is not base64url. */
function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The fragment (with its `#`) carrying the session file `fileText`, or why it cannot. */
export function encodeShare(fileText: string): ShareEncoding {
  const packed = toBase64Url(deflateSync(new TextEncoder().encode(fileText), { level: 9 }));
  const fragment = `#${SESSION_KEY}${SHARE_CODEC_VERSION}.${packed}`;
  if (fragment.length <= MAX_SHARE_CHARS) return { ok: true, fragment };
  const kib = (n: number) => Math.ceil(n / 1024);
  return {
    ok: false,
    chars: fragment.length,
    problem: `this session is too big to share as a link (${kib(fragment.length)} KiB compressed; a link holds at most ${kib(MAX_SHARE_CHARS)} KiB): export it as a file instead, or remove images and containers first`,
  };
}

export function presetFragment(preset: PresetId): string {
  return `#${PRESET_KEY}${preset}`;
}

class TooBigError extends Error {}

/** deflate `bytes` inflated, or undefined when damaged; throws TooBigError past `limit` bytes. */
function inflateAtMost(bytes: Uint8Array, limit: number): Uint8Array | undefined {
  const parts: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) throw new TooBigError();
    parts.push(chunk);
  });
  try {
    // In slices, so the limit stops a bomb after at most one slice's worth of output more.
    for (let i = 0; i < bytes.length; i += 4096) inflate.push(bytes.subarray(i, i + 4096), i + 4096 >= bytes.length);
    if (bytes.length === 0) return undefined;
  } catch (error) {
    if (error instanceof TooBigError) throw error;
    return undefined;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** What the fragment `hash` (location.hash, with or without `#`) carries. */
export function decodeShare(hash: string): SharedContent {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (fragment.startsWith(PRESET_KEY)) {
    const preset = fragment.slice(PRESET_KEY.length);
    if (isPresetId(preset)) return { kind: 'preset', preset };
    return { kind: 'refused', problem: 'the link names a preset this ctrlab does not have', data: fragment.slice(0, 200) };
  }
  if (!fragment.startsWith(SESSION_KEY)) return { kind: 'none' };
  if (fragment.length > MAX_SHARE_CHARS) {
    return { kind: 'refused', problem: `the link is longer than a share link may be (${MAX_SHARE_CHARS} characters)`, data: '' };
  }
  const body = fragment.slice(SESSION_KEY.length);
  const dot = body.indexOf('.');
  const version = Number(body.slice(0, dot));
  if (dot < 1 || !Number.isInteger(version)) return { kind: 'refused', problem: 'the link is damaged: it has no codec version', data: fragment };
  if (version > SHARE_CODEC_VERSION) {
    return { kind: 'refused', problem: `the link comes from a newer ctrlab (share link version ${version}; this page reads version ${SHARE_CODEC_VERSION})`, data: fragment };
  }
  const bytes = fromBase64Url(body.slice(dot + 1));
  let inflated: Uint8Array | undefined;
  try {
    inflated = bytes && inflateAtMost(bytes, MAX_SESSION_FILE_CHARS);
  } catch {
    return { kind: 'refused', problem: 'the link unpacks to more than a session file may hold', data: fragment };
  }
  if (!inflated) return { kind: 'refused', problem: 'the link is damaged or cut short: it does not unpack', data: fragment };
  const text = new TextDecoder('utf-8', { fatal: false }).decode(inflated);
  const read = readSessionFile(text);
  return read.ok ? { kind: 'session', saved: read.saved, name: read.name } : { kind: 'refused', problem: read.problem, data: text };
}
