// The closed set of error classes containerd's services raise (github.com/containerd/errdefs).
// Services wrap a class with context; clients translate it to their tool's text at the edge and
// test the class with the is* predicates, never the message.

export type ErrClass =
  | 'unknown'
  | 'invalid argument'
  | 'not found'
  | 'already exists'
  | 'failed precondition'
  | 'unavailable'
  | 'aborted'
  | 'canceled'
  | 'deadline exceeded'
  // errdefs.ErrNotImplemented: what a service answers for an RPC it does not serve (containerd
  // 1.6's CRI for CheckpointContainer, checked on the real daemon); gRPC's Unimplemented.
  | 'not implemented';

/**
 * An error of one class. `message` is the full text as containerd formats it after wrapping,
 * e.g. `container "c1" in namespace "default": not found`.
 */
export class ContainerdError extends Error {
  readonly errClass: ErrClass;

  constructor(errClass: ErrClass, message: string) {
    // A Go error is a value, not a place in the code: services make one for every miss they
    // answer (an image pull's Create that finds the name taken, then Update), and capturing the
    // JavaScript stack through the awaits above cost more than the rest of that call.
    const errorType = Error as { stackTraceLimit?: number };
    const limit = errorType.stackTraceLimit;
    errorType.stackTraceLimit = 0;
    try {
      super(message);
    } finally {
      errorType.stackTraceLimit = limit;
    }
    this.errClass = errClass;
    this.name = 'ContainerdError';
  }
}

/** errdefs.ErrNotFound wrapped as Go's `fmt.Errorf("%s: %w", context, ErrNotFound)`. */
function wrap(errClass: ErrClass) {
  return (context?: string) =>
    new ContainerdError(errClass, context ? `${context}: ${errClass}` : errClass);
}

export const notFound = wrap('not found');
export const alreadyExists = wrap('already exists');
export const invalidArgument = wrap('invalid argument');
export const failedPrecondition = wrap('failed precondition');
/** containerd's "unknown" is what runc failures surface as (`...: unknown`). */
export const unknown = wrap('unknown');

/** An error whose text carries no class suffix (Go errors.New in the client). */
export function plain(message: string): ContainerdError {
  return new ContainerdError('unknown', message);
}

/** Adds context in front of an error, keeping its class (Go's errors.Wrap / %w). */
export function wrapf(err: unknown, context: string): unknown {
  if (err instanceof ContainerdError) return new ContainerdError(err.errClass, `${context}: ${err.message}`);
  return err;
}

const is = (c: ErrClass) => (err: unknown): boolean =>
  err instanceof ContainerdError && err.errClass === c;

export const isNotFound = is('not found');
export const isAlreadyExists = is('already exists');
export const isInvalidArgument = is('invalid argument');
export const isFailedPrecondition = is('failed precondition');
