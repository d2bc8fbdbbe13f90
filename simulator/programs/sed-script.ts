// The part of sed's language Dockerfiles and learners use: `s/re/replacement/flags` (g, p, i,
// a number), `d` and `p`, each optionally after an address (a line number, `$` or `/re/`),
// commands separated by `;` or newlines. Regexes are POSIX BRE (or ERE with -E/-r), turned
// into JavaScript ones; the replacement takes `&` and `\1`…`\9` (GNU sed / busybox sed).

type Address = { kind: 'line'; n: number } | { kind: 'last' } | { kind: 're'; re: RegExp };

export type SedCommand =
  | { op: 's'; address?: Address; re: RegExp; replacement: string; global: boolean; print: boolean; nth: number }
  | { op: 'd' | 'p'; address?: Address };

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
    let address: Address | undefined;
    const num = /^\d+/.exec(script.slice(i));
    if (num) {
      address = { kind: 'line', n: Number(num[0]) };
      i += num[0].length;
    } else if (script[i] === '$') {
      address = { kind: 'last' };
      i++;
    } else if (script[i] === '/') {
      const [re, next] = until(script, i + 1, '/');
      address = { kind: 're', re: new RegExp(toJsRegex(re, extended)) };
      i = next;
    }
    const op = script[i++];
    if (op === 's') {
      const delim = script[i] ?? '/';
      const [re, a] = until(script, i + 1, delim);
      const [rep, b] = until(script, a, delim);
      const flags = /^[gpiI0-9]*/.exec(script.slice(b))?.[0] ?? '';
      i = b + flags.length;
      const ignoreCase = /[iI]/.test(flags);
      commands.push({
        op: 's', address, re: new RegExp(toJsRegex(re, extended), `g${ignoreCase ? 'i' : ''}`), replacement: toJsReplacement(rep),
        global: flags.includes('g'), print: flags.includes('p'), nth: Number(/\d+/.exec(flags)?.[0] ?? '1'),
      });
    } else if (op === 'd' || op === 'p') commands.push({ op, address });
    else throw new SedError(`unsupported command ${op ?? ''}`);
  }
  return commands;
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
  lines.forEach((original, idx) => {
    let line = original;
    const last = idx === lines.length - 1;
    for (const c of commands) {
      if (!matches(c.address, line, idx + 1, last)) continue;
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
