// getopt_long as GNU coreutils programs read their command lines: short options cluster
// (`-cd`, `-f1`), a short option's value may be attached or the next word, long options take
// any unique prefix and `--name=value`, operands and options mix until `--`. The errors are
// glibc's words; the program adds its own `Try '… --help'` line.

export interface GnuOptionSpec {
  /** Short letters that take no value, e.g. 'cdiuDz'. */
  flags: string;
  /** Short letters that take a value, e.g. 'fsw'. */
  withValue: string;
  /** Short letters whose value is optional: only an attached one counts (`-i{}`, `-l5`). */
  optionalValue?: string;
  /** Options end at the first operand (getopt's leading '+', as xargs and timeout use). */
  inOrder?: boolean;
  /** Long names: to the short letter they stand for (or themselves), and whether they take a value. */
  long: Readonly<Record<string, { id: string; value: 'none' | 'required' | 'optional' }>>;
}

export interface GnuOption {
  /** The short letter, or the long option's id. */
  id: string;
  value?: string;
  /** How the user wrote it, for messages (`-f`, `--skip-fields`). */
  spelled: string;
}

/**
 * On an error, `before` holds the options read until then: getopt hands them to the program one
 * by one, so a program that dies on a bad value (truncate -s) does so before a later error.
 */
export type GnuParse = { options: GnuOption[]; operands: string[] } | { error: string; before: GnuOption[] };

export function gnuGetopt(program: string, args: readonly string[], spec: GnuOptionSpec): GnuParse {
  const options: GnuOption[] = [];
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const given = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      const names = Object.hasOwn(spec.long, given) ? [given] : Object.keys(spec.long).filter((n) => n.startsWith(given));
      const ids = new Set(names.map((n) => spec.long[n]?.id));
      if (names.length === 0) return { error: `${program}: unrecognized option '${arg}'\n`, before: options };
      if (ids.size > 1) {
        return { error: `${program}: option '--${given}' is ambiguous; possibilities: ${names.map((n) => `'--${n}'`).join(' ')}\n`, before: options };
      }
      const name = names[0] as string;
      const long = spec.long[name] as GnuOptionSpec['long'][string];
      let value = eq < 0 ? undefined : arg.slice(eq + 1);
      if (long.value === 'none' && value !== undefined) return { error: `${program}: option '--${name}' doesn't allow an argument\n`, before: options };
      if (long.value === 'required' && value === undefined) {
        if (i + 1 >= args.length) return { error: `${program}: option '--${name}' requires an argument\n`, before: options };
        value = args[++i];
      }
      options.push({ id: long.id, value, spelled: `--${name}` });
    } else if (arg.startsWith('-') && arg !== '-') {
      for (let j = 1; j < arg.length; j++) {
        const letter = arg[j] as string;
        if (spec.withValue.includes(letter)) {
          let value: string | undefined = arg.slice(j + 1);
          if (value === '') {
            if (i + 1 >= args.length) return { error: `${program}: option requires an argument -- '${letter}'\n`, before: options };
            value = args[++i];
          }
          options.push({ id: letter, value, spelled: `-${letter}` });
          break;
        }
        if (spec.optionalValue?.includes(letter)) {
          const value = arg.slice(j + 1);
          options.push({ id: letter, value: value === '' ? undefined : value, spelled: `-${letter}` });
          break;
        }
        if (!spec.flags.includes(letter)) return { error: `${program}: invalid option -- '${letter}'\n`, before: options };
        options.push({ id: letter, spelled: `-${letter}` });
      }
    } else if (spec.inOrder) {
      operands.push(...args.slice(i));
      break;
    } else operands.push(arg);
  }
  return { options, operands };
}
