// A JSON value as Go's encoding/json sees it before decoding into a struct: numbers keep their
// literal text (Go parses it per target type: `1.0` is no int32), objects keep their keys in
// order (a later duplicate key is decoded after, and into, the earlier one).

export type GoJsonValue =
  | { kind: 'object'; entries: Array<[string, GoJsonValue]> }
  | { kind: 'array'; items: GoJsonValue[] }
  | { kind: 'string'; value: string }
  | { kind: 'number'; literal: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'null' };
