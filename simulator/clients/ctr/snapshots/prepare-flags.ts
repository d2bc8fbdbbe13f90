// What `snapshots prepare` and `snapshots view` share: their two flags, their `<key> [<parent>]`
// arguments and the way they print the new snapshot's mounts (mount commands for --target,
// then JSON for --mounts).

import type { FlagSpec } from '../../../cli/spec';
import type { Mount } from '../../../containerd/client/index';
import type { CtrContext } from '../ctr-env';
import { goJsonIndent } from '../go-json';
import { mountLine } from './mount-line';
import { showSubcommandHelp } from '../../../cli/show-help';

export const prepareFlags: readonly FlagSpec[] = [
  { names: ['target', 't'], kind: 'string', usage: 'mount target path, will print mount, if provided' },
  { names: ['mounts'], kind: 'bool', usage: 'Print out snapshot mounts as JSON' },
];

/** Prints what --target and --mounts ask for. */
function printMounts(c: CtrContext, mounts: readonly Mount[]): void {
  const target = c.string('target');
  if (target !== '') for (const m of mounts) c.io.stdout(`${mountLine(m, target)}\n`);
  if (c.bool('mounts')) {
    const body = mounts.map((m) => ({ Type: m.type, Source: m.source, Options: m.options }));
    c.io.stdout(`${goJsonIndent(body, '    ')}\n`);
  }
}

/**
 * The action of prepare and view: without a key, or with more than a key and a parent, it prints
 * the command's help (exit 0, as ctr does: `narg < 1 || narg > 2`); otherwise `create` makes the snapshot ("" parent for an empty one) and its mounts are
 * printed as the flags ask.
 */
export function createSnapshotAction(create: (c: CtrContext, key: string, parent: string) => Mount[]): (c: CtrContext) => void {
  return (c) => {
    const [key, parent = ''] = c.args;
    if (key === undefined || c.args.length > 2) return showSubcommandHelp(c);
    printMounts(c, create(c, key, parent));
  };
}
