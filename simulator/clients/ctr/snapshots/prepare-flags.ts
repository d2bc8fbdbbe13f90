// What `snapshots prepare` and `snapshots view` share: their two flags and the way they print
// the new snapshot's mounts (mount commands for --target, then JSON for --mounts).

import type { FlagSpec } from '../../../cli/spec';
import type { Mount } from '../../../containerd/snapshots/snapshots';
import { mountCommand } from '../../../containerd/snapshots/snapshots';
import type { CtrContext } from '../ctr-env';
import { goJsonIndent } from './go-json';

export const prepareFlags: readonly FlagSpec[] = [
  { names: ['target', 't'], kind: 'string', usage: 'mount target path, will print mount, if provided' },
  { names: ['mounts'], kind: 'bool', usage: 'Print out snapshot mounts as JSON' },
];

/** Prints what --target and --mounts ask for. */
export function printMounts(c: CtrContext, mounts: readonly Mount[]): void {
  const target = c.string('target');
  if (target !== '') for (const m of mounts) c.io.stdout(`${mountCommand(m, target)}\n`);
  if (c.bool('mounts')) {
    const body = mounts.map((m) => ({ Type: m.type, Source: m.source, Options: m.options }));
    c.io.stdout(`${goJsonIndent(body, '    ')}\n`);
  }
}
