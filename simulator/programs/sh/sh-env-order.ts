// The order ash hands its exported variables to a child: it walks its variable hash table
// bucket by bucket (39 buckets, hash = first byte * 16 + the sum of the name's bytes), and
// inside a bucket in creation order (a new variable is appended to its bucket's chain). ash's own variables (PATH, IFS, PS1, …) are made
// before anything from the environment. This is why `sh -c env` prints SHLVL, HOME, PATH, PWD.

const BUCKETS = 39;
/** busybox 1.35 ash's built-in variables, in the order it creates them. */
const BUILT_IN = ['IFS', 'MAIL', 'MAILPATH', 'PATH', 'PS1', 'PS2', 'PS4', 'OPTIND', 'LINENO', 'FUNCNAME', 'HISTFILE', 'HISTSIZE', 'RANDOM', 'SECONDS'];

function ashBucket(name: string): number {
  const bytes = new TextEncoder().encode(name);
  let hash = (bytes[0] ?? 0) << 4;
  for (const b of bytes) hash += b;
  return hash % BUCKETS;
}

/** `names` (exported) in ash's environment order; `created` lists every variable oldest first. */
export function ashEnvOrder(names: readonly string[], created: readonly string[]): string[] {
  const age = (name: string): number => {
    const builtIn = BUILT_IN.indexOf(name);
    if (builtIn >= 0) return builtIn;
    const i = created.indexOf(name);
    return BUILT_IN.length + (i < 0 ? created.length : i);
  };
  return [...names].sort((a, b) => ashBucket(a) - ashBucket(b) || age(a) - age(b));
}
