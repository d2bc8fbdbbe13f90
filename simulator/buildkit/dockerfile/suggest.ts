// util/suggest (moby/buildkit@v0.10.4): the closest option within Levenshtein distance 2,
// in the case the user wrote (`FORM` → `FROM`, `form` → `from`).

function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}

function matchCase(value: string, orig: string): string {
  if (orig === orig.toLowerCase()) return value.toLowerCase();
  if (orig === orig.toUpperCase()) return value.toUpperCase();
  return value;
}

/** `message (did you mean X?)` when an option is close to `value`; the message alone otherwise. */
export function withSuggestion(message: string, value: string, options: readonly string[], caseSensitive: boolean): string {
  const val = caseSensitive ? value : value.toLowerCase();
  let match = '';
  let min = 3;
  for (const option of options) {
    const opt = caseSensitive ? option : option.toLowerCase();
    if (val === opt) return message;
    const dist = levenshtein(val, opt);
    if (dist < min) {
      match = caseSensitive ? opt : matchCase(opt, value);
      min = dist;
    }
  }
  return match === '' ? message : `${message} (did you mean ${match}?)`;
}
