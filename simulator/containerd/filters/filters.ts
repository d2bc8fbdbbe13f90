// containerd's filter language (filters/parser.go, scanner.go, quote.go, filter.go at
// v1.6.20): `field==value`, `field!=value`, `field~=regexp`, or a bare `field` for presence;
// field paths are dot-separated and may be double-quoted (`labels."io.cri-containerd.image"`);
// values may be double-quoted, and a `~=` value may also be quoted with `/…/` or `|…|`
// (`name~=/nginx:/`); `,` joins selectors with AND, and several filter arguments are ORed
// (ctr passes its arguments that way). An empty argument matches everything.

import { ContainerdError, invalidArgument } from '../../errdefs/errdefs';
import { compileGoRegexp } from './go-regexp';
import { QuoteSyntaxError, unquote } from './quote';
import { EOF, FIELD, ILLEGAL, OPERATOR, QUOTED, SEPARATOR, Scanner, VALUE, bytesText } from './scanner';

/** Looks up a field path on an object; `present` false when the field does not exist. */
export type Adaptor = (fieldpath: readonly string[]) => { value: string; present: boolean };

type Operator = '==' | '!=' | '~=' | 'present';

interface Selector {
  fieldpath: string[];
  operator: Operator;
  value: string;
  /** A `~=` selector's compiled pattern; null when it does not compile (it then matches nothing). */
  re?: RegExp | null;
}

/** A compiled filter: true when the object (seen through its adaptor) matches. */
export type Filter = (adaptor: Adaptor) => boolean;

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const COMMA = 0x2c;
const DOT = 0x2e;

class Parser {
  private readonly bytes: Uint8Array;
  private readonly scanner: Scanner;

  constructor(private readonly input: string) {
    this.bytes = encoder.encode(input);
    this.scanner = new Scanner(this.bytes);
  }

  /** parseError.Error(): the byte at pos marked `>|c|<`; the whole input when pos is at the end. */
  private error(pos: number, message: string): Error {
    const b = this.bytes;
    const where =
      pos < b.length
        ? `[${bytesText(b, 0, pos)} >|${bytesText(b, pos, pos + 1)}|< ${bytesText(b, pos + 1)}]`
        : `[${this.input}]`;
    return invalidArgument(`filters: parse error: ${where}: ${message}`);
  }

  selectors(): Selector[] {
    const all = [this.selector()];
    for (;;) {
      const ch = this.scanner.peek();
      if (ch === EOF) return all;
      if (ch !== COMMA) throw this.error(this.scanner.ppos, `unexpected input: ${runeText(ch)}`);
      const sep = this.scanner.scan();
      if (sep.kind !== SEPARATOR) throw this.error(sep.pos, 'expected a separator');
      all.push(this.selector());
    }
  }

  private selector(): Selector {
    const fieldpath = this.fieldpath();
    const ch = this.scanner.peek();
    if (ch === COMMA || ch === EOF) return { fieldpath, operator: 'present', value: '' };
    const operator = this.operator();
    const value = this.value(operator === '~=');
    return { fieldpath, operator, value };
  }

  private fieldpath(): string[] {
    const path = [this.field()];
    while (this.scanner.peek() === DOT) {
      const sep = this.scanner.scan();
      if (sep.kind !== SEPARATOR) throw this.error(sep.pos, 'expected a field separator (`.`)');
      path.push(this.field());
    }
    return path;
  }

  private field(): string {
    const t = this.scanner.scan();
    if (t.kind === FIELD) return t.text;
    if (t.kind === QUOTED) return this.unquote(t.pos, false);
    if (t.kind === ILLEGAL) throw this.error(t.pos, this.scanner.err);
    throw this.error(t.pos, 'expected field or quoted');
  }

  private operator(): Operator {
    const t = this.scanner.scan();
    if (t.kind === OPERATOR) {
      if (t.text === '==' || t.text === '!=' || t.text === '~=') return t.text;
      throw this.error(t.pos, `unsupported operator ${JSON.stringify(t.text)}`);
    }
    if (t.kind === ILLEGAL) throw this.error(t.pos, this.scanner.err);
    throw this.error(t.pos, 'expected an operator ("=="|"!="|"~=")');
  }

  private value(allowAltQuotes: boolean): string {
    const t = this.scanner.scan();
    if (t.kind === VALUE || t.kind === FIELD) return t.text;
    if (t.kind === QUOTED) return this.unquote(t.pos, allowAltQuotes);
    if (t.kind === ILLEGAL) throw this.error(t.pos, this.scanner.err);
    throw this.error(t.pos, 'expected value or quoted');
  }

  /** The quoted token that starts at pos (it ends where the scanner stands). */
  private unquote(pos: number, allowAlts: boolean): string {
    const literal = this.bytes.subarray(pos, this.scanner.ppos);
    if (!allowAlts && literal[0] !== 0x27 && literal[0] !== 0x22) throw this.error(pos, 'invalid quote encountered');
    try {
      return decoder.decode(unquote(literal));
    } catch (err) {
      if (err instanceof QuoteSyntaxError) throw this.error(pos, `unquoting failed: ${err.message}`);
      throw err;
    }
  }
}

/** string(rune) of a peeked character (Go prints EOF's -1 as U+FFFD). */
function runeText(ch: number): string {
  return ch < 0 ? '\ufffd' : String.fromCodePoint(ch);
}

/** filters.Parse of one argument; throws invalidArgument. */
function parseOne(input: string): Selector[] {
  return new Parser(input).selectors();
}

function matches(selector: Selector, adaptor: Adaptor): boolean {
  const { value, present } = adaptor(selector.fieldpath);
  switch (selector.operator) {
    case 'present':
      return present;
    case '==':
      return present && value === selector.value;
    case '!=':
      // filter.go: `value != m.value` — a missing field reads as "" (so `labels.x!=""` keeps nothing without it).
      return value !== selector.value;
    case '~=':
      // Compiled on first use; a missing field is matched as "".
      if (selector.re === undefined) selector.re = compileGoRegexp(selector.value) ?? null;
      return selector.re !== null && selector.re.test(value);
  }
}

/** filters.ParseAll: each argument ANDs its selectors; arguments are ORed. No args → match all. */
export function parseFilters(args: readonly string[]): Filter {
  if (args.length === 0) return () => true;
  // filters.Parse("") is Always: an empty argument keeps every object.
  const parsed = args.map((a) => (a === '' ? [] : parseOne(a)));
  return (adaptor) => parsed.some((all) => all.every((s) => matches(s, adaptor)));
}

/** Field lookup in a label map: `labels.<key>` (the rest of the path joined with dots). */
export function labelField(labels: Readonly<Record<string, string>>, rest: readonly string[]): { value: string; present: boolean } {
  const key = rest.join('.');
  return Object.prototype.hasOwnProperty.call(labels, key) ? { value: labels[key] ?? '', present: true } : { value: '', present: false };
}

/**
 * The metadata stores' parse of a List request's filters: a malformed one is wrapped once
 * more as invalid argument (`errors.Wrap(errdefs.ErrInvalidArgument, err.Error())`), which
 * is why ctr then prints "invalid argument" twice.
 */
export function parseStoreFilters(args: readonly string[]): Filter {
  try {
    return parseFilters(args);
  } catch (err) {
    if (!(err instanceof ContainerdError)) throw err;
    throw new ContainerdError('invalid argument', `${err.message}: invalid argument`);
  }
}
