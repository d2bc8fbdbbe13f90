// Go's json.Marshal / MarshalIndent as nerdctl's output goes through them (simulator/go/json.ts):
// object keys in the order given (struct field order; maps sorted by the caller or marked),
// HTML characters escaped as Marshal does.

import { goJsonMarshal, goJsonMarshalIndent } from '../../../go/json';

export function goJsonIndent(value: unknown, indent: string): string {
  return goJsonMarshalIndent(value, '', indent);
}

/** json.Marshal: compact. */
export function goJson(value: unknown): string {
  return goJsonMarshal(value);
}
