// ctr's main(): the one place an error becomes `ctr: <message>` on stderr and exit 1
// (cmd/ctr/main.go prints every error returned by app.Run that way), and the honest refusal for
// what is not simulated. The dial failure of a stopped daemon is the client library's (dial.ts).

import { UsageError } from '../../cli/urfave-exit';
import { FlagError } from '../../cli/flags';
import { NotSimulatedError } from '../../cli/not-simulated';
import { toolMain } from '../../cli/tool-main';
import { ContainerdError } from '../../errdefs/errdefs';
import { TarError } from '../../host/tar';
import { VfsError } from '../../host/vfs';

/** A plain client-side error whose message ctr prints as is (Go's errors.New in ctr). */
export class CtrError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CtrError';
  }
}

/**
 * True unless `err` is one of the typed failures the simulator throws on purpose (containerd's
 * errdefs, the VFS's errno errors, tar's, usage and flag errors, ctr's own). Anything else (a
 * TypeError from a damaged record, a plain Error) is a simulator bug: a catch that logs a
 * failure and goes on to the next item must rethrow it first, or the bug would print as a
 * realistic `level=error` line.
 */
export function isInternalFault(err: unknown): boolean {
  return !(
    err instanceof ContainerdError ||
    err instanceof VfsError ||
    err instanceof TarError ||
    err instanceof UsageError ||
    err instanceof FlagError ||
    err instanceof CtrError ||
    err instanceof NotSimulatedError
  );
}

/** Rethrows `err` when it is an internal fault; for the top of a per-item catch block. */
export function rethrowInternal(err: unknown): void {
  if (isInternalFault(err)) throw err;
}

/**
 * Prints `err` as ctr's main would (`ctr: <message>`, exit 1) and returns the exit code; a
 * simulator bug prints one internal-fault line instead. Never throws.
 */
export const printCtrError = toolMain('ctr', () => ({ kind: 'prefix', prefix: 'ctr: ' }));
