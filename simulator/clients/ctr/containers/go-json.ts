// Go's json.MarshalIndent as ctr uses it: the given indent, map keys sorted (struct fields
// keep their declared order, which our records already have), and <, >, & escaped as
// \u003c, \u003e, \u0026 because Go's encoder HTML-escapes by default.

/** Keys of these objects are Go maps: sorted when printed. */
export function sortedKeys(map: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.keys(map).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((k) => [k, map[k] ?? '']));
}

export function goJsonIndent(value: unknown, indent: string): string {
  return JSON.stringify(value, null, indent)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
