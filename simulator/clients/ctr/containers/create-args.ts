// `ctr containers create` and `ctr run` read their positional arguments alike: `Image ID`, or
// with --config only `ID` (the spec file stands in for the image). They differ only in how an
// error is worded (create wraps errdefs.ErrInvalidArgument, run returns a bare error), so the
// caller passes its refusal.

import type { CtrContext } from '../ctr-env';
import { requiredArg, type Refusal } from '../required-arg';

export interface CreateArgs {
  /** --config was given: the container comes from a spec file, `ref` is empty. */
  config: boolean;
  /** The image reference (empty with --config). */
  ref: string;
  /** The new container's id, never empty. */
  id: string;
}

/** The image ref and container id, refused in ctr's order: extra args, then ref, then id. */
export function createArgs(c: CtrContext, refuse: Refusal): CreateArgs {
  const config = c.isSet('config');
  if (config) {
    if (c.args.length > 1) throw refuse('with spec config file, only container id should be provided');
    return { config, ref: '', id: requiredArg(c, 0, 'container id', refuse) };
  }
  const ref = requiredArg(c, 0, 'image ref', refuse);
  return { config, ref, id: requiredArg(c, 1, 'container id', refuse) };
}
