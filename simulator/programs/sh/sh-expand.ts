// Word expansion for the inner shell: quote removal, parameters ($X, $?, $$, $#, $@, $0…$9 and
// every ${…} form: sh-param.ts), arithmetic $((…)) (sh-arith.ts) and command substitution $(…),
// with field splitting of unquoted results.

import { evaluateArithmetic } from './sh-arith';
import { expandParameter } from './sh-param';
import { ifsPieces } from './sh-ifs';
import { dollarQuoted } from './sh-dollar-quote';
import { backquoteEnd, nestedEnd } from './sh-scan';
import { ShExpansionError } from './sh-expansion-error';

export interface ExpandScope {
  /** Shell variable or environment value, undefined when unset. */
  get(name: string): string | undefined;
  /** Runs a command substitution and returns its stdout. */
  substitute(script: string): string;
  /** The positional parameters, for `"$@"` (one field each). */
  positional?(): string[];
  /** Pathname expansion: the paths a pattern matches, sorted; [] when none (the word stays). */
  glob?(pattern: string): string[];
  /** `set -u`: expanding an unset parameter is an error that ends the shell. */
  nounset?(): boolean;
  /** Sets a shell variable (arithmetic's =, +=, ++); without it such a word changes nothing. */
  assign?(name: string, value: string): void;
}

/** Where the `}` closing a `${` whose body starts at `from` is (nested ${…} and quotes skipped), or -1. */
function closingBrace(raw: string, from: number): number {
  let depth = 0;
  for (let k = from; k < raw.length; k++) {
    const c = raw[k];
    if (c === '\\') k++;
    else if (c === "'" || c === '"') {
      const close = raw.indexOf(c, k + 1);
      if (close < 0) return -1;
      k = close;
    } else if (c === '$' && raw[k + 1] === '{') {
      depth++;
      k++;
    } else if (c === '}') {
      if (depth === 0) return k;
      depth--;
    }
  }
  return -1;
}

/** Where the `))` closing the `$((` at `i` is, or -1 when it is not arithmetic (`$( (cmd) )`). */
function arithmeticEnd(raw: string, i: number): number {
  let depth = 0;
  for (let k = i + 3; k < raw.length; k++) {
    if (raw[k] === '(') depth++;
    else if (raw[k] === ')') {
      if (depth > 0) depth--;
      else return raw[k + 1] === ')' ? k : -1;
    }
  }
  return -1;
}

/**
 * Expands one raw word into fields (an unquoted empty expansion gives no field). `noSplit`: the
 * value of an assignment, where ash neither splits nor globs (`x=$(echo a; echo b)` keeps its newline).
 */
export function expandWord(raw: string, scope: ExpandScope, noSplit = false): string[] {
  const fields: string[] = [];
  let current = '';
  let hasContent = false; // a quoted empty string still makes a field
  const patterns = new Set<number>();
  // An unquoted expansion is split on $IFS (sh-ifs.ts): a piece a delimiter ends is a field
  // of its own, an empty one too when a non-white IFS character ended it.
  const ifs = scope.get('IFS') ?? ' \t\n';
  const pushSplit = (value: string): void => {
    if (noSplit) {
      current += value;
      return;
    }
    for (const piece of ifsPieces(value, ifs)) {
      current += piece.text;
      if (!piece.ended) continue;
      if (current !== '' || hasContent || piece.hard) fields.push(current);
      current = '';
      hasContent = false;
    }
  };
  let i = 0;
  // Tilde prefix (POSIX 2.6.1): an unquoted `~` alone or before `/` is $HOME, neither split nor globbed.
  const home = raw[0] === '~' && (raw.length === 1 || raw[1] === '/') ? scope.get('HOME') : undefined;
  if (home !== undefined) {
    current = home;
    hasContent = true;
    i = 1;
  }
  while (i < raw.length) {
    const ch = raw[i] ?? '';
    if (ch === '\\') {
      current += raw[i + 1] ?? '';
      hasContent = true;
      i += 2;
    } else if (ch === "'") {
      const end = raw.indexOf("'", i + 1);
      current += raw.slice(i + 1, end < 0 ? raw.length : end);
      hasContent = true;
      i = end < 0 ? raw.length : end + 1;
    } else if (ch === '"') {
      const contentBefore: boolean = hasContent;
      // `"$@"` alone with no parameters makes no field at all; anything else quoted makes one,
      // `""` too (so only a `$@` seen inside the quotes can take the field away).
      let onlyEmptyAt = false;
      hasContent = true;
      i++;
      while (i < raw.length && raw[i] !== '"') {
        const c = raw[i] ?? '';
        const at = c === '$' && scope.positional ? (raw.startsWith('$@', i) ? 2 : raw.startsWith('${@}', i) ? 4 : 0) : 0;
        if (at > 0 && scope.positional) {
          // "$@": each positional parameter is a field of its own (POSIX 2.5.2).
          const params = scope.positional();
          params.forEach((param, idx) => {
            if (idx > 0) {
              fields.push(current);
              current = '';
            }
            current += param;
          });
          onlyEmptyAt = params.length === 0 && (onlyEmptyAt || raw[i - 1] === '"');
          i += at;
          continue;
        }
        onlyEmptyAt = false;
        if (c === '\\' && '$`"\\\n'.includes(raw[i + 1] ?? '')) {
          current += raw[i + 1] ?? '';
          i += 2;
        } else if (c === '$') {
          const { value, next } = expandDollar(raw, i, scope);
          current += value;
          i = next;
        } else if (c === '`') {
          const { value, next } = backquoted(raw, i, scope);
          current += value;
          i = next;
        } else {
          current += c;
          i++;
        }
      }
      if (onlyEmptyAt && current === '') hasContent = contentBefore;
      i++;
    } else if (ch === '$' && raw[i + 1] === "'") {
      // $'…': ash's bash-compatible C-string quoting (backslash escapes, no expansion).
      const { text, next } = dollarQuoted(raw, i + 2);
      current += text;
      hasContent = true;
      i = next;
    } else if (ch === '`') {
      const { value, next } = backquoted(raw, i, scope);
      pushSplit(value);
      i = next;
    } else if (ch === '$') {
      const { value, next, literal } = expandDollar(raw, i, scope);
      if (literal) {
        current += value;
        hasContent = true;
      } else pushSplit(value);
      i = next;
    } else {
      // An unquoted *, ? or [ makes the field a pattern for pathname expansion.
      if ((ch === '*' || ch === '?' || ch === '[') && !noSplit) patterns.add(fields.length);
      current += ch;
      hasContent = true;
      i++;
    }
  }
  if (current !== '' || hasContent) fields.push(current);
  const glob = scope.glob;
  if (patterns.size === 0 || !glob) return fields;
  return fields.flatMap((field, idx) => {
    if (!patterns.has(idx)) return [field];
    const matches = glob(field);
    return matches.length > 0 ? matches : [field];
  });
}

/**
 * A here-document's body with its `$`-forms expanded: as between double quotes, except that a
 * `"` is just a character; a backslash escapes only `$`, a backquote, a backslash and a newline.
 */
export function expandHereText(body: string, scope: ExpandScope): string {
  let text = '';
  let k = 0;
  while (k < body.length) {
    const c = body[k] ?? '';
    if (c === '\\' && '$`\\\n'.includes(body[k + 1] ?? 'x')) {
      if (body[k + 1] !== '\n') text += body[k + 1];
      k += 2;
    } else if (c === '$') {
      const { value, next } = expandDollar(body, k, scope);
      text += value;
      k = next;
    } else {
      text += c;
      k++;
    }
  }
  return text;
}

/** A backquoted command's output (`\``, `\\` and `\$` unescaped inside), trailing newlines dropped. */
function backquoted(raw: string, i: number, scope: ExpandScope): { value: string; next: number } {
  const end = backquoteEnd(raw, i);
  const body = raw.slice(i + 1, raw[end - 1] === '`' ? end - 1 : end).replace(/\\([`\\$])/g, '$1');
  return { value: scope.substitute(body).replace(/\n+$/, ''), next: end };
}

/** The text of a `$((…))` with its `$`-forms expanded and nothing else touched. */
function expandArithmeticText(inner: string, scope: ExpandScope): string {
  let text = '';
  let k = 0;
  while (k < inner.length) {
    if (inner[k] === '$') {
      const { value, next } = expandDollar(inner, k, scope);
      text += value;
      k = next;
    } else text += inner[k++];
  }
  return text;
}

/** Expands the `$…` at `i`; `literal` when it was a lone `$`. */
function expandDollar(raw: string, i: number, scope: ExpandScope): { value: string; next: number; literal?: boolean } {
  const rest = raw.slice(i + 1);
  const arithEnd = rest.startsWith('((') ? arithmeticEnd(raw, i) : -1;
  if (arithEnd >= 0) {
    // The expression's own $-forms are expanded first; everything else stays as written (a quote
    // left there is ash's 'arithmetic syntax error', one inside a $(…) belongs to that command).
    const expanded = expandArithmeticText(raw.slice(i + 3, arithEnd), scope);
    const value = evaluateArithmetic(expanded, { get: (name) => scope.get(name), assign: (name, v) => scope.assign?.(name, v) });
    return { value: String(value), next: arithEnd + 2 };
  }
  if (rest.startsWith('(')) {
    // The command ends at its matching `)`, quotes and parentheses inside skipped (sh-scan.ts).
    const end = nestedEnd(raw, i);
    const output = scope.substitute(raw.slice(i + 2, end - 1));
    return { value: output.replace(/\n+$/, ''), next: end };
  }
  if (rest.startsWith('{')) {
    const end = closingBrace(raw, i + 2);
    const inner = raw.slice(i + 2, end < 0 ? raw.length : end);
    const next = end < 0 ? raw.length : end + 1;
    if (/^([A-Za-z_]\w*|[0-9]+)$/.test(inner)) return { value: plainValue(inner, scope), next };
    return {
      value: expandParameter(inner, {
        get: (name) => scope.get(name),
        assign: (name, value) => scope.assign?.(name, value),
        // The word after an operator: quotes removed and $-forms expanded, not split here.
        expandOperand: (word) => (/["'\\]/.test(word) ? expandWord(word, scope).join(' ') : expandWord(`"${word}"`, scope).join('')),
      }),
      next,
    };
  }
  const m = /^([A-Za-z_][A-Za-z0-9_]*|[0-9?$#@*!-])/.exec(rest);
  if (!m) return { value: '$', next: i + 1, literal: true };
  return { value: plainValue(m[1] ?? '', scope), next: i + 1 + (m[1] ?? '').length };
}

/** `$name` / `${name}`: its value, or under `set -u` ash's 'NAME: parameter not set' for an unset one. */
function plainValue(name: string, scope: ExpandScope): string {
  const value = scope.get(name);
  if (value === undefined && scope.nounset?.() && /^([A-Za-z_]\w*|[1-9]\d*)$/.test(name)) throw new ShExpansionError(`${name}: parameter not set`);
  return value ?? '';
}
