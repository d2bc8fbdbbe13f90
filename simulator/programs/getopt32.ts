// busybox's getopt32 over glibc getopt, as its applets parse their options: single letters,
// clustered (`-rn`), a value attached or in the next word (`-t:` / `-t :`), options anywhere
// among the operands (glibc permutes them), `--` ending them. `spec` lists the letters, a `:`
// after one that takes a value (libbb/getopt32.c); a leading `+` stops at the first operand
// (no permuting, as awk's "+F:v:…"). Errors are glibc's words.

export type Parsed =
  | { ok: true; opts: Map<string, string[]>; operands: string[] }
  | { ok: false; error: string };

export function getopt32(args: readonly string[], optionSpec: string): Parsed {
  const inOrder = optionSpec.startsWith('+');
  const spec = inOrder ? optionSpec.slice(1) : optionSpec;
  const opts = new Map<string, string[]>();
  const operands: string[] = [];
  const takesValue = (c: string) => spec[spec.indexOf(c) + 1] === ':';
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      if (inOrder) {
        operands.push(...args.slice(i));
        break;
      }
      operands.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j] ?? '';
      if (c === ':' || !spec.includes(c)) return { ok: false, error: a.startsWith('--') ? `unrecognized option '${a}'` : `invalid option -- '${c}'` };
      const values = opts.get(c) ?? [];
      opts.set(c, values);
      if (!takesValue(c)) {
        values.push('');
        continue;
      }
      const rest = a.slice(j + 1);
      if (rest !== '') values.push(rest);
      else if (i + 1 < args.length) values.push(args[++i] ?? '');
      else return { ok: false, error: `option requires an argument -- '${c}'` };
      break;
    }
  }
  return { ok: true, opts, operands };
}

/** The last value given for `c` (getopt32 keeps the last one), if any. */
export function lastValue(p: { opts: Map<string, string[]> }, c: string): string | undefined {
  return p.opts.get(c)?.at(-1);
}
