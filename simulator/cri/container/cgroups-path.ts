// The cgroupsPath the CRI plugin gives a sandbox's and a container's spec (containerd 1.6.20
// pkg/cri/server/helpers_linux.go getCgroupsPath): with the pod's cgroup_parent, a parent whose
// last element ends in .slice gives runc's systemd form `<slice>:cri-containerd:<id>` (whatever
// the cgroup driver), any other filepath.Join(parent, id); without one, containerd's default
// spec's /k8s.io/<id>. Recorded on the real plugin: config-sandbox-image.json.

import { normalizePath } from '../../host/vfs';

export function criCgroupsPath(parent: string | undefined, id: string): string {
  if (!parent) return `/k8s.io/${id}`;
  const trimmed = parent.replace(/\/+$/, '');
  const base = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  if (base.endsWith('.slice')) return `${base}:cri-containerd:${id}`;
  // filepath.Join cleans the result; a relative parent stays relative.
  const joined = normalizePath(`/${parent}/${id}`);
  return parent.startsWith('/') ? joined : joined.slice(1);
}
