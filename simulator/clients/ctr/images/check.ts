// `ctr images check`: for each image, are the default platform's config and layers present,
// and is it unpacked? REF TYPE DIGEST STATUS SIZE UNPACKED (1, 8, 1, ' '); the header ends
// with a tab, rows do not, so only the header has trailing padding. -q prints the refs whose
// content is complete.

import { tabwrite } from '../../../cli/tabwriter';
import { logTo } from '../../../cli/logrus';
import { progressBytes } from '../../../cli/units';
import { isNotFound, plain, wrapf } from '../../../errdefs/errdefs';
import type { ImageCheckResult as CheckResult, ImageRecord } from '../../../containerd/client/index';
import { rethrowInternal } from '../errors';
import { clientOf, type CtrCommand } from '../ctr-env';
import { failureLog } from '../failure-log';
import { snapshotterFlag, snapshotterOf } from '../snapshots/snapshotter-flag';
import { perTarget } from './per-target';

const sum = (list: CheckResult['present']): number => list.reduce((n, d) => n + d.size, 0);

export const checkCommand: CtrCommand = {
  name: 'check',
  usage: 'check existing images to ensure all content is available locally',
  argsUsage: '[flags] [<filter>, ...]',
  description: 'check existing images to ensure all content is available locally',
  flags: [{ names: ['quiet', 'q'], kind: 'bool', usage: 'print only the ready image refs (fully downloaded and unpacked)' }, snapshotterFlag],
  action: (c) => {
    const node = c.env.node;
    const { images: imageService } = clientOf(c);
    const quiet = c.bool('quiet');
    let images;
    try {
      images = imageService.list(c.args);
    } catch (err) {
      throw wrapf(err, 'failed listing images');
    }
    // ctr 1.6 writes nothing at all, not even the header, when no image matches.
    if (images.length === 0) return;
    const failures = failureLog(c);
    const snapshotter = snapshotterOf(c);
    const checkTarget = perTarget(({ target }) => imageService.check(target));
    // isUnpacked resolves the image through its target alone.
    const unpackedTarget = perTarget((image: ImageRecord) => imageService.isUnpacked(image, snapshotter));
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
        // Whatever its help says, -q looks at the content alone (images.go:300): unpacked or not.
        if (complete) text += `${image.name}\n`;
        continue;
      }
      text += `${image.name}\t${image.target.mediaType}\t${image.target.digest}\t${status}\t${size}\t${unpacked}\n`;
    }
    c.io.stdout(quiet ? text : tabwrite(text, { minwidth: 1, tabwidth: 8, padding: 1, padchar: ' ' }));
    failures.throwFirst();
  },
};
