// containerd's filter language (filters/filter.go, parser.go): `field==value`, `field!=value`,
// `field~=regexp`, or a bare `field` for presence; field paths are dot-separated and may be
// quoted (`labels."io.cri-containerd.image"==managed`); `,` joins selectors with AND, and
// several filter arguments are ORed (ctr passes its arguments that way).

import { ContainerdError, invalidArgument } from '../../errdefs/errdefs';

/** Looks up a field path on an object; `present` false when the field does not exist. */
export type Adaptor = (fieldpath: readonly string[]) => { value: string; present: boolean };

type Operator = '==' | '!=' | '~=' | 'present';

interface Selector {
  fieldpath: string[];
  operator: Operator;
  value: string;
  re?: RegExp;
}

/** A compiled filter: true when the object (seen through its adaptor) matches. */
export type Filter = (adaptor: Adaptor) => boolean;

/** containerd's parse error: the offending character is marked, `[ab >|c|< de]`; none at the end. */
function parseError(input: string, pos: number, message: string): Error {
  const where = pos >= input.length ? `[${input}]` : `[${input.slice(0, pos)} >|${input[pos]}|< ${input.slice(pos + 1)}]`;
  return invalidArgument(`filters: parse error: ${where}: ${message}`);
}

function skipSpace(input: string, i: number): number {
  while (i < input.length && /\s/.test(input[i] ?? '')) i++;
  return i;
}

function readQuoted(input: string, pos: number): [string, number] {
  const quote = input[pos];
  let out = '';
  let i = pos + 1;
  while (i < input.length && input[i] !== quote) {
    if (input[i] === '\\' && i + 1 < input.length) {
      out += input[i + 1];
      i += 2;
      continue;
    }
    out += input[i];
    i++;
  }
  if (i >= input.length) throw parseError(input, pos, 'quoted literal not terminated');
  return [out, i + 1];
}

function parseSelector(input: string, start: number): [Selector, number] {
  const fieldpath: string[] = [];
  let i = skipSpace(input, start);
  for (;;) {
    if (input[i] === '"' || input[i] === "'" || input[i] === '`') {
      const [text, next] = readQuoted(input, i);
      fieldpath.push(text);
      i = next;
    } else {
      const m = /^[A-Za-z0-9_]+/.exec(input.slice(i));
      if (!m) throw parseError(input, i, 'expected field or quoted');
      fieldpath.push(m[0]);
      i += m[0].length;
    }
    if (input[i] !== '.') break;
    i++;
  }
  i = skipSpace(input, i);
  const op = input.slice(i, i + 2);
  if (op !== '==' && op !== '!=' && op !== '~=') {
    if (i < input.length && input[i] !== ',') throw parseError(input, i, 'expected an operator ("=="|"!="|"~=")');
    return [{ fieldpath, operator: 'present', value: '' }, i];
  }
  i = skipSpace(input, i + 2);
  let value: string;
  if (input[i] === '"' || input[i] === "'" || input[i] === '`') {
    [value, i] = readQuoted(input, i);
  } else {
    const m = /^[^,\s]+/.exec(input.slice(i));
    if (!m) throw parseError(input, i, 'expected value or quoted');
    value = m[0];
    i += value.length;
  }
  const selector: Selector = { fieldpath, operator: op, value };
  if (op === '~=') {
    try {
      selector.re = new RegExp(value);
    } catch {
      // ctr 1.6 reports no error for a bad regexp: the selector just matches nothing.
      selector.re = /(?!)/;
    }
  }
  return [selector, skipSpace(input, i)];
}

/** Parses one filter argument (selectors joined by ","). Throws invalidArgument. */
function parseOne(input: string): Selector[] {
  const selectors: Selector[] = [];
  let i = 0;
  while (i < input.length) {
    const [selector, next] = parseSelector(input, i);
    selectors.push(selector);
    i = next;
    if (i < input.length) {
      if (input[i] !== ',') throw parseError(input, i, 'expected a separator or EOF');
      i++;
      if (i >= input.length) throw parseError(input, i, 'expected field or quoted');
    }
  }
  return selectors;
}

function matches(selector: Selector, adaptor: Adaptor): boolean {
  const { value, present } = adaptor(selector.fieldpath);
  switch (selector.operator) {
    case 'present':
      return present;
    case '==':
      return present && value === selector.value;
    case '!=':
      return !present || value !== selector.value;
    case '~=':
      return present && (selector.re?.test(value) ?? false);
  }
}

/** filters.ParseAll: each argument ANDs its selectors; arguments are ORed. No args → match all. */
export function parseFilters(args: readonly string[]): Filter {
  const parsed = args.filter((a) => a !== '').map(parseOne);
  if (parsed.length === 0) return () => true;
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
