// ctr's verbs that take several arguments and go on past a failure (rm of images, content,
// namespaces, containers and tasks; images check) share one pattern, Go's `exitErr`: each
// failure is logged at error level with the error as a field, the next argument is tried,
// and the first failure becomes the command's error once all of them were tried.

import { logTo } from '../../cli/logrus';
import type { CtrContext } from './ctr-env';
import { rethrowInternal } from './errors';

export interface FailureLog {
  /**
   * Logs `msg` with `error=<err's message>` at error level. The first call's `exitErr`
   * (default: `err` itself) is what `throwFirst` throws.
   */
  fail(err: unknown, msg: string, exitErr?: unknown): void;
  /** Throws the first failure's exit error; does nothing when nothing failed. */
  throwFirst(): void;
}

/** A failure log for one run of a command. */
export function failureLog(c: CtrContext): FailureLog {
  let first: { exitErr: unknown } | undefined;
  return {
    fail(err, msg, exitErr = err) {
      // A simulator bug is not a containerd error: it must not be dressed up as a log line.
      rethrowInternal(err);
      first ??= { exitErr };
      logTo(c.io, c.env.node.nowMs(), 'error', msg, { error: err instanceof Error ? err.message : String(err) });
    },
    throwFirst() {
      if (first) throw first.exitErr;
    },
  };
}
