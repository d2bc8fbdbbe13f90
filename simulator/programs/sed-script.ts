// The part of sed's language Dockerfiles and learners use: `s/re/replacement/flags` (g, p, i,
// a number), `d` and `p`, each optionally after an address (a line number, `$` or `/re/`) or a
// range of two (`2,4`, `/a/,/b/`, `3,$`: from a line the first matches through the next the
// second matches, or just that line when a second line number is not past it), commands
// separated by `;` or newlines. Regexes are POSIX BRE (or ERE with -E/-r), turned
// into JavaScript ones; the replacement takes `&` and `\1`…`\9` (GNU sed / busybox sed).

type Address = { kind: 'line'; n: number } | { kind: 'last' } | { kind: 're'; re: RegExp };

/** Where a command applies: one address, or a range from `from` through `to`. */
interface Selector {
  address?: Address;
  to?: Address;
}

export type SedCommand = Selector &
  ({ op: 's'; re: RegExp; replacement: string; global: boolean; print: boolean; nth: number } | { op: 'd' | 'p' });

export class SedError extends Error {}

/** A BRE (or ERE) as JavaScript source. */
function toJsRegex(source: string, extended: boolean): string {
  if (extended) return source;
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] ?? '';
    if (ch === '\\' && i + 1 < source.length) {
      const next = source[++i] ?? '';
      out += '(){}|+?'.includes(next) ? next : `\\${next}`;
    } else if ('(){}|+?'.includes(ch)) out += `\\${ch}`;
    else out += ch;
  }
  return out;
}

/** sed's replacement text in String.replace's language. */
function toJsReplacement(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '\\' && i + 1 < text.length) {
      const next = text[++i] ?? '';
      out += /[1-9]/.test(next) ? `$${next}` : next === 'n' ? '\n' : next === 't' ? '\t' : next === '$' ? '$$' : next;
    } else if (ch === '&') out += '$&';
    else if (ch === '$') out += '$$';
    else out += ch;
  }
  return out;
}

/** Reads up to the unescaped delimiter from `i`; returns the text and the index after it. */
function until(script: string, i: number, delim: string): [string, number] {
  let text = '';
  while (i < script.length && script[i] !== delim) {
    if (script[i] === '\\' && script[i + 1] === delim) {
      text += delim;
      i += 2;
    } else if (script[i] === '\\') {
      text += script.slice(i, i + 2);
      i += 2;
    } else text += script[i++];
  }
  if (i >= script.length) throw new SedError('unterminated `s\' command');
  return [text, i + 1];
}

export function parseSed(script: string, extended: boolean): SedCommand[] {
  const commands: SedCommand[] = [];
  let i = 0;
  while (i < script.length) {
    while (i < script.length && ' \t\n;'.includes(script[i] ?? '')) i++;
    if (i >= script.length) break;
    let [address, at] = readAddress(script, i, extended);
    i = at;
    let to: Address | undefined;
    if (address && script[i] === ',') {
      [to, at] = readAddress(script, i + 1, extended);
      if (!to) throw new SedError('unexpected `,\'');
      i = at;
    }
    const selector: Selector = to ? { address, to } : { address };
    const op = script[i++];
    if (op === 's') {
      const delim = script[i] ?? '/';
      const [re, a] = until(script, i + 1, delim);
      const [rep, b] = until(script, a, delim);
      const flags = /^[gpiI0-9]*/.exec(script.slice(b))?.[0] ?? '';
      i = b + flags.length;
      const ignoreCase = /[iI]/.test(flags);
      commands.push({
        ...selector, op: 's', re: new RegExp(toJsRegex(re, extended), `g${ignoreCase ? 'i' : ''}`), replacement: toJsReplacement(rep),
        global: flags.includes('g'), print: flags.includes('p'), nth: Number(/\d+/.exec(flags)?.[0] ?? '1'),
      });
    } else if (op === 'd' || op === 'p') commands.push({ ...selector, op });
    else throw new SedError(`unsupported command ${op ?? ''}`);
  }
  return commands;
}

/** An address at `i` (a line number, `$` or `/re/`), if there is one, and the index after it. */
function readAddress(script: string, i: number, extended: boolean): [Address | undefined, number] {
  const num = /^\d+/.exec(script.slice(i));
  if (num) return [{ kind: 'line', n: Number(num[0]) }, i + num[0].length];
  if (script[i] === '$') return [{ kind: 'last' }, i + 1];
  if (script[i] === '/') {
    const [re, next] = until(script, i + 1, '/');
    return [{ kind: 're', re: new RegExp(toJsRegex(re, extended)) }, next];
  }
  return [undefined, i];
}

/**
 * Whether a range command applies to line `n`: `open` holds the ranges in progress. A range
 * starts where its first address matches and ends on the line its second one matches (a line
 * number at or before the start ends it at once); `$` ends it on the last line.
 */
function inRange(c: Selector, to: Address, open: Set<Selector>, line: string, n: number, last: boolean): boolean {
  if (open.has(c)) {
    const ends = to.kind === 'line' ? n >= to.n : to.kind === 'last' ? last : to.re.test(line);
    if (ends) open.delete(c);
    return true;
  }
  if (!matches(c.address, line, n, last)) return false;
  const endsHere = to.kind === 'line' ? to.n <= n : to.kind === 'last' && last;
  if (!endsHere) open.add(c);
  return true;
}

function matches(address: Address | undefined, line: string, n: number, last: boolean): boolean {
  if (!address) return true;
  if (address.kind === 'line') return address.n === n;
  if (address.kind === 'last') return last;
  return address.re.test(line);
}

/** Runs the commands over `text`; `quiet` is -n. */
export function runSed(commands: readonly SedCommand[], text: string, quiet: boolean): string {
  const lines = text.split('\n');
  const trailing = text.endsWith('\n');
  if (trailing) lines.pop();
  let out = '';
  const open = new Set<Selector>();
  lines.forEach((original, idx) => {
    let line = original;
    const last = idx === lines.length - 1;
    for (const c of commands) {
      const to = c.to;
      const applies = to ? inRange(c, to, open, line, idx + 1, last) : matches(c.address, line, idx + 1, last);
      if (!applies) continue;
      if (c.op !== 's') {
        if (c.op === 'd') return;
        out += `${line}\n`;
        continue;
      }
      const sub = c;
      let count = 0;
      let replaced = false;
      line = line.replace(sub.re, (...m: unknown[]) => {
        count++;
        const whole = String(m[0]);
        if (!sub.global ? count !== sub.nth : count < sub.nth) return whole;
        replaced = true;
        const groups = m.slice(1, -2).map((g) => (g === undefined ? '' : String(g)));
        return sub.replacement.replace(/\$(\$|&|[1-9])/g, (_: string, k: string) => (k === '$' ? '$' : k === '&' ? whole : (groups[Number(k) - 1] ?? '')));
      });
      if (replaced && sub.print) out += `${line}\n`;
    }
    if (!quiet) out += `${line}${last && !trailing ? '' : '\n'}`;
  });
  return out;
}
