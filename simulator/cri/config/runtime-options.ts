// The runtime options of a CRI container as its verbose status shows them.

import { type ContainerInfo, usesSystemdCgroup } from '../../containerd/client/index';

/**
 * A container's runtime options as the verbose status's runtimeOptions: encoding/json of
 * runcoptions.Options, whose fields are all omitempty ({} for the stock options, null without).
 */
export function runtimeOptionsInfo(container: Pick<ContainerInfo, 'runtime'>): Record<string, unknown> | null {
  if (!container.runtime.options) return null;
  return usesSystemdCgroup(container) ? { systemd_cgroup: true } : {};
}
