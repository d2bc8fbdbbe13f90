// pflag's Value.Set for each flag kind: the parsed value, or the error text Go's strconv or time
// package gives, which pflag wraps as `invalid argument "x" for "-n, --last" flag: <text>`.

import { goQuote } from '../../go/quote';
import { parseGoFloat, parseGoInt, parseGoUint } from '../../go/strconv';
import { type FlagValue, GO_BOOLS, parseGoDuration } from '../flags';
import type { FlagKind } from '../spec';

export type SetResult = { value: FlagValue } | { error: string };

function numError(fn: string, raw: string, error: 'parse error' | 'value out of range'): { error: string } {
  const reason = error === 'parse error' ? 'invalid syntax' : 'value out of range';
  return { error: `strconv.${fn}: parsing ${goQuote(raw)}: ${reason}` };
}

function signed(raw: string, bits: number): SetResult {
  const r = parseGoInt(raw, bits);
  return r.ok ? { value: Number(r.value) } : numError('ParseInt', raw, r.error);
}

function unsigned(raw: string, bits: number): SetResult {
  const r = parseGoUint(raw, bits);
  return r.ok ? { value: Number(r.value) } : numError('ParseUint', raw, r.error);
}

/**
 * encoding/csv reading one record, as pflag's stringSlice does: commas split, a field in
 * double quotes may hold commas and doubled quotes. A stray quote is kept as text here where
 * Go would fail; no simulated command depends on that error.
 */
function readCsvRecord(text: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

/**
 * Parses one occurrence of a flag. `previous` is the value so far when the flag was already
 * given on this line: slices and arrays append to it, the first occurrence replaces the default.
 */
export function setFlagValue(kind: FlagKind, raw: string, previous: string[] | undefined): SetResult {
  switch (kind) {
    case 'bool':
      return raw in GO_BOOLS ? { value: GO_BOOLS[raw] ?? false } : { error: `strconv.ParseBool: parsing ${goQuote(raw)}: invalid syntax` };
    case 'int':
    case 'int64':
      return signed(raw, 64);
    case 'int32':
      return signed(raw, 32);
    case 'uint':
    case 'uint64':
      return unsigned(raw, 64);
    case 'uint16':
      return unsigned(raw, 16);
    case 'float64': {
      const r = parseGoFloat(raw);
      return r.ok ? { value: r.value } : numError('ParseFloat', raw, r.error);
    }
    case 'duration':
      // Go 1.19's wording for every malformed duration is close to this one; the unit-specific
      // variants (`missing unit`, `unknown unit`) are not told apart.
      return parseGoDuration(raw) === null ? { error: `time: invalid duration ${goQuote(raw)}` } : { value: raw };
    case 'stringSlice':
      // encoding/csv finds no record in an empty text and says so.
      return raw === '' ? { error: 'EOF' } : { value: [...(previous ?? []), ...readCsvRecord(raw)] };
    case 'stringArray':
      return { value: [...(previous ?? []), raw] };
    default:
      return { value: raw };
  }
}
