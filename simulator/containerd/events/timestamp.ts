// containerd stamps records and events with nanosecond times (Go's time.Now()). The simulated
// clock has millisecond resolution, so the sub-millisecond digits come from the node's seeded
// generator: times look like a real node's and stay reproducible for a seed.

import type { Node } from '../../node';
import { randomInt } from '../../host/random';

/** Nanoseconds since the epoch as a bigint-free pair: whole ms plus 0–999999 extra ns. */
export interface NanoTime {
  ms: number;
  /** Nanoseconds within the millisecond, 0–999999. */
  subNanos: number;
}

/** The node's current time with a seeded sub-millisecond part. Consumes one random draw. */
export function nowNano(node: Node): NanoTime {
  return { ms: Math.floor(node.nowMs()), subNanos: randomInt(node.state.random, 0, 999_999) };
}

function fractionDigits(t: NanoTime): string {
  const ms = ((t.ms % 1000) + 1000) % 1000;
  return String(ms).padStart(3, '0') + String(t.subNanos).padStart(6, '0');
}

/** `digits` without its trailing zeros (Go trims them from the fraction). */
function trimZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 48) end--;
  return end === digits.length ? digits : digits.slice(0, end);
}

/** The last whole second formatted, as `YYYY-MM-DDTHH:MM:SS`: a command stamps many records within one. */
let lastSecond = { ms: Number.NaN, text: '' };

/** `YYYY-MM-DDTHH:MM:SS` of the second `ms` falls in. */
function secondText(ms: number): string {
  const second = Math.floor(ms / 1000) * 1000;
  if (second !== lastSecond.ms) lastSecond = { ms: second, text: new Date(second).toISOString().slice(0, 19) };
  return lastSecond.text;
}

/** Go's time.RFC3339Nano in UTC: fraction with trailing zeros trimmed (none if all zero). */
export function rfc3339Nano(t: NanoTime): string {
  const base = secondText(t.ms);
  const frac = trimZeros(fractionDigits(t));
  return frac ? `${base}.${frac}Z` : `${base}Z`;
}

/** The current time as RFC3339Nano: what containerd stores as CreatedAt/UpdatedAt. */
export function nowRfc3339Nano(node: Node): string {
  return rfc3339Nano(nowNano(node));
}

/** Go's time.RFC3339 in UTC, whole seconds: lease times and gc labels. */
export function rfc3339(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/** Parses an RFC3339(Nano) UTC string back into its parts (for re-formatting at the edge). */
export function parseRfc3339Nano(text: string): NanoTime | undefined {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?Z$/.exec(text);
  if (!m || m[1] === undefined) return undefined;
  const frac = (m[2] ?? '').padEnd(9, '0');
  const ms = Date.parse(`${m[1]}.${frac.slice(0, 3)}Z`);
  if (Number.isNaN(ms)) return undefined;
  return { ms, subNanos: Number(frac.slice(3)) };
}

/**
 * Go's time.Time.String() for a UTC time: `2026-11-28 05:31:03.5724415 +0000 UTC`
 * (fraction trimmed of trailing zeros, as ctr events prints it).
 */
export function goTimeString(t: NanoTime): string {
  const iso = new Date(t.ms).toISOString();
  const frac = trimZeros(fractionDigits(t));
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${frac ? `.${frac}` : ''} +0000 UTC`;
}
