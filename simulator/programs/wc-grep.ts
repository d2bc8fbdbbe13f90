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
    if (operands.length > 1) return notSimulated('wc', 'wc of several files');
    const shown = flags.size === 0 ? ['l', 'w', 'c'] : ['l', 'w', 'c'].filter((f) => flags.has(f));
    const name = operands[0];
    const source = name === undefined ? { text: ctx.stdin ?? '' } : readText(ctx, 'wc', name);
    if ('error' in source) return finished([stderr(source.error)], 1);
    const { text } = source;
    const counts: Record<string, number> = {
      l: (text.match(/\n/g) ?? []).length,
      w: text.split(/\s+/).filter(Boolean).length,
      c: new TextEncoder().encode(text).length,
    };
    // One column prints bare; several are right-aligned in 9 columns.
    const cells = shown.map((f) => (shown.length === 1 ? String(counts[f]) : String(counts[f]).padStart(9)));
    return { ...finished([stdout(`${[...cells, ...(name === undefined ? [] : [name])].join(' ')}\n`)]), consumedStdin: name === undefined };
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

export const grepProgram: Program = {
  name: 'grep',
  run(ctx) {
    const { flags, operands, unknown } = split(ctx.argv, 'vcin');
    if (unknown) return notSimulated('grep', `option ${unknown}`);
    const [pattern, ...files] = operands;
    if (pattern === undefined) return notSimulated('grep', 'grep without a pattern');
    const re = fromBasic(pattern, flags.has('i'));
    if (!re) return notSimulated('grep', `the pattern '${pattern}'`);
    const out: OutputChunk[] = [];
    let matched = false;
    let failed = false;
    const sources = files.length === 0 ? [undefined] : files;
    for (const name of sources) {
      const source = name === undefined ? { text: ctx.stdin ?? '' } : readText(ctx, 'grep', name);
      if ('error' in source) {
        out.push(stderr(source.error));
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
        if (!flags.has('c')) out.push(stdout(`${prefix}${flags.has('n') ? `${i + 1}:` : ''}${line}\n`));
      });
      if (flags.has('c')) out.push(stdout(`${prefix}${count}\n`));
      if (count > 0) matched = true;
    }
    const code = failed ? 2 : matched ? 0 : 1;
    return { ...finished(out, code), consumedStdin: files.length === 0 };
  },
};
