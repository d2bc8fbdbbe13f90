// What crictl's inspect commands (inspect, inspecti, inspectp) share: the -o/-q/--template flags,
// and printing one inspected object as -o asks (json, yaml and go-template through
// outputStatusInfo, table as the command words it; container.go, image.go and sandbox.go @v1.26.0).

import type { CommandIO, FlagSpec } from '../../../cli/spec';
import { outputStatusInfo } from './output';

export const INSPECT_FLAGS: readonly FlagSpec[] = [
  { names: ['output', 'o'], kind: 'string', usage: 'Output format, One of: json|yaml|go-template|table' },
  { names: ['quiet', 'q'], kind: 'bool', usage: 'Do not show verbose information' },
  { names: ['template'], kind: 'string', usage: 'The template string is only used when output is go-template; The Template format is golang template' },
];

/** Go's %v of a map[string]string: map[k:v …], keys sorted (a nil map prints as map[]). */
export function goMapText(m: Readonly<Record<string, string>>): string {
  return `map[${Object.keys(m)
    .sort()
    .map((k) => `${k}:${m[k] ?? ''}`)
    .join(' ')}]`;
}

export interface Inspected {
  /** The object as JSON text (protobufObjectToJson or marshalMapInOrder). */
  status: () => string;
  /** The response's verbose map. */
  info: Readonly<Record<string, string>> | undefined;
  /** `-o table`'s text. */
  table: () => string;
  /** How an output error reads (outputStatusInfo's, and an unknown format's unless `badFormat`). */
  failed: (text: string) => Error;
  /** How `output option cannot be <format>` reads, where it is not wrapped as `failed`. */
  badFormat?: (text: string) => Error;
}

/** Prints one inspected object in `output` (-o) with `template` (--template). */
export function printInspected(io: CommandIO, output: string, template: string, x: Inspected): void {
  if (output === 'json' || output === 'yaml' || output === 'go-template') {
    try {
      outputStatusInfo(io, x.status(), x.info, output, template);
    } catch (err) {
      throw x.failed((err as Error).message);
    }
    return;
  }
  if (output !== 'table') throw (x.badFormat ?? x.failed)(`output option cannot be ${output}`);
  io.stdout(x.table());
}
