// busybox tr [-cds] STRING1 [STRING2]: translates, deletes or squeezes the characters of stdin
// (coreutils/tr.c, busybox 1.35 as Debian's busybox-static here). STRING2 shorter than STRING1
// is padded with its last character; -c takes the complement of STRING1 (every byte not in it,
// in ascending order); -s squeezes runs of the last set given; with only STRING1 and neither -d
// nor -s the input passes unchanged. Sets take \-escapes (\\ \a \b \f \n \r \t \v, \NNN octal),
// ranges a-z and the classes busybox 1.35 knows ([:alpha:] … [:xdigit:]). Characters are the
// text's code units (a byte each for ASCII; a multibyte UTF-8 character is one here).

import { finished, stderr, stdout, type Program, type ProgramRun } from './program';
import { BUSYBOX_BANNER } from './applets/busybox-usage';

const USAGE =
  BUSYBOX_BANNER + 'Usage: tr [-cds] STRING1 [STRING2]\n\n' +
  'Translate, squeeze, or delete characters from stdin, writing to stdout\n\n' +
  '\t-c\tTake complement of STRING1\n\t-d\tDelete input characters coded STRING1\n' +
  '\t-s\tSqueeze multiple output characters of STRING2 into one character\n';

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

const CLASSES: Record<string, number[]> = {
  alpha: [...range(65, 90), ...range(97, 122)],
  alnum: [...range(48, 57), ...range(65, 90), ...range(97, 122)],
  digit: range(48, 57),
  lower: range(97, 122),
  upper: range(65, 90),
  space: [9, 10, 11, 12, 13, 32],
  blank: [9, 32],
  punct: [...range(33, 47), ...range(58, 64), ...range(91, 96), ...range(123, 126)],
  cntrl: [...range(0, 31), 127],
  xdigit: [...range(48, 57), ...range(65, 70), ...range(97, 102)],
};

const ESCAPES: Record<string, number> = { '\\': 92, a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11 };

/** One character of a set at `i`: an escape or itself, and where the next begins. */
function charAt(s: string, i: number): [number, number] {
  if (s[i] !== '\\' || i + 1 >= s.length) return [s.charCodeAt(i), i + 1];
  const octal = /^[0-7]{1,3}/.exec(s.slice(i + 1))?.[0];
  if (octal) return [Number.parseInt(octal, 8) & 0xff, i + 1 + octal.length];
  const next = s[i + 1] ?? '';
  return [ESCAPES[next] ?? next.charCodeAt(0), i + 2];
}

/** A set's characters in order, or the part of it that is not simulated. */
function expand(s: string): number[] | { unsupported: string } {
  const out: number[] = [];
  let i = 0;
  while (i < s.length) {
    const cls = /^\[:([a-z]+):\]/.exec(s.slice(i));
    if (cls) {
      const chars = CLASSES[cls[1] ?? ''];
      if (!chars) return { unsupported: cls[0] };
      out.push(...chars);
      i += cls[0].length;
      continue;
    }
    if (/^\[(=.=|.\*\d*\])/.test(s.slice(i))) return { unsupported: /^\[[^\]]*\]?/.exec(s.slice(i))?.[0] ?? '[' };
    const [c, next] = charAt(s, i);
    if (s[next] === '-' && next + 1 < s.length) {
      const [to, after] = charAt(s, next + 1);
      out.push(...range(c, to));
      i = after;
      continue;
    }
    out.push(c);
    i = next;
  }
  return out;
}

export const trProgram: Program = {
  name: 'tr',
  run(ctx): ProgramRun {
    const flags = new Set<string>();
    const operands: string[] = [];
    for (const a of ctx.argv.slice(1)) {
      if (operands.length === 0 && /^-[cdsC]+$/.test(a)) for (const f of a.slice(1)) flags.add(f === 'C' ? 'c' : f);
      else if (operands.length === 0 && /^-./.test(a) && a !== '-') return finished([stderr(`tr: invalid option -- '${a[1]}'\n${USAGE}`)], 1);
      else operands.push(a);
    }
    if (operands.length === 0) return finished([stderr(USAGE)], 1);
    const sets = operands.slice(0, 2).map(expand);
    const bad = sets.find((s): s is { unsupported: string } => !Array.isArray(s));
    if (bad) return finished([stderr(`tr: the set ${bad.unsupported} is not simulated here (ctrlab's tr knows escapes, ranges and [:class:])\n`)], 1);
    const [given1 = [], set2] = sets as number[][];
    if (set2 && set2.length === 0 && !flags.has('d')) return finished([stderr('tr: STRING2 cannot be empty\n')], 1);
    const set1 = flags.has('c') ? range(0, 255).filter((c) => !given1.includes(c)) : given1;
    const deleting = flags.has('d');
    const map = new Map<number, number>();
    if (!deleting && set2 && set2.length > 0) set1.forEach((c, i) => map.set(c, set2[Math.min(i, set2.length - 1)] ?? c));
    const squeeze = new Set(flags.has('s') ? (deleting || !set2 ? (deleting ? (set2 ?? []) : set1) : set2) : []);
    const drop = new Set(deleting ? set1 : []);
    const input = ctx.stdin ?? '';
    let text = '';
    let last = -1;
    for (let i = 0; i < input.length; i++) {
      const c = input.charCodeAt(i);
      if (drop.has(c)) continue;
      const coded = map.get(c) ?? c;
      if (coded === last && squeeze.has(coded)) continue;
      text += String.fromCharCode(coded);
      last = coded;
    }
    const out = text === '' ? [] : [stdout(text)];
    // Without stdin, or with one that stays open, it waits for more (after what it was given).
    if (ctx.stdin === undefined || ctx.stdinOpen) return { out, consumedStdin: ctx.stdin !== undefined };
    return { out, exit: { afterMs: 0, code: 0 }, consumedStdin: true };
  },
};
