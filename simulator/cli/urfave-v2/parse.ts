// urfave/cli v2.23.7's flag parsing (parse.go's parseIter over Go's flag package): flags stop at
// the first positional (no reordering, unlike v1), slices split on commas, and with
// UseShortOptionHandling an unknown `-abc` is retried as `-a -b -c` when every letter is a flag.
// The retry keeps what the failed attempt had already set, as Go's FlagSet does, while the
// words before the split argument are dropped from the new attempt (parse.go's
// `append(shortOpts, args[i+1:]...)`).

import { type FlagValue, FlagError, type ParsedFlags, flagIndex, parseFlags } from '../flags';
import type { FlagSpec } from '../spec';

const NOT_DEFINED = 'flag provided but not defined: -';

function merge(earlier: ParsedFlags, later: ParsedFlags): ParsedFlags {
  const values = new Map<string, FlagValue>(later.values);
  const set = new Set(later.set);
  for (const key of earlier.set) {
    const before = earlier.values.get(key);
    const after = later.values.get(key);
    if (!set.has(key)) values.set(key, before ?? false);
    else if (Array.isArray(before) && Array.isArray(after)) values.set(key, [...before, ...after]);
    set.add(key);
  }
  return { values, set, positional: later.positional };
}

export function parseFlagsV2(
  flags: readonly FlagSpec[],
  args: readonly string[],
  environ: Readonly<Record<string, string>>,
  shortOptions: boolean,
): ParsedFlags {
  const index = flagIndex(flags);
  let current = [...args];
  let earlier: ParsedFlags | undefined;
  for (;;) {
    try {
      const parsed = parseFlags(flags, current, environ, { splitSlices: true });
      return earlier ? merge(earlier, parsed) : parsed;
    } catch (err) {
      if (!shortOptions || !(err instanceof FlagError) || !err.message.startsWith(NOT_DEFINED)) throw err;
      const name = err.message.slice(NOT_DEFINED.length);
      const i = current.findIndex((a) => a.replace(/^-+/, '') === name);
      const arg = current[i] ?? '';
      const letters = [...arg.slice(1)];
      const splittable = arg.startsWith('-') && !arg.startsWith('--') && arg.length > 2 && letters.every((c) => index.has(c));
      if (i < 0 || !splittable) throw err;
      // The words before `arg` parsed without error in the failed attempt; keep their values.
      const done = parseFlags(flags, current.slice(0, i), environ, { splitSlices: true });
      earlier = earlier ? merge(earlier, done) : done;
      current = [...letters.map((c) => `-${c}`), ...current.slice(i + 1)];
    }
  }
}
