// `ctr snapshots ls`: KEY, PARENT, KIND of every snapshot in the snapshotter, in key order,
// through tabwriter (1, 8, 1, ' '). Arguments are ignored, as in ctr 1.6.

import { tabwrite } from '../../../cli/tabwriter';
import { ContainerdError, unknown } from '../../../containerd/errdefs';
import { validateRequestNamespace } from '../../../containerd/namespaces/namespaces';
import { checkSnapshotter, list } from '../../../containerd/snapshots/snapshots';
import { namespaceOf, type CtrCommand } from '../ctr-env';
import { snapshotterOf } from './snapshotter-flag';

/**
 * Walk is a stream: a namespace refused on the daemon side reaches ctr as a stream error,
 * which gRPC reports with code Unknown (`…: invalid argument: unknown`).
 */
export function streamNamespaceCheck(ns: string): void {
  try {
    validateRequestNamespace(ns);
  } catch (err) {
    throw err instanceof ContainerdError ? unknown(err.message) : err;
  }
}

export const listCommand: CtrCommand = {
  name: 'list',
  aliases: ['ls'],
  usage: 'list snapshots',
  action: (c) => {
    const snapshotter = snapshotterOf(c);
    checkSnapshotter(snapshotter);
    const ns = namespaceOf(c);
    streamNamespaceCheck(ns);
    let text = 'KEY\tPARENT\tKIND\t\n';
    for (const s of list(c.env.node, ns, snapshotter)) text += `${s.name}\t${s.parent}\t${s.kind}\t\n`;
    c.io.stdout(tabwrite(text, { minwidth: 1, tabwidth: 8, padding: 1, padchar: ' ' }));
  },
};
