// opts.FilterOpt (docker/cli@v20.10.24 opts/opts.go Set): each `-f name=value` gathered into
// filters.Args, the name lower-cased and both sides trimmed. A value without `=` is refused
// by the flag parser itself (pflag: `bad format of filter (expected name=value)`).

export function filterArgs(values: readonly string[]): Map<string, string[]> {
  const args = new Map<string, string[]>();
  for (const raw of values) {
    if (raw === '') continue;
    const eq = raw.indexOf('=');
    const name = raw.slice(0, eq).trim().toLowerCase();
    const value = raw.slice(eq + 1).trim();
    const list = args.get(name) ?? [];
    if (!list.includes(value)) list.push(value);
    args.set(name, list);
  }
  return args;
}
