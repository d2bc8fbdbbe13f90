// `tr` on the node reads its SETs as GNU tr does (coreutils 9.1 src/tr.c, checked against
// /usr/bin/tr on bookworm): the escapes \NNN (one to three octal digits; a third digit that would
// pass \377 is left for the next character, with a warning), \\ \a \b \f \n \r \t \v, any other
// \X is X, a backslash at the end is itself (with a warning); ranges whose ends may be escapes
// (`\000-\037`) but not an escaped `-` (`a\-z` is three characters), and end before start is an
// error; [:CLASS:] (C locale) and [=C=]. The library's tr (just-bash 3.4.2) knows only \n \t \r
// and unescaped ranges, so `tr -d '\033'` deleted 0 and 3: this command expands each SET itself
// and hands the library the characters, each one written so that it reads it as itself.

import { defineCommand } from 'just-bash';
import type { ShellCommandFactory } from './command-host';

const range = (from: number, to: number): string => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i)).join('');
const UPPER = range(65, 90);
const LOWER = range(97, 122);
const DIGIT = range(48, 57);
const PUNCT = `${range(33, 47)}${range(58, 64)}${range(91, 96)}${range(123, 126)}`;
const CLASSES: Record<string, string> = {
  alnum: DIGIT + UPPER + LOWER, alpha: UPPER + LOWER, blank: '\t ', cntrl: range(0, 31) + '\x7f', digit: DIGIT,
  graph: range(33, 126), lower: LOWER, print: range(32, 126), punct: PUNCT, space: '\t\n\v\f\r ', upper: UPPER,
  xdigit: `${DIGIT}ABCDEFabcdef`,
};
const SIMPLE_ESCAPES: Record<string, string> = { '\\': '\\', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/** One character of a SET after its escapes: `escaped` ones are never a range's `-` or a `[`. */
interface SetChar {
  ch: string;
  escaped: boolean;
}

/** unquote(): the SET's escapes read, with the warnings GNU tr prints for them. */
function unescapeSet(set: string, warn: (text: string) => void): SetChar[] {
  const out: SetChar[] = [];
  for (let i = 0; i < set.length; i++) {
    const c = set[i] ?? '';
    if (c !== '\\') {
      out.push({ ch: c, escaped: false });
      continue;
    }
    const next = set[i + 1];
    if (next === undefined) {
      warn('warning: an unescaped backslash at end of string is not portable');
      out.push({ ch: '\\', escaped: true });
      continue;
    }
    if (/[0-7]/.test(next)) {
      let value = Number(next);
      i++;
      const second = set[i + 1];
      if (second !== undefined && /[0-7]/.test(second)) {
        value = value * 8 + Number(second);
        i++;
        const third = set[i + 1];
        if (third !== undefined && /[0-7]/.test(third)) {
          if (value * 8 + Number(third) < 256) {
            value = value * 8 + Number(third);
            i++;
          } else warn(`warning: the ambiguous octal escape \\${next}${second}${third} is being\n\tinterpreted as the 2-byte sequence \\0${next}${second}, ${third}`);
        }
      }
      out.push({ ch: String.fromCharCode(value), escaped: true });
      continue;
    }
    out.push({ ch: SIMPLE_ESCAPES[next] ?? next, escaped: true });
    i++;
  }
  return out;
}

/** The characters a SET names, in order; a string is an error to print (exit 1). */
export function expandSet(set: string, warn: (text: string) => void): string | { error: string } {
  const chars = unescapeSet(set, warn);
  const raw = (i: number): string | undefined => (chars[i]?.escaped ? undefined : chars[i]?.ch);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as SetChar;
    if (raw(i) === '[' && (raw(i + 1) === ':' || raw(i + 1) === '=')) {
      const kind = raw(i + 1) as string;
      let end = i + 2;
      while (end + 1 < chars.length && !(raw(end) === kind && raw(end + 1) === ']')) end++;
      if (end + 1 < chars.length) {
        const name = chars.slice(i + 2, end).map((x) => x.ch).join('');
        if (kind === '=' && name.length === 1) {
          out += name;
          i = end + 1;
          continue;
        }
        const members = kind === ':' ? CLASSES[name] : undefined;
        if (members === undefined) return { error: kind === ':' ? `invalid character class ‘${name}’` : `${name}: equivalence class operand must be a single character` };
        out += members;
        i = end + 1;
        continue;
      }
    }
    if (raw(i + 1) === '-' && i + 2 < chars.length) {
      const last = (chars[i + 2] as SetChar).ch;
      if (last.charCodeAt(0) < c.ch.charCodeAt(0)) return { error: `range-endpoints of '${c.ch}-${last}' are in reverse collating sequence order` };
      out += range(c.ch.charCodeAt(0), last.charCodeAt(0));
      i += 2;
      continue;
    }
    out += c.ch;
  }
  return out;
}

/** The characters written for the library's SET parser so that each reads as itself. */
export function literalSet(chars: string): string {
  return chars.replace(/[\\[-]/g, (c) => `\\${c}`);
}

/** tr.c's operand count check: 1 or 2 SETs as -d and -s ask. */
function operandCount(sets: string[], deleting: boolean, squeezing: boolean): string | undefined {
  const min = deleting === squeezing ? 2 : 1;
  const max = deleting && !squeezing ? 1 : 2;
  if (sets.length === 0) return 'tr: missing operand\n';
  if (sets.length < min) {
    const why = squeezing ? 'Two strings must be given when both deleting and squeezing repeats.' : 'Two strings must be given when translating.';
    return `tr: missing operand after ‘${sets[sets.length - 1]}’\n${why}\n`;
  }
  if (sets.length > max) {
    const why = sets.length === 2 ? 'Only one string may be given when deleting without squeezing repeats.\n' : '';
    return `tr: extra operand ‘${sets[max]}’\n${why}`;
  }
  return undefined;
}

const FLAGS = /^-[cCdst]+$/;
const LONG = new Set(['--complement', '--delete', '--squeeze-repeats', '--truncate-set1']);

export const trCommand: ShellCommandFactory = () =>
  defineCommand('tr', async (args, ctx) => {
    const original = ctx.origCommand;
    if (!original) return { stdout: '', stderr: 'tr: not available\n', exitCode: 1 };
    const options: string[] = [];
    const sets: string[] = [];
    let ended = false;
    for (const arg of args) {
      if (!ended && arg === '--') ended = true;
      else if (!ended && (FLAGS.test(arg) || LONG.has(arg))) options.push(arg);
      else if (!ended && arg.startsWith('-') && arg !== '-') return original(args);
      else sets.push(arg);
    }
    const has = (short: string, long: string) => options.some((o) => o === long || (!o.startsWith('--') && o.includes(short)));
    const truncate = has('t', '--truncate-set1');
    const deleting = has('d', '--delete');
    const operandError = operandCount(sets, deleting, has('s', '--squeeze-repeats'));
    if (operandError) return { stdout: '', stderr: `${operandError}Try 'tr --help' for more information.\n`, exitCode: 1 };
    let warnings = '';
    const expanded: string[] = [];
    for (const set of sets.slice(0, 2)) {
      const chars = expandSet(set, (text) => (warnings += `tr: ${text}\n`));
      if (typeof chars !== 'string') return { stdout: '', stderr: `${warnings}tr: ${chars.error}\n`, exitCode: 1 };
      expanded.push(chars);
    }
    const [set1 = '', set2] = expanded;
    const first = truncate && !deleting && set2 !== undefined ? set1.slice(0, set2.length) : set1;
    // The library has no -t: the SET1 it is given is cut already.
    const flags = options.filter((o) => o !== '--truncate-set1').map((o) => (o.startsWith('--') ? o : o.replace(/t/g, ''))).filter((o) => o !== '-');
    const given = set2 === undefined ? [first] : [first, set2];
    const r = await original([...flags, ...given.map(literalSet)]);
    return { ...r, stderr: warnings + r.stderr };
  });
