// encoding/json's Unmarshal of a scanned value into one of CRI's Go structs (Go 1.19
// decode.go), giving the simulator's runtime-v1.ts message: keys match json tags exactly or
// case-insensitively (so `logDirectory` is an unknown key and silently dropped), unknown keys
// and nulls are skipped, a duplicate key decodes into what the first one filled, and the first
// value of the wrong type fails with Go's UnmarshalTypeError text.

import { parseGoInt, parseGoUint } from '../../../go/strconv';
import { findField, goTypeName, type GoType } from './cri-go-types';
import type { GoJsonValue } from '../../../go/json-value';

/** A *json.UnmarshalTypeError, worded as Go's Error() words it. */
export class GoUnmarshalTypeError extends Error {}

interface ErrorContext {
  struct: string;
  fields: readonly string[];
}

function typeError(what: string, t: GoType, ctx: ErrorContext | undefined): never {
  const into = ctx ? `Go struct field ${ctx.struct}.${ctx.fields.join('.')}` : 'Go value';
  throw new GoUnmarshalTypeError(`json: cannot unmarshal ${what} into ${into} of type ${goTypeName(t)}`);
}

/** Go's name for a JSON value in an UnmarshalTypeError. */
function valueWord(v: GoJsonValue): string {
  return v.kind === 'bool' ? 'bool' : v.kind;
}

type Out = unknown;

function decode(v: GoJsonValue, t: GoType, prev: Out, ctx: ErrorContext | undefined): Out {
  if (v.kind === 'null') return prev;
  switch (t.kind) {
    case 'string':
      if (v.kind !== 'string') typeError(valueWord(v), t, ctx);
      return v.value;
    case 'bool':
      if (v.kind !== 'bool') typeError(valueWord(v), t, ctx);
      return v.value;
    case 'int': {
      if (v.kind !== 'number') typeError(valueWord(v), t, ctx);
      // Go parses the literal in base 10 for the field's own size: 1.0, 1e3 or -1 for a uint fail.
      const literal = v.literal;
      const decimal = /^-?\d+$/.test(literal) && !/^-?0\d/.test(literal);
      const parsed = !decimal ? undefined : t.unsigned ? parseGoUint(literal, t.bits) : parseGoInt(literal, t.bits);
      if (!parsed || !parsed.ok) typeError(`number ${literal}`, t, ctx);
      const n = parsed.value;
      if (t.enumNames) return t.enumNames[Number(n)] ?? Number(n);
      return t.bits === 64 ? n.toString() : Number(n);
    }
    case 'map': {
      if (v.kind !== 'object') typeError(valueWord(v), t, ctx);
      const out: Record<string, string> = { ...((prev as Record<string, string> | undefined) ?? {}) };
      const elem: GoType = { kind: 'string' };
      for (const [key, value] of v.entries) out[key] = (decode(value, elem, undefined, ctx) as string | undefined) ?? '';
      return out;
    }
    case 'slice': {
      if (v.kind !== 'array') typeError(valueWord(v), t, ctx);
      return v.items.map((item) => {
        const zero = t.elem.kind === 'string' ? '' : t.elem.kind === 'int' ? (t.elem.bits === 64 ? '0' : 0) : {};
        return decode(item, t.elem, undefined, ctx) ?? zero;
      });
    }
    case 'struct': {
      if (v.kind !== 'object') typeError(valueWord(v), t, ctx);
      const out: Record<string, unknown> = { ...((prev as Record<string, unknown> | undefined) ?? {}) };
      for (const [key, value] of v.entries) {
        const field = findField(t.fields, key);
        if (!field) continue;
        const inner: ErrorContext = { struct: t.name, fields: [...(ctx?.fields ?? []), field.tag] };
        const decoded = decode(value, field.type, out[field.name], inner);
        if (decoded !== undefined) out[field.name] = decoded;
      }
      return out;
    }
  }
}

/** json.Unmarshal(value, &<t>): the message, or GoUnmarshalTypeError. */
export function goUnmarshal(value: GoJsonValue, t: GoType): Record<string, unknown> {
  return (decode(value, t, undefined, undefined) as Record<string, unknown> | undefined) ?? {};
}
