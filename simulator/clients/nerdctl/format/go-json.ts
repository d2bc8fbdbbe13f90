// Go's json.MarshalIndent as nerdctl's output goes through it: object keys in the order given
// (struct field order; callers sort map keys), and Marshal's HTML escaping of <, > and & and of
// U+2028/U+2029, which JSON.stringify does not do.

const GO_ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

export function goJsonIndent(value: unknown, indent: string): string {
  return JSON.stringify(value, null, indent).replace(/[<>&\u2028\u2029]/g, (ch) => GO_ESCAPES[ch] ?? ch);
}

/** json.Marshal: compact, escaped the same way. */
export function goJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => GO_ESCAPES[ch] ?? ch);
}
