// ${…} parameter expansion as busybox ash does it (shell/ash.c subevalvar, varvalue): ${v},
// ${#v}, the defaults ${v-w} ${v:-w} ${v=w} ${v:=w} ${v+w} ${v:+w} ${v?w} ${v:?w}, the pattern
// removals ${v#p} ${v##p} ${v%p} ${v%%p}, replacement ${v/p/r} ${v//p/r} (1.35 has no /# or /%
// anchors: `#` is then part of the pattern) and substrings ${v:off} ${v:off:len} with
// arithmetic offsets (a negative length counts from the end). Checked against busybox 1.35.

import { evaluateArithmetic } from './sh-arith';
import { ShExpansionError } from './sh-expansion-error';
import { globSource } from './sh-pattern';

/** What a ${…} needs of the shell. */
export interface ParamScope {
  get(name: string): string | undefined;
  assign?(name: string, value: string): void;
  /** A word after an operator, expanded as in double quotes (quotes removed, $-forms expanded). */
  expandOperand(word: string): string;
}

const NAME = /^([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?$#@*!-])/;

/** The pattern of ${v#p} and friends: $-forms expanded first, glob characters kept. */
function patternOf(word: string, scope: ParamScope): RegExp {
  const raw = word.includes('$') ? scope.expandOperand(word) : word;
  return new RegExp(`^(?:${globSource(raw)})$`);
}

function removePattern(value: string, op: string, pattern: RegExp): string {
  const n = value.length;
  if (op === '#' || op === '##') {
    for (let k = op === '#' ? 0 : n; op === '#' ? k <= n : k >= 0; k += op === '#' ? 1 : -1) {
      if (pattern.test(value.slice(0, k))) return value.slice(k);
    }
    return value;
  }
  for (let k = op === '%' ? n : 0; op === '%' ? k >= 0 : k <= n; k += op === '%' ? -1 : 1) {
    if (pattern.test(value.slice(k))) return value.slice(0, k);
  }
  return value;
}

/** ${v/p/r} (the first, longest match) and ${v//p/r} (every one, left to right). */
function replacePattern(value: string, all: boolean, pattern: RegExp, replacement: string): string {
  let out = '';
  let i = 0;
  let replaced = false;
  while (i <= value.length) {
    let end = -1;
    if (!replaced || all) {
      for (let k = value.length; k > i; k--) {
        if (pattern.test(value.slice(i, k))) {
          end = k;
          break;
        }
      }
    }
    if (end > i) {
      out += replacement;
      i = end;
      replaced = true;
      continue;
    }
    if (i < value.length) out += value[i];
    i++;
  }
  return out;
}

/** Splits `p/r` at the first `/` not escaped by a backslash. */
function splitReplacement(rest: string): [string, string] {
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '\\') i++;
    else if (rest[i] === '/') return [rest.slice(0, i), rest.slice(i + 1)];
  }
  return [rest, ''];
}

function substring(value: string, spec: string, scope: ParamScope): string {
  const arith = { get: (n: string) => scope.get(n), assign: (n: string, v: string) => scope.assign?.(n, v) };
  const colon = spec.indexOf(':');
  const offsetText = colon < 0 ? spec : spec.slice(0, colon);
  let offset = Number(evaluateArithmetic(offsetText, arith));
  if (offset < 0) offset = Math.max(0, value.length + offset);
  if (colon < 0) return value.slice(offset);
  const length = Number(evaluateArithmetic(spec.slice(colon + 1), arith));
  const end = length < 0 ? value.length + length : offset + length;
  return end <= offset ? '' : value.slice(offset, end);
}

/** The value of `${inner}`. Throws ShExpansionError for ${v?} and ${v:?w} of an unset v. */
export function expandParameter(inner: string, scope: ParamScope): string {
  const length = /^#([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[@*])$/.exec(inner);
  // Debian's busybox-static has no UNICODE_SUPPORT: the length is in bytes (`w=héllo; ${#w}` is 6).
  if (length) return String(new TextEncoder().encode(scope.get(length[1] ?? '') ?? '').length);
  const m = NAME.exec(inner);
  if (!m) throw new ShExpansionError(`syntax error: bad substitution`);
  const name = m[1] ?? '';
  const rest = inner.slice(name.length);
  const value = scope.get(name);
  if (rest === '') return value ?? '';
  const op = /^(:?[-=+?]|##?|%%?|\/\/?|:)/.exec(rest)?.[1];
  if (op === undefined) throw new ShExpansionError(`syntax error: bad substitution`);
  const word = rest.slice(op.length);
  if (op === ':') return substring(value ?? '', word, scope);
  if (op.endsWith('-') || op.endsWith('=') || op.endsWith('+') || op.endsWith('?')) {
    // With the colon an empty value counts as unset (${A:-w}); without it only unset does (${A-w}).
    const set = op.startsWith(':') ? !!value : value !== undefined;
    const kind = op.slice(-1);
    if (kind === '+') return set ? scope.expandOperand(word) : '';
    if (set) return value ?? '';
    if (kind === '?') throw new ShExpansionError(`${name}: ${word === '' ? 'parameter not set' : scope.expandOperand(word)}`);
    const fallback = scope.expandOperand(word);
    if (kind === '=') scope.assign?.(name, fallback);
    return fallback;
  }
  if (op === '/' || op === '//') {
    const [pattern, replacement] = splitReplacement(word);
    if (pattern === '') return value ?? '';
    return replacePattern(value ?? '', op === '//', patternOf(pattern, scope), scope.expandOperand(replacement));
  }
  return removePattern(value ?? '', op, patternOf(word, scope));
}
