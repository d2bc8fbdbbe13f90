// ctr checks its positional arguments before it calls the daemon: an empty one fails with
// `<what> must be provided`. The containers verbs (create, info, label) wrap
// errdefs.ErrInvalidArgument, so their text ends in `: invalid argument`; the tasks verbs, run,
// and containers checkpoint/restore return a bare error. Each caller passes the refusal its
// Go verb uses.

import { plain, type ContainerdError } from '../../errdefs/errdefs';
import type { CtrContext } from './ctr-env';

/** How a verb words its refusal of an empty argument. */
export type Refusal = (message: string) => ContainerdError;

/** `c.args[index]`; an empty or missing one throws `refuse("<what> must be provided")`. */
export function requiredArg(c: CtrContext, index: number, what: string, refuse: Refusal = plain): string {
  const value = c.args[index] ?? '';
  if (value === '') throw refuse(`${what} must be provided`);
  return value;
}
