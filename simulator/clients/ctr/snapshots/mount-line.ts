// The line ctr prints for a mount (printMounts in cmd/ctr/commands/snapshots):
// `mount -t <type> <source> <target> -o <options>`.

import type { Mount } from '../../../containerd/client/index';

export function mountLine(m: Mount, target: string): string {
  return `mount -t ${m.type} ${m.source} ${target} -o ${m.options.join(',')}`;
}
