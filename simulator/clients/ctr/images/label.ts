// `ctr images label <name> [k=v...]`: sets (or, with an empty value, clears) labels through
// field paths labels.<key> and prints the resulting set in Go map order. With no labels at all
// ctr sends an update without field paths and an empty target, so it fails with
// `Target.Digest "" invalid` — a real 1.6 quirk kept here.

import { clientOf, type CtrCommand } from '../ctr-env';
import { labelArgs } from '../namespaces/label-args';
import { goMapOrder } from './label-order';

export const labelCommand: CtrCommand = {
  name: 'label',
  usage: 'set and clear labels for an image',
  argsUsage: '[flags] <name> [<key>=<value>, ...]',
  description: 'set and clear labels for an image',
  flags: [{ names: ['replace-all', 'r'], kind: 'bool', usage: 'replace all labels' }],
  action: (c) => {
    const node = c.env.node;
    const [name = '', ...rest] = c.args;
    const labels = labelArgs(rest);
    let paths = Object.keys(labels).map((k) => `labels.${k}`);
    if (c.bool('replace-all')) paths = ['labels'];
    const updated = clientOf(c).images.update({ name, target: { mediaType: '', digest: '', size: 0 }, labels }, paths);
    c.io.stdout(`${goMapOrder(node, updated.labels).join(',')}\n`);
  },
};
