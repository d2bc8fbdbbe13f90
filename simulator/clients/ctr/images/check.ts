// `ctr images check`: for each image, are the default platform's config and layers present,
// and is it unpacked? REF TYPE DIGEST STATUS SIZE UNPACKED (1, 8, 1, ' '); the header ends
// with a tab, rows do not, so only the header has trailing padding. -q prints only the refs
// that are complete and unpacked.

import { tabwrite } from '../../../cli/tabwriter';
import { logTo } from '../../../cli/logrus';
import { progressBytes } from '../../../cli/units';
import { ContainerdError, isNotFound, plain } from '../../../errdefs/errdefs';
import { parseFilters } from '../../../containerd/filters/filters';
import { imageAdaptor } from '../../../containerd/images/image-filters';
import { listImages } from '../../../containerd/images/image-store';
import { checkImage, type CheckResult } from '../../../containerd/images/image-walk';
import { checkUnpacked } from '../../../containerd/images/unpack';
import { rethrowInternal } from '../errors';
import { namespaceOf, type CtrCommand } from '../ctr-env';
import { failureLog } from '../failure-log';
import { snapshotterFlag, snapshotterOf } from '../snapshots/snapshotter-flag';
import { perTarget } from './per-target';
import type { ImageRecord } from '../../../containerd/metadata/schema';

const sum = (list: CheckResult['present']): number => list.reduce((n, d) => n + d.size, 0);

export const checkCommand: CtrCommand = {
  name: 'check',
  usage: 'check existing images to ensure all content is available locally',
  argsUsage: '[flags] [<filter>, ...]',
  description: 'check existing images to ensure all content is available locally',
  flags: [{ names: ['quiet', 'q'], kind: 'bool', usage: 'print only the ready image refs (fully downloaded and unpacked)' }, snapshotterFlag],
  action: (c) => {
    const node = c.env.node;
    const ns = namespaceOf(c);
    const quiet = c.bool('quiet');
    let filter;
    try {
      filter = parseFilters(c.args);
    } catch (err) {
      throw new ContainerdError('invalid argument', `failed listing images: ${(err as Error).message}: invalid argument`);
    }
    const images = listImages(node, ns).filter((i) => filter(imageAdaptor(i)));
    // ctr 1.6 writes nothing at all, not even the header, when no image matches.
    if (images.length === 0) return;
    const failures = failureLog(c);
    const snapshotter = snapshotterOf(c);
    const checkTarget = perTarget(({ target }) => checkImage(node, ns, target));
    // checkUnpacked resolves the image through its target alone.
    const unpackedTarget = perTarget((image: ImageRecord) => checkUnpacked(node, ns, image, snapshotter));
    let text = quiet ? '' : 'REF\tTYPE\tDIGEST\tSTATUS\tSIZE\tUNPACKED\t\n';
    for (const image of images) {
      let status = 'complete';
      let size: string;
      let complete = true;
      let result: CheckResult | undefined;
      try {
        result = checkTarget(image);
      } catch (err) {
        rethrowInternal(err);
        const msg = isNotFound(err) ? `image ${JSON.stringify(image.name)} not found` : `unable to check ${image.name}`;
        logTo(c.io, node.nowMs(), 'error', msg, { error: (err as Error).message });
      }
      if (result) {
        if (result.missing.length > 0) {
          status = 'incomplete';
          complete = false;
        }
        if (result.available) {
          status += ` (${result.present.length}/${result.required.length})`;
          size = `${progressBytes(sum(result.present))}/${progressBytes(sum(result.required))}`;
        } else {
          status = `unavailable (${result.present.length}/?)`;
          size = `${progressBytes(sum(result.present))}/?`;
          complete = false;
        }
      } else {
        status = 'error';
        size = '-';
        complete = false;
      }
      let unpacked = false;
      try {
        unpacked = unpackedTarget(image);
      } catch (err) {
        rethrowInternal(err);
        const msg = `unable to check unpack for ${image.name}`;
        failures.fail(err, msg, plain(`${msg}: ${(err as Error).message}`));
      }
      if (quiet) {
        if (complete && unpacked) text += `${image.name}\n`;
        continue;
      }
      text += `${image.name}\t${image.target.mediaType}\t${image.target.digest}\t${status}\t${size}\t${unpacked}\n`;
    }
    c.io.stdout(quiet ? text : tabwrite(text, { minwidth: 1, tabwidth: 8, padding: 1, padchar: ' ' }));
    failures.throwFirst();
  },
};
