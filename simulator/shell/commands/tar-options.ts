// GNU tar's command line: the old form (`tar xOf x.tar`, letters without a dash whose
// arguments follow in order), short clusters (`-xvf x.tar`), long options and member names in
// any order. Only the options a study-notes reader types are known; the rest fail as GNU tar
// fails on an unknown option.

type TarMode = 'create' | 'extract' | 'list';

export interface TarOptions {
  mode: TarMode;
  /** `-f`; undefined or `-` is stdin/stdout. */
  file?: string;
  gzip: boolean;
  verbose: boolean;
  /** -vv: the extract and create listings in -tv's long form. */
  veryVerbose: boolean;
  toStdout: boolean;
  /** `-C`: where to extract, or where named files are read from. */
  directory?: string;
  strip: number;
  /** `-m`: extracted files get the current time, not the archive's. */
  touch: boolean;
  numericOwner: boolean;
  names: string[];
}

const TRY = "Try 'tar --help' or 'tar --usage' for more information.\n";
const MODE_LIST = "'-Acdtrux', '--delete' or '--test-label'";

const MODES: Readonly<Record<string, TarMode>> = { c: 'create', x: 'extract', t: 'list' };
/** Letters whose option takes an argument. */
const WITH_ARG = new Set(['f', 'C']);
const FLAGS = new Set(['z', 'v', 'O', 'p', 'm', 'k', 'h', 'o']);
const LONG: Readonly<Record<string, string>> = {
  create: 'c', extract: 'x', get: 'x', list: 't', file: 'f', gzip: 'z', gunzip: 'z', ungzip: 'z',
  verbose: 'v', 'to-stdout': 'O', directory: 'C', 'preserve-permissions': 'p', 'same-permissions': 'p',
  touch: 'm', 'keep-old-files': 'k', dereference: 'h', 'no-same-owner': 'o',
};
const IGNORED_LONG = new Set(['numeric-owner', 'same-owner', 'overwrite', 'no-same-permissions']);

/** Usage errors print a message and the `Try` line: exit 64 for argp's own, 2 for tar's. */
export class TarUsageError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

function usage(message: string, exitCode = 2): TarUsageError {
  return new TarUsageError(`tar: ${message}\n${TRY}`, exitCode);
}

/** Errors argp reports before tar sees the option (EX_USAGE). */
function argp(message: string): TarUsageError {
  return usage(message, 64);
}

export function parseTarArgs(args: readonly string[]): TarOptions {
  const opts: Omit<TarOptions, 'mode'> & { mode?: TarMode } = {
    gzip: false, verbose: false, veryVerbose: false, toStdout: false, strip: 0, touch: false, numericOwner: false, names: [],
  };
  const set = (letter: string, value?: string) => {
    const mode = MODES[letter];
    if (mode) {
      if (opts.mode && opts.mode !== mode) throw usage(`You may not specify more than one ${MODE_LIST.replace(' or ', ' or  ')} option`);
      opts.mode = mode;
    } else if (letter === 'f') opts.file = value;
    else if (letter === 'C') opts.directory = value;
    else if (letter === 'z') opts.gzip = true;
    else if (letter === 'v') {
      opts.veryVerbose = opts.verbose;
      opts.verbose = true;
    }
    else if (letter === 'O') opts.toStdout = true;
    else if (letter === 'm') opts.touch = true;
  };
  const known = (letter: string) => MODES[letter] !== undefined || WITH_ARG.has(letter) || FLAGS.has(letter);

  const rest = [...args];
  // The old form: a first word without a dash is a run of option letters.
  const first = rest[0];
  if (first !== undefined && !first.startsWith('-')) {
    rest.shift();
    for (const letter of first) {
      if (!known(letter)) throw argp(`invalid option -- '${letter}'`);
      if (WITH_ARG.has(letter)) {
        const value = rest.shift();
        if (value === undefined) throw usage(`Old option '${letter}' requires an argument.`);
        set(letter, value);
      } else set(letter);
    }
  }
  let onlyNames = false;
  while (rest.length > 0) {
    const arg = rest.shift() as string;
    if (onlyNames || arg === '-' || !arg.startsWith('-')) {
      opts.names.push(arg);
    } else if (arg === '--') {
      onlyNames = true;
    } else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      const inline = eq < 0 ? undefined : arg.slice(eq + 1);
      if (name === 'strip-components') {
        const value = inline ?? rest.shift();
        if (value === undefined || !/^\d+$/.test(value)) throw usage(`${value ?? ''}: Invalid number of elements`);
        opts.strip = Number(value);
        continue;
      }
      if (name === 'numeric-owner') opts.numericOwner = true;
      if (IGNORED_LONG.has(name)) continue;
      const letter = LONG[name];
      if (letter === undefined) throw argp(`unrecognized option '${arg}'`);
      if (WITH_ARG.has(letter)) {
        const value = inline ?? rest.shift();
        if (value === undefined) throw argp(`option '--${name}' requires an argument`);
        set(letter, value);
      } else set(letter);
    } else {
      for (let i = 1; i < arg.length; i++) {
        const letter = arg[i] as string;
        if (!known(letter)) throw argp(`invalid option -- '${letter}'`);
        if (WITH_ARG.has(letter)) {
          const value = i + 1 < arg.length ? arg.slice(i + 1) : rest.shift();
          if (value === undefined) throw argp(`option requires an argument -- '${letter}'`);
          set(letter, value);
          break;
        }
        set(letter);
      }
    }
  }
  if (!opts.mode) throw usage(`You must specify one of the ${MODE_LIST} options`);
  return { ...opts, mode: opts.mode };
}

