// The pieces every schema of the state tree is built from (valibot): bounded numbers, names by
// the rule of the tool that made them, and records that also check the keys valibot skips.
// A schema gives both the TypeScript type (v.InferOutput) and the check of a saved tree, so
// the two can never drift apart. Saved data comes from storage we do not control: each piece
// bounds what it accepts to what a real node could hold.

import * as v from 'valibot';

export { v };

/** Beyond about a century either way the clock is damage, not time that passed. */
export const MAX_CLOCK_OFFSET_MS = 100 * 366 * 24 * 3_600_000;
/** Linux's highest pid_max (2^22): no PID on any node is above it. */
export const PID_LIMIT = 4_194_304;
/** 2^50 bytes (1 PiB): more than any disk in the lab, far below where doubles lose whole bytes. */
const MAX_BYTES = 2 ** 50;
/**
 * The latest moment containerd can stamp, in ms: Go keeps times as int64 nanoseconds, which end
 * on 2262-04-11. Times before 1970 stay allowed down to the same distance (`touch -d 1960-01-01`).
 */
export const MAX_TIME_MS = 9_223_372_036_854;
/** Linux's PATH_MAX and NAME_MAX. */
export const MAX_PATH_CHARS = 4096;
const MAX_NAME_CHARS = 255;
/** Nesting a save's free-form parts (OCI spec, event payloads) may have; ours reach about 8. */
const MAX_DEPTH = 32;
/** containerd's identifiers.Validate: namespaces and containers (and snapshotter names, which are plugin ids). */
const IDENTIFIER = /^[A-Za-z0-9]+(?:[._-](?:[A-Za-z0-9]+))*$/;
const MAX_IDENTIFIER_CHARS = 76;
/** An OCI digest: algorithm, colon, encoded hash (sha256:<64 hex>). */
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{1,256}$/;
/** Go's RFC3339(Nano), as containerd writes CreatedAt and event timestamps. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

/** C0 controls, DEL and C1 controls: what a terminal could take for the start of an escape sequence. */
export function hasControlCharacter(text: string): boolean {
  return /[\u0000-\u001f\u007f-\u009f]/.test(text);
}

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

/** An integer in [lo, hi]. */
export const intIn = (lo: number, hi: number) => v.pipe(v.number(), v.safeInteger(), v.minValue(lo), v.maxValue(hi));
/** A finite number in [lo, hi]. */
export const numIn = (lo: number, hi: number) => v.pipe(v.number(), v.finite(), v.minValue(lo), v.maxValue(hi));

export const pid = intIn(0, PID_LIMIT);
export const bytes = intIn(0, MAX_BYTES);
/** Counters that may be fractional (usage estimates) but not beyond what a node holds. */
export const amount = numIn(0, MAX_BYTES);
export const timeMs = numIn(-MAX_TIME_MS, MAX_TIME_MS);
/** A moment something is due (a `sleep 100000d` ends far out): any time not before 1970. */
export const dueMs = numIn(0, Number.MAX_VALUE);
export const uint32 = intIn(0, 2 ** 32 - 1);
export const sequence = intIn(0, Number.MAX_SAFE_INTEGER);
export const port = intIn(0, 65_535);
/** File modes with their type bits (S_IFMT and the permission bits). */
export const mode = intIn(0, 0o177777);

/** Go's RFC3339Nano time within int64 nanoseconds. */
export const isoTime = v.pipe(
  v.string(),
  v.check((t) => {
    if (!RFC3339.test(t)) return false;
    const ms = Date.parse(t);
    return Number.isFinite(ms) && Math.abs(ms) <= MAX_TIME_MS;
  }, 'not an RFC 3339 time containerd could write'),
);

// Names, each by the rule of what it names. As keys they reach records; as strings, fields.
type NameRule = (k: string) => boolean;
/** A field name of ours or of a spec: never `__proto__`, which JSON.parse would make an own key. */
const fieldKeyRule: NameRule = (k) => k !== '__proto__' && k.length <= MAX_PATH_CHARS;
/** An absolute, normalised path with no empty, `.` or `..` part and no control character. */
function absolutePathRule(k: string): boolean {
  if (k === '/') return true;
  if (!k.startsWith('/') || k.length > MAX_PATH_CHARS || hasControlCharacter(k)) return false;
  return k
    .slice(1)
    .split('/')
    .every((part) => part !== '' && part !== '.' && part !== '..' && part.length <= MAX_NAME_CHARS);
}

const named = (rule: NameRule, what: string) => v.pipe(v.string(), v.check(rule, `not ${what}`));

export const fieldKey = named(fieldKeyRule, 'a field name');
export const identifier = named((k) => k.length <= MAX_IDENTIFIER_CHARS && IDENTIFIER.test(k), 'a containerd identifier');
export const digest = named((k) => DIGEST.test(k), 'an OCI digest');
/** A name a tool takes as it is (image names, snapshot keys, tags): printable, bounded. */
export const printableName = named((k) => k.length > 0 && k.length <= MAX_PATH_CHARS && !hasControlCharacter(k), 'a printable name');
/** Any text at all that a tool could accept as a key (label keys): only bounded. */
const anyKey = named((k) => k.length <= MAX_PATH_CHARS, 'a key of at most 4096 characters');
export const absolutePath = named(absolutePathRule, 'an absolute, normalised path');
/** A registry host, with a port when not the default one. */
export const registryHost = named((k) => /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})(?::\d{1,5})?$/.test(k), 'a registry host');
export const unitName = named((k) => fieldKeyRule(k) && /^[A-Za-z0-9:_.@\\-]{1,256}$/.test(k), 'a systemd unit name');

type KeySchema = v.GenericSchema<string, string>;

/** Any JSON object, as it came: the start of every pipe that must see keys valibot's own schemas leave out. */
export const anyObject = v.custom<Record<string, unknown>>(isObject, 'Invalid type: Expected Object');

type Pair = v.GenericSchema<Record<string, unknown>, Record<string, unknown>>;

/**
 * A record whose every key passes `key` and every value `value`. valibot's record leaves out
 * the keys `__proto__`, `prototype` and `constructor`; here they are checked like any other
 * (containerd takes a namespace named `constructor`), so no value escapes its check.
 */
export function recordOf<V extends v.GenericSchema>(key: KeySchema, value: V): v.GenericSchema<Record<string, v.InferInput<V>>, Record<string, v.InferOutput<V>>> {
  const specialKeys = v.rawCheck<Record<string, unknown>>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const input = dataset.value;
    for (const k of ['__proto__', 'prototype', 'constructor']) {
      if (!Object.hasOwn(input, k)) continue;
      const issues = [...(v.safeParse(key, k).issues ?? []), ...(v.safeParse(value, input[k]).issues ?? [])];
      for (const issue of issues) {
        addIssue({ message: issue.message, path: [{ type: 'object', origin: 'value', input, key: k, value: input[k] }, ...(issue.path ?? [])] });
      }
    }
  });
  const schema = v.pipe(anyObject, specialKeys, v.record(key, value));
  return schema as unknown as v.GenericSchema<Record<string, v.InferInput<V>>, Record<string, v.InferOutput<V>>>;
}

/** A keyed record whose key is repeated in a field of each value (image name, container id…). */
export function keyedBy<V extends v.GenericSchema>(field: string, key: KeySchema, value: V): v.GenericSchema<Record<string, v.InferInput<V>>, Record<string, v.InferOutput<V>>> {
  const keyRepeated = v.check<Record<string, unknown>, string>(
    (r) => Object.entries(r).every(([k, x]) => !isObject(x) || x[field] === k),
    `each record's ${field} must be its key`,
  );
  return v.pipe(anyObject, keyRepeated, recordOf(key, value) as unknown as Pair) as unknown as v.GenericSchema<
    Record<string, v.InferInput<V>>,
    Record<string, v.InferOutput<V>>
  >;
}

const noProtoKey = v.check<Record<string, unknown>, string>((o) => !Object.hasOwn(o, '__proto__'), 'a __proto__ key is never ours');

/** An object with the listed fields; other keys are kept as they are (OCI specs carry many). */
export function shape<E extends v.ObjectEntries>(entries: E) {
  return v.pipe(anyObject, noProtoKey, v.object(entries));
}

/** shape() whose extra keys are part of the type too (an OCI spec's, a program's plan). */
export function looseShape<E extends v.ObjectEntries>(entries: E) {
  return v.pipe(anyObject, noProtoKey, v.looseObject(entries));
}

/**
 * Free-form JSON (an OCI spec's extra keys, an event's payload): nested at most MAX_DEPTH deep,
 * with no `__proto__` key anywhere. Walked with a stack, so no nesting can exhaust ours.
 */
function isPlainData(root: unknown): boolean {
  const stack: Array<{ x: unknown; depth: number }> = [{ x: root, depth: 0 }];
  while (stack.length > 0) {
    const { x, depth } = stack.pop() as { x: unknown; depth: number };
    if (typeof x === 'number' && !Number.isFinite(x)) return false;
    if (x === null || typeof x !== 'object') continue;
    if (depth >= MAX_DEPTH || Object.hasOwn(x, '__proto__')) return false;
    for (const y of Object.values(x)) stack.push({ x: y, depth: depth + 1 });
  }
  return true;
}

const PLAIN_DATA_MESSAGE = `free-form data nested deeper than ${MAX_DEPTH} or holding a __proto__ key`;

/** Checks that an object as it came is free-form data within the bounds (isPlainData). */
export const plainData = v.check<Record<string, unknown>, string>(isPlainData, PLAIN_DATA_MESSAGE);

/** A JSON object of free-form data. */
export const plainRecord = v.pipe(anyObject, plainData, v.record(v.string(), v.unknown()));

/** Label maps: any bounded key, string values. */
export const labels = recordOf(anyKey, v.string());

/** The first problems valibot found, one line each: where in the tree, and what is wrong. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], max = 5): string[] {
  return issues.slice(0, max).map((issue) => {
    const path = (issue.path ?? []).map((item) => String(item.key)).join('.');
    return `${path || '(root)'}: ${issue.message}`;
  });
}
