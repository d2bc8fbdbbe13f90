// Go's encoding/json as ctr prints with it (`snapshots info`, `--mounts`, `containers info`,
// `events`): keys in the order given (struct fields keep their declared order, which our
// records already have), map keys sorted, the indent string per level, and HTML-sensitive
// characters escaped (<, >, & as \u003c, \u003e, \u0026; also U+2028/U+2029), as the encoder
// does by default.

/** JSON text of `value` indented like Go's json.MarshalIndent(value, "", indent). */
export function goJsonIndent(value: unknown, indent: string): string {
  return (JSON.stringify(value, null, indent) ?? 'null')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Compact JSON text of `value` as Go's json.Marshal writes it (HTML characters escaped). */
export function goJson(value: unknown): string {
  return goJsonIndent(value, '');
}

/** A Go map's entries in the order the encoder prints them: sorted by key. */
export function sortedKeys(map: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.keys(map).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((k) => [k, map[k] ?? '']));
}
