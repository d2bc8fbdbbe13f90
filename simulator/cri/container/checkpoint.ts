// CheckpointContainer as containerd 1.6.20 serves it: not at all. Its CRI service answers every
// request with codes.Unimplemented "method CheckpointContainer not implemented"
// (pkg/cri/server/container_checkpoint.go:28 at v1.6.20; checkpointing through CRI arrived with
// containerd 1.7's CRIU support), whatever the container. This is the real answer, not a stub.

import type { CheckpointRpcs } from '../api/services';
import { ContainerdError } from '../../errdefs/errdefs';

export function checkpointRpcs(): CheckpointRpcs {
  return {
    checkpointContainer: () => Promise.reject(new ContainerdError('not implemented', 'method CheckpointContainer not implemented')),
  };
}
