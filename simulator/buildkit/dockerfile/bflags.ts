// instructions/bflag.go@v0.10.4: an instruction's `--name=value` flags, checked against the
// ones it accepts.

export interface FlagValues {
  strings: Record<string, string>;
  bools: Record<string, boolean>;
  /** Names given, in order (RUN's FlagsUsed). */
  used: string[];
  /** Values of the flags that may repeat (AddStrings: RUN --mount), in order. */
  lists: Record<string, string[]>;
}

/** BFlags.Parse. Throws with buildkit's wording (`Unknown flag: x`). */
export function parseBuilderFlags(args: readonly string[], strings: readonly string[], bools: readonly string[] = [], lists: readonly string[] = []): FlagValues {
  const out: FlagValues = { strings: {}, bools: {}, used: [], lists: {} };
  for (const s of strings) out.strings[s] = '';
  for (const b of bools) out.bools[b] = false;
  for (const l of lists) out.lists[l] = [];
  const seen = new Set<string>();
  for (const raw of args) {
    if (!raw.startsWith('--')) throw new Error(`Arg ${JSON.stringify(raw)} must start with --`);
    let arg = raw.slice(2);
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (eq !== -1) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const isString = strings.includes(arg);
    const isBool = bools.includes(arg);
    const isList = lists.includes(arg);
    if (!isString && !isBool && !isList) throw new Error(`Unknown flag: ${arg}`);
    if (seen.has(arg) && isString) throw new Error(`Duplicate flag specified: ${arg}`);
    seen.add(arg);
    out.used.push(arg);
    if (isBool) {
      const v = (value ?? 'true').toLowerCase();
      if (v !== 'true' && v !== 'false') throw new Error(`expecting boolean value for flag ${arg}, not: ${value}`);
      out.bools[arg] = v === 'true';
      continue;
    }
    if (value === undefined) throw new Error(`Missing a value on flag: ${arg}`);
    if (isList) (out.lists[arg] ??= []).push(value);
    else out.strings[arg] = value;
  }
  return out;
}
