// Whether the containerd daemon runs. Its systemd unit (host/systemd.ts) is the one record of
// that; containerd's own state keeps no copy, so a save cannot hold the two disagreeing.

import { isActive } from '../host/systemd';
import type { Node } from '../node';

/** The systemd unit containerd runs as (containerd.service). */
export const CONTAINERD_UNIT = 'containerd';

/** True while the unit is active: the daemon answers on its socket and runs its timers. */
export function daemonRunning(node: Node): boolean {
  return isActive(node, CONTAINERD_UNIT);
}
