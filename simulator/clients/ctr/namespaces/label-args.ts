// ctr's commands.LabelArgs: `key=value` arguments as a label map; a bare `key` means
// `key=true`. Split at the first '=', so `a=b=c` labels a with "b=c".

/** Labels from `key=value` arguments, in argument order (later keys win). */
export function labelArgs(args: readonly string[]): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const arg of args) {
    const eq = arg.indexOf('=');
    const [key, value] = eq < 0 ? [arg, 'true'] : [arg.slice(0, eq), arg.slice(eq + 1)];
    Object.defineProperty(labels, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return labels;
}

/** `k=v,k=v` sorted by key: how ctr's tables print a label map. */
export function formatLabels(labels: Readonly<Record<string, string>>): string {
  return Object.keys(labels)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((k) => `${k}=${labels[k] ?? ''}`)
    .join(',');
}
