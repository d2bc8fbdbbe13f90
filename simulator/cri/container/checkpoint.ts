// CheckpointContainer as containerd 1.6.20 serves it: not at all. Its CRI service answers every
// request with codes.Unimplemented "method CheckpointContainer not implemented" (checkpointing
// through CRI arrived with containerd 1.7's CRIU support), whatever the container.

import type { CheckpointRpcs } from '../api/services';
import { ContainerdError } from '../../errdefs/errdefs';

export function checkpointRpcs(): CheckpointRpcs {
  return {
    checkpointContainer: () => Promise.reject(new ContainerdError('not implemented', 'method CheckpointContainer not implemented')),
  };
}
