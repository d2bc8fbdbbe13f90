// busybox xargs (findutils/xargs.c, 1.35): words from stdin (or -a FILE) appended to PROG ARGS
// (`echo` when none) and run as children one after another on the clock. Words split at blanks,
// with '…', "…" and backslash quoting (an open quote at the end: `unmatched single quote`); -0
// splits at NULs; -E STR stops at that word; -n N and -s N bound a run; -I STR runs once per
// line with STR replaced (and implies -r); -r runs nothing for no input; -t echoes each command
// on stderr. Exit: 123 when a run exited 1–125, 124 and stop at 255, 125 on a signal, 126/127
// when PROG cannot be run or found. -P runs them in turn here (a real node interleaves them);
// -p needs /dev/tty, which a container's exec does not have.

import { getopt32, lastValue } from '../getopt32';
import { finished, followLinks, resolvePath, stderr, type OutputChunk, type Program, type ProgramRun } from '../program';
import { showUsage } from './busybox-usage';
import { spawnAndWait } from './spawn-child';

const USAGE =
  'Usage: xargs [OPTIONS] [PROG ARGS]\n\nRun PROG on every item given by stdin\n\n' +
  '\t-0\tNUL terminated input\n\t-a FILE\tRead from FILE instead of stdin\n\t-r\tDon\'t run command if input is empty\n' +
  '\t-t\tPrint the command on stderr before execution\n\t-p\tAsk user whether to run each command\n' +
  '\t-E STR,-e[STR]\tSTR stops input processing\n\t-I STR\tReplace STR within PROG ARGS with input line\n' +
  '\t-n N\tPass no more than N args to PROG\n\t-s N\tPass command line of no more than N bytes\n' +
  '\t-P N\tRun up to N PROGs in parallel\n\t-x\tExit if size is exceeded\n';

/** bb_arg_max() capped at 32K, less the 2048 POSIX asks to keep for the environment. */
const DEFAULT_MAX_CHARS = 32 * 1024 - 2048;
const INT_MAX = 2 ** 31 - 1;

class XargsError extends Error {}

/** xatou_range(s, 1, INT_MAX). */
function positive(text: string): number {
  if (!/^[0-9]+$/.test(text)) throw new XargsError(`invalid number '${text}'`);
  const n = Number(text);
  if (n < 1 || n > INT_MAX) throw new XargsError(`number ${text} is not in 1..${INT_MAX} range`);
  return n;
}

/** process_stdin: blank-separated words with quotes and backslashes; `eof` ends the input. */
function quotedWords(text: string, eof: string | undefined): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (quote) {
      if (ch === quote) quote = '';
      else word += ch;
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < text.length) {
      word += text[++i] ?? '';
      inWord = true;
    } else if (/[ \t\n\v\f\r]/.test(ch)) {
      if (inWord) {
        if (word === eof) return words;
        words.push(word);
      }
      word = '';
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (quote) throw new XargsError(`unmatched ${quote === "'" ? 'single' : 'double'} quote`);
  if (inWord && word !== eof) words.push(word);
  return words;
}

/** The commands to run, each a full argv. */
function commands(prog: string[], words: string[], maxArgs: number, maxChars: number): string[][] {
  const fixed = prog.reduce((n, a) => n + a.length + 1, 0);
  const room = maxChars - fixed;
  if (room <= 0) throw new XargsError("can't fit single argument within argument list size limit");
  const runs: string[][] = [];
  let i = 0;
  do {
    const batch: string[] = [];
    let used = 0;
    while (i < words.length && batch.length < maxArgs && used + (words[i] ?? '').length + 1 <= room) {
      used += (words[i] ?? '').length + 1;
      batch.push(words[i++] ?? '');
    }
    if (batch.length === 0 && i < words.length) throw new XargsError('argument line too long');
    runs.push([...prog, ...batch]);
  } while (i < words.length);
  return runs;
}

const TAKES_VALUE = new Set(['a', 'n', 's', 'P', 'E', 'I']);

/** Where xargs's options end (getopt32 with "+": the first word that is not one is PROG). */
function optionsEnd(args: readonly string[]): number {
  let i = 0;
  while (i < args.length) {
    const a = args[i] ?? '';
    if (a === '--') return i + 1;
    if (!a.startsWith('-') || a === '-') return i;
    i++;
    if (a.startsWith('-e')) continue;
    for (let j = 1; j < a.length; j++) {
      if (!TAKES_VALUE.has(a[j] ?? '')) continue;
      if (j === a.length - 1) i++;
      break;
    }
  }
  return i;
}

export const xargsProgram: Program = {
  name: 'xargs',
  run(ctx) {
    const args = ctx.argv.slice(1);
    const end = optionsEnd(args);
    // -e[STR] takes its string only attached; getopt32 is given the rest.
    const eWords = args.slice(0, end).filter((a) => /^-e/.test(a));
    const parsed = getopt32(args.slice(0, end).filter((a) => !/^-e/.test(a)), 'trxp0a:n:s:P:E:I:');
    if (!parsed.ok) return showUsage('xargs', USAGE, parsed.error);
    const prog = args.slice(end).length > 0 ? args.slice(end) : ['echo'];
    const out: OutputChunk[] = [];
    const fail = (message: string) => finished([...out, stderr(`xargs: ${message}\n`)], 1);
    let input = ctx.stdin;
    const fromFile = lastValue(parsed, 'a');
    if (fromFile !== undefined) {
      const found = followLinks(ctx.fs, resolvePath(ctx.cwd, fromFile));
      if (!found || found.file.kind !== 'file') return fail(`can't open '${fromFile}': ${found ? 'Is a directory' : 'No such file or directory'}`);
      input = found.file.content ?? '';
    } else if (input === undefined || ctx.stdinOpen) {
      // Its stdin never ends (a terminal, ctr's open pipe): it waits to read all of it.
      return { out };
    }
    if (parsed.opts.has('p')) return fail("can't open '/dev/tty': No such device or address");
    let runs: string[][];
    try {
      const eof = lastValue(parsed, 'E') ?? eWords.at(-1)?.slice(2);
      const replace = lastValue(parsed, 'I');
      if (replace !== undefined) {
        const lines = (input ?? '').split(parsed.opts.has('0') ? '\0' : '\n').map((l) => l.replace(/^[ \t]+/, '')).filter((l) => l !== '');
        runs = lines.map((line) => prog.map((a) => a.split(replace).join(line)));
      } else {
        const words = parsed.opts.has('0') ? (input ?? '').split('\0').filter((w, i, all) => w !== '' || i < all.length - 1) : quotedWords(input ?? '', eof === '' ? undefined : eof);
        const maxArgs = parsed.opts.has('n') ? positive(lastValue(parsed, 'n') ?? '') : INT_MAX;
        const maxChars = parsed.opts.has('s') ? positive(lastValue(parsed, 's') ?? '') : DEFAULT_MAX_CHARS;
        runs = words.length === 0 && parsed.opts.has('r') ? [] : commands(prog, words, maxArgs, maxChars);
      }
    } catch (err) {
      if (err instanceof XargsError) return fail(err.message);
      throw err;
    }
    let elapsed = 0;
    let code = 0;
    // What its commands signalled (kill), passed on as its own.
    const signals: NonNullable<ProgramRun['signals']> = [];
    const ended = (run: ProgramRun): ProgramRun => (signals.length > 0 ? { ...run, signals } : run);
    for (const argv of runs) {
      if (parsed.opts.has('t')) out.push({ ...stderr(`${argv.join(' ')}\n`), ...(elapsed ? { atMs: elapsed } : {}) });
      const child = spawnAndWait(ctx, argv, elapsed);
      if (!child.started) {
        out.push(stderr(`xargs: ${argv[0] ?? ''}: ${child.error}\n`));
        return { out, exit: { afterMs: elapsed, code: child.error === 'Permission denied' ? 126 : 127 }, consumedStdin: true };
      }
      out.push(...child.out);
      signals.push(...child.signals);
      if (!child.exit) return ended({ out, consumedStdin: true });
      elapsed += child.exit.afterMs;
      if (child.exit.signal !== undefined) {
        out.push({ ...stderr(`xargs: '${argv[0] ?? ''}' terminated by signal ${child.exit.signal}\n`), atMs: elapsed });
        return ended({ out, exit: { afterMs: elapsed, code: 125 }, consumedStdin: true });
      }
      if (child.exit.code === 255) {
        out.push({ ...stderr(`xargs: ${argv[0] ?? ''}: exited with status 255; aborting\n`), atMs: elapsed });
        return ended({ out, exit: { afterMs: elapsed, code: 124 }, consumedStdin: true });
      }
      if (child.exit.code !== 0) code = 123;
    }
    return ended({ out, exit: { afterMs: elapsed, code }, consumedStdin: true });
  },
};
