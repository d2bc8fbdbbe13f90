// A bug in the simulator must never look like the real tool's output, nor end the session:
// an exception JavaScript itself raised (TypeError, RangeError…) or a non-Error thrown value
// prints one clear line naming the tool and the fault, and the command exits 1.

import type { CommandIO } from './spec';

const INTERNAL_FAULT_EXIT_CODE = 1;

/** JavaScript's own error classes, or something thrown that is no Error: what a bug throws. */
export function isLanguageError(err: unknown): boolean {
  return (
    !(err instanceof Error) ||
    err instanceof TypeError ||
    err instanceof RangeError ||
    err instanceof ReferenceError ||
    err instanceof SyntaxError
  );
}

/** `<tool>: internal simulator error: TypeError: x is undefined`, first line of the message only. */
function internalFaultLine(tool: string, err: unknown): string {
  const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return `${tool}: internal simulator error: ${detail.split('\n')[0] ?? ''}\n`;
}

/** Prints the fault line on stderr and returns the exit code; never throws. */
export function reportInternalFault(tool: string, err: unknown, io: CommandIO): number {
  let line: string;
  try {
    line = internalFaultLine(tool, err);
  } catch {
    // A thrown value whose toString itself throws (a revoked proxy, a hostile object).
    line = `${tool}: internal simulator error\n`;
  }
  io.stderr(line);
  return INTERNAL_FAULT_EXIT_CODE;
}
