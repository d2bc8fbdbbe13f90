// `ctr images ls`: REF TYPE DIGEST SIZE PLATFORMS LABELS through tabwriter (1, 8, 1, ' '),
// every cell tab-terminated (rows end in padding). SIZE is the default platform's size,
// PLATFORMS every platform the index names, LABELS sorted k=v or "-". -q prints names only.

import { tabwriteRows } from '../../../cli/tabwriter';
import { logTo } from '../../../cli/logrus';
import { progressBytes } from '../../../cli/units';
import { formatPlatform } from '../../../oci/platform';
import { wrapf } from '../../../errdefs/errdefs';
import { rethrowInternal } from '../errors';
import { clientOf, type CtrCommand } from '../ctr-env';
import { formatLabels } from '../namespaces/label-args';
import { perTarget } from './per-target';

type Attempt<T> = { ok: true; value: T } | { ok: false; error: Error };

/** `compute`'s value, or the containerd error it threw (internal faults go on up). */
function attempt<T>(compute: () => T): Attempt<T> {
  try {
    return { ok: true, value: compute() };
  } catch (err) {
    rethrowInternal(err);
    return { ok: false, error: err as Error };
  }
}

/** image.Size's results, an internal fault in the walk going on up. */
function walkedSize(walked: { size: number; error?: unknown }): { size: number; error?: Error } {
  if (walked.error === undefined) return { size: walked.size };
  rethrowInternal(walked.error);
  return { size: walked.size, error: walked.error as Error };
}

function hasKeys(record: Readonly<Record<string, string>>): boolean {
  for (const _ in record) return true;
  return false;
}

export const listCommand: CtrCommand = {
  name: 'list',
  aliases: ['ls'],
  usage: 'list images known to containerd',
  argsUsage: '[flags] [<filter>, ...]',
  description: 'list images registered with containerd',
  flags: [{ names: ['quiet', 'q'], kind: 'bool', usage: 'print only the image refs' }],
  action: (c) => {
    const node = c.env.node;
    const { images: imageService } = clientOf(c);
    let images;
    try {
      images = imageService.list(c.args);
    } catch (err) {
      throw wrapf(err, 'failed to list images');
    }
    if (c.bool('quiet')) {
      c.io.stdout(images.map((i) => `${i.name}\n`).join(''));
      return;
    }
    const rows: string[][] = [['REF', 'TYPE', 'DIGEST', 'SIZE', 'PLATFORMS', 'LABELS', '']];
    // Size and platforms depend on the target only: one lookup per row gives both.
    const describe = perTarget(({ target }) => ({
      size: walkedSize(imageService.sizeSoFar(target)),
      platforms: attempt(() => {
        const names = [...new Set(imageService.platforms(target).map(formatPlatform))].sort();
        return names.length > 0 ? names.join(',') : '-';
      }),
    }));
    for (const image of images) {
      const { size, platforms } = describe(image);
      // The size walked before a missing blob stopped it is still printed (images.go @v1.6.20).
      if (size.error !== undefined) logTo(c.io, node.nowMs(), 'error', `failed calculating size for image ${image.name}`, { error: size.error.message });
      if (!platforms.ok) {
        logTo(c.io, node.nowMs(), 'error', `failed resolving platform for image ${image.name}`, { error: platforms.error.message });
      }
      const labels = hasKeys(image.labels) ? formatLabels(image.labels) : '-';
      rows.push([image.name, image.target.mediaType, image.target.digest, progressBytes(size.size), platforms.ok ? platforms.value : '-', labels, '']);
    }
    c.io.stdout(tabwriteRows(rows, { minwidth: 1, tabwidth: 8, padding: 1, padchar: ' ' }));
  },
};
