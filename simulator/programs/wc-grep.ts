// busybox wc and grep over files of the container (or stdin when no file is named).

import { finished, followLinks, resolvePath, stderr, stdout, type OutputChunk, type Program, type ProgramContext } from './program';

/** Single-letter flags and operands; `unknown` names the first option not simulated. */
function split(argv: readonly string[], allowed: string): { flags: Set<string>; operands: string[]; unknown?: string } {
  const flags = new Set<string>();
  const operands: string[] = [];
  for (const a of argv.slice(1)) {
    if (/^-[^-]/.test(a) && operands.length === 0) {
      for (const f of a.slice(1)) {
        if (!allowed.includes(f)) return { flags, operands, unknown: a };
        flags.add(f);
      }
    } else if (a.startsWith('--')) return { flags, operands, unknown: a };
    else operands.push(a);
  }
  return { flags, operands };
}

function notSimulated(name: string, what: string): ReturnType<Program['run']> {
  return finished([stderr(`${name}: ${what} is not simulated here (ctrlab simulates ${name} with its common options)\n`)], 1);
}

/** The text of operand `name`, or the error busybox prints for it. */
function readText(ctx: ProgramContext, tool: string, name: string): { text: string } | { error: string } {
  const found = followLinks(ctx.fs, resolvePath(ctx.cwd, name));
  if (!found) return { error: `${tool}: ${name}: No such file or directory\n` };
  if (found.file.kind === 'dir') return { error: `${tool}: read error: Is a directory\n` };
  return { text: found.file.content ?? '' };
}

export const wcProgram: Program = {
  name: 'wc',
  run(ctx) {
    const { flags, operands, unknown } = split(ctx.argv, 'lwc');
    if (unknown) return notSimulated('wc', `option ${unknown}`);
    const shown = flags.size === 0 ? ['l', 'w', 'c'] : ['l', 'w', 'c'].filter((f) => flags.has(f));
    // One column for one input prints bare; several columns, or several files (and their total
    // line), are right-aligned in 9 columns. A file that cannot be read is named and skipped.
    const padded = shown.length > 1 || operands.length > 1;
    const total: Record<string, number> = { l: 0, w: 0, c: 0 };
    const row = (counts: Record<string, number>, name: string | undefined): string =>
      `${[...shown.map((f) => (padded ? String(counts[f]).padStart(9) : String(counts[f]))), ...(name === undefined ? [] : [name])].join(' ')}\n`;
    const out: OutputChunk[] = [];
    let code = 0;
    for (const name of operands.length === 0 ? [undefined] : operands) {
      const source = name === undefined ? { text: ctx.stdin ?? '' } : readText(ctx, 'wc', name);
      if ('error' in source) {
        out.push(stderr(source.error));
        code = 1;
        continue;
      }
      const { text } = source;
      const counts: Record<string, number> = {
        l: (text.match(/\n/g) ?? []).length,
        w: text.split(/\s+/).filter(Boolean).length,
        c: new TextEncoder().encode(text).length,
      };
      for (const f of ['l', 'w', 'c']) total[f] = (total[f] ?? 0) + (counts[f] ?? 0);
      out.push(stdout(row(counts, name)));
    }
    if (operands.length > 1) out.push(stdout(row(total, 'total')));
    return { ...finished(out, code), consumedStdin: operands.length === 0 };
  },
};

/** A basic regular expression as a JavaScript one: `+ ? ( ) { } |` are literal unless escaped. */
function fromBasic(pattern: string, ignoreCase: boolean): RegExp | undefined {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c === '\\' && i + 1 < pattern.length) {
      const n = pattern[i + 1] ?? '';
      out += '(){}|+?'.includes(n) ? n : `\\${n}`;
      i++;
    } else out += '(){}|+?'.includes(c) ? `\\${c}` : c;
  }
  try {
    return new RegExp(out, ignoreCase ? 'i' : '');
  } catch {
    return undefined;
  }
}

/** POSIX's [:class:] names inside brackets, as the ranges JavaScript knows. */
const POSIX_CLASSES: Record<string, string> = {
  alpha: 'A-Za-z', digit: '0-9', alnum: 'A-Za-z0-9', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v', blank: ' \\t',
  xdigit: '0-9A-Fa-f', punct: '!-\\/:-@\\[-`{-~',
};

function withPosixClasses(pattern: string): string {
  return pattern.replace(/\[:([a-z]+):\]/g, (whole, name: string) => POSIX_CLASSES[name] ?? whole);
}

/** An extended regular expression (-E) as a JavaScript one: the operators are the same. */
function fromExtended(pattern: string, ignoreCase: boolean): RegExp | undefined {
  try {
    return new RegExp(pattern, ignoreCase ? 'i' : '');
  } catch {
    return undefined;
  }
}

export const grepProgram: Program = {
  name: 'grep',
  run(ctx) {
    const { flags, operands, unknown } = split(ctx.argv, 'vcinqEsxwlo');
    if (unknown) return notSimulated('grep', `option ${unknown}`);
    const [pattern, ...files] = operands;
    if (pattern === undefined) return notSimulated('grep', 'grep without a pattern');
    const posix = withPosixClasses(pattern);
    const found = flags.has('E') ? fromExtended(posix, flags.has('i')) : fromBasic(posix, flags.has('i'));
    if (!found) return notSimulated('grep', `the pattern '${pattern}'`);
    // -x: the whole line; -w: a match with no word character either side.
    const re = flags.has('x') ? new RegExp(`^(?:${found.source})$`, found.flags) : flags.has('w') ? new RegExp(`(?<!\\w)(?:${found.source})(?!\\w)`, found.flags) : found;
    const everyMatch = new RegExp(re.source, `${re.flags}g`);
    // -q: nothing printed, success at a match; -l: the names of the files that match.
    const quiet = flags.has('q');
    const out: OutputChunk[] = [];
    let matched = false;
    let failed = false;
    const sources = files.length === 0 ? [undefined] : files;
    for (const name of sources) {
      const source = name === undefined ? { text: ctx.stdin ?? '' } : readText(ctx, 'grep', name);
      if ('error' in source) {
        // -s: no message for a file that cannot be read (the status still says so).
        if (!flags.has('s')) out.push(stderr(source.error));
        failed = true;
        continue;
      }
      const prefix = files.length > 1 && name !== undefined ? `${name}:` : '';
      const lines = source.text.split('\n');
      if (lines[lines.length - 1] === '') lines.pop();
      let count = 0;
      lines.forEach((line, i) => {
        if (re.test(line) === flags.has('v')) return;
        count++;
        if (flags.has('c') || quiet || flags.has('l')) return;
        const head = `${prefix}${flags.has('n') ? `${i + 1}:` : ''}`;
        // -o: each non-empty match of the line on a line of its own (none for -v's lines).
        if (!flags.has('o')) out.push(stdout(`${head}${line}\n`));
        else if (!flags.has('v')) for (const m of line.matchAll(everyMatch)) if (m[0] !== '') out.push(stdout(`${head}${m[0]}\n`));
      });
      if (quiet) {
        if (count > 0) return { ...finished(out, 0), consumedStdin: files.length === 0 };
      } else if (flags.has('l')) {
        if (count > 0) out.push(stdout(`${name ?? '(standard input)'}\n`));
      } else if (flags.has('c')) out.push(stdout(`${prefix}${count}\n`));
      if (count > 0) matched = true;
    }
    const code = failed && !(quiet && matched) ? 2 : matched ? 0 : 1;
    return { ...finished(out, code), consumedStdin: files.length === 0 };
  },
};
