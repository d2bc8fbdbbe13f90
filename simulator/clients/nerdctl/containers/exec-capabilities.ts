// setExecCapabilities (cmd/nerdctl/exec_linux.go@v0.22.2) for `nerdctl exec --privileged`: the
// exec's process spec, a copy of the container's, gets cap.Current() — the capabilities of
// nerdctl itself, root on the node: every one the kernel knows — as its bounding, permitted,
// inheritable and effective sets. Its ambient set stays the container's (moby's exec does the same).

import { KERNEL_CAPABILITIES } from '../../../host/kernel-capabilities';
import type { ProcessCapabilities } from '../../../containerd/client/index';

export function privilegedExecCapabilities(containerCaps: ProcessCapabilities | undefined): ProcessCapabilities {
  const all = [...KERNEL_CAPABILITIES];
  return { ...containerCaps, bounding: all, permitted: all, inheritable: all, effective: all };
}
