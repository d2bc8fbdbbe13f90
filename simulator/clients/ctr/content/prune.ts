// `ctr content prune references`: drops the layer references (gc.ref.content.l.*, and the
// legacy numbered gc.ref.content.<n> but not .0) from every blob of the namespace, then creates
// and deletes a one-hour lease so the collector runs (synchronously unless --async) and takes
// the layer blobs nothing references any more. --dry logs what it would remove at debug level
// and changes no label; the lease round still happens. Follows containerd v1.6.20
// cmd/ctr/commands/content/prune.go:56-118.

import { logTo } from '../../../cli/logrus';
import { clientOf, type CtrCommand } from '../ctr-env';
import { contentLabelOrder } from '../images/label-order';

const LAYER_PREFIX = 'containerd.io/gc.ref.content.l.';
const CONTENT_PREFIX = 'containerd.io/gc.ref.content.';
const HOUR_MS = 60 * 60 * 1000;

/** prune.go isLayerLabel: a layer reference, or a legacy numbered one other than the config's 0. */
function isLayerLabel(key: string): boolean {
  if (key.startsWith(LAYER_PREFIX)) return true;
  if (!key.startsWith(CONTENT_PREFIX)) return false;
  const rest = key.slice(CONTENT_PREFIX.length);
  // unicode.IsDigit over every rune: an empty rest counts as an integer too.
  return /^\p{Nd}*$/u.test(rest) && rest !== '0';
}

const pruneReferencesCommand: CtrCommand = {
  name: 'references',
  usage: 'prunes preference labels from the content store (layers only by default)',
  flags: [
    { names: ['async'], kind: 'bool', usage: 'allow garbage collection to cleanup asynchronously' },
    { names: ['dry'], kind: 'bool', usage: 'just show updates without applying (enables debug logging)' },
  ],
  action: (c) => {
    const client = clientOf(c);
    const now = () => c.env.node.nowMs();
    const dry = c.bool('dry');
    if (dry) logTo(c.io, now(), 'debug', 'dry run, no changes will be applied');
    for (const info of client.content.list()) {
      // Go ranges over the label map after its gRPC round trip (label-order.ts): the real node
      // logs a manifest's l.1 before its l.0 about four times in five.
      const removed = contentLabelOrder(c.env.node, info.labels)
        .map((pair) => pair.slice(0, pair.indexOf('=')))
        .filter(isLayerLabel);
      if (dry) {
        for (const label of removed) logTo(c.io, now(), 'debug', 'Removing label', { digest: info.digest, label });
        continue;
      }
      if (removed.length === 0) continue;
      client.content.updateLabels(info.digest, Object.fromEntries(removed.map((k) => [k, ''])));
    }
    const lease = client.leases.create({ expiresMs: HOUR_MS });
    client.leases.delete(lease.id, { synchronous: !c.bool('async') });
  },
};

export const pruneCommand: CtrCommand = {
  name: 'prune',
  usage: 'prunes content from the content store',
  subcommands: [pruneReferencesCommand],
};
