// runc's config validator (libcontainer/configs/validate, runc 1.1.5) refuses a hostname in a
// spec without a private UTS namespace. The CRI plugin writes the pod's hostname into the
// pause spec even for a host-network pod, whose UTS namespace is the node's, so
// RunPodSandbox fails at task creation and the sandbox is cleaned up (its name freed). The
// simulated runc (containerd/tasks/runc.ts) does not validate this yet; the plugin's task
// creation checks its own spec the same way meanwhile.

import { unknown } from '../../errdefs/errdefs';
import type { OciSpec } from '../../containerd/client/index';

/** Throws the shim's error for `spec` when runc would refuse its hostname. */
export function refuseHostnameWithoutUts(spec: OciSpec): void {
  const hostname = (spec as { hostname?: string }).hostname ?? '';
  const namespaces = (spec.linux as { namespaces?: Array<{ type: string }> } | undefined)?.namespaces ?? [];
  if (hostname === '' || namespaces.some((n) => n.type === 'uts')) return;
  throw unknown('failed to create shim task: OCI runtime create failed: runc create failed: unable to set hostname without a private UTS namespace');
}
