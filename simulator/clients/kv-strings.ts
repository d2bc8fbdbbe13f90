// strutil / opts.ConvertKVStringsToMap, as docker's and nerdctl's --label, --opt, --sysctl and
// --security-opt values become maps: `k=v` → k: v (split at the first '='), a bare `k` → k: "";
// a later entry for a key replaces an earlier one.

export function convertKvStringsToMap(values: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const value of values) {
    const eq = value.indexOf('=');
    // defineProperty: a key such as __proto__ is stored as data, as in a Go map.
    const [key, v] = eq < 0 ? [value, ''] : [value.slice(0, eq), value.slice(eq + 1)];
    Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
