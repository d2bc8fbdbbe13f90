// The schema of the whole node tree, put together from its parts' schemas: the host's
// (host/host-state.ts), containerd's records (containerd/metadata/schema.ts), the CRI
// plugin's (cri/store/schema.ts), dockerd's (dockerd/store/schema.ts) and the
// registries' (registry/registry-state.ts). The checks of a saved tree
// (shell/saved-state-check.ts) run it.

import { ContainerdStateSchema } from '../containerd/metadata/schema';
import { CriStateSchema } from '../cri/store/schema';
import { DockerdStateSchema } from '../dockerd/store/schema';
import { HostStateSchema } from '../host/host-state';
import { STATE_VERSION, type NodeState } from '../node';
import { RegistryStateSchema } from '../registry/registry-state';
import { MAX_CLOCK_OFFSET_MS, numIn, shape, uint32, v } from '../schema/kit';

export const NodeStateSchema = shape({
  version: v.literal(STATE_VERSION),
  random: shape({ s: uint32 }),
  clockOffsetMs: numIn(-MAX_CLOCK_OFFSET_MS, MAX_CLOCK_OFFSET_MS),
  host: HostStateSchema,
  containerd: ContainerdStateSchema,
  cri: CriStateSchema,
  dockerd: DockerdStateSchema,
  registries: RegistryStateSchema,
});

// node.ts puts NodeState together from the parts' types; this fails to compile the day the
// two disagree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const nodeAgrees: Same<Omit<v.InferOutput<typeof NodeStateSchema>, 'version'>, Omit<NodeState, 'version'>> = true;
void nodeAgrees;

