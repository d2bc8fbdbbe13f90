// `ctr images pull` (1.6, the classic client-side path): fetch with the progress display —
// redrawn every 100 ms of simulated time on a terminal, only its last frame through a pipe —
// then `unpacking <platform> <digest>...` per platform and `done: <duration>\t`.

import { goDuration } from '../../../cli/units';
import { plain } from '../../../errdefs/errdefs';
import { DEFAULT_PLATFORM, formatPlatform, onlyPlatforms } from '../../../oci/platform';
import { fetchContext, parsePlatformFlag } from './platform-flag';
import type { Platform } from '../../../oci/descriptor';
import { randomInt } from '../../../host/random';
import { clientOf, type CtrCommand, type CtrContext } from '../ctr-env';
import { labelArgs } from '../namespaces/label-args';
import { snapshotterFlag, snapshotterOf } from '../snapshots/snapshotter-flag';
import { fetchWithProgress } from './fetch-progress';
import { registryFlags } from './registry-flags';

const DESCRIPTION = `Fetch and prepare an image for use in containerd.

After pulling an image, it should be ready to use the same reference in a run
command. As part of this process, we do the following:

1. Fetch all resources into containerd.
2. Prepare the snapshot filesystem with the pulled resources.
3. Register metadata for the image.
`;

export const pullCommand: CtrCommand = {
  name: 'pull',
  usage: 'pull an image from a remote',
  argsUsage: '[flags] <ref>',
  description: DESCRIPTION,
  flags: [
    ...registryFlags,
    snapshotterFlag,
    { names: ['label'], kind: 'stringSlice', usage: 'labels to attach to the image', value: [] },
    { names: ['platform'], kind: 'stringSlice', usage: 'Pull content from a specific platform', value: [] },
    { names: ['all-platforms'], kind: 'bool', usage: 'pull content and metadata from all platforms' },
    { names: ['all-metadata'], kind: 'bool', usage: 'Pull metadata for all platforms' },
    { names: ['print-chainid'], kind: 'bool', usage: 'Print the resulting image\'s chain ID' },
    { names: ['max-concurrent-downloads'], kind: 'int', usage: 'Set the max concurrent downloads for each pull', value: 0 },
  ],
  action: async (c) => {
    const ref = c.args[0] ?? '';
    if (ref === '') throw plain('please provide an image reference to pull');
    // ctr's pull takes a lease right after dialing (pull.go @v1.6.20) and holds it to the end.
    await clientOf(c).leases.withLease(() => pull(c, ref));
  },
};

async function pull(c: CtrContext, ref: string): Promise<void> {
  const node = c.env.node;
  const { images } = clientOf(c);
  const all = c.bool('all-platforms');
  // The fetch parses --platform unless --all-platforms; an empty value is passed over.
  const requested = all ? [] : c.stringSlice('platform').filter((s) => s !== '').map((s) => parsePlatformFlag(s, fetchContext));
  const matcher = all ? undefined : onlyPlatforms(requested.length > 0 ? requested : [DEFAULT_PLATFORM]);
  const fetched = await fetchWithProgress(c, ref, matcher, labelArgs(c.stringSlice('label')));
  let platforms: Platform[] = requested;
  if (all) platforms = images.platforms(fetched.image.target);
  if (platforms.length === 0) platforms = [DEFAULT_PLATFORM];
  let elapsedNs = 0;
  for (const platform of platforms) {
    c.io.stdout(`unpacking ${formatPlatform(platform)} ${fetched.image.target.digest}...\n`);
    const newLayers = fetched.jobs.filter((j) => !j.existed).reduce((n, j) => n + j.descriptor.size, 0);
    const resolved = images.unpack(fetched.image, snapshotterOf(c), onlyPlatforms([platform]));
    const ms = 2 + Math.round(newLayers / platforms.length / 40_000);
    elapsedNs += ms * 1_000_000 + randomInt(node.state.random, 0, 999_999);
    await c.io.pace(ms);
    if (c.bool('print-chainid')) c.io.stdout(`image chain ID: ${resolved.chainId}\n`);
  }
  c.io.stdout(`done: ${goDuration(elapsedNs)}\t\n`);
}
