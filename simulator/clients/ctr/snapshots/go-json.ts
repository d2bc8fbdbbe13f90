// Go's json.MarshalIndent as ctr uses it for `snapshots info` and `--mounts`: keys in the
// order given, the indent string per level, and HTML-sensitive characters escaped
// (<, >, & as \u003c, \u003e, \u0026; also U+2028/U+2029), as encoding/json does by default.

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
