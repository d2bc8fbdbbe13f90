// `ctr content fetch <ref>`: the pull without unpacking — blobs and the image record, with
// the same transfer display.

import { DEFAULT_PLATFORM, onlyPlatforms } from '../../../oci/platform';
import { fetchContext, parsePlatformFlag } from '../images/platform-flag';
import { clientOf, type CtrCommand } from '../ctr-env';
import { fetchWithProgress } from '../images/fetch-progress';
import { registryFlags } from '../images/registry-flags';
import { labelArgs } from '../namespaces/label-args';

const DESCRIPTION = `Fetch an image into containerd.
  
This command ensures that containerd has all the necessary resources to build
an image's rootfs and convert the configuration to a runtime format supported
by containerd.

This command uses the same syntax, of remote and object, as 'ctr fetch-object'.
We may want to make this nicer, but agnostism is preferred for the moment.

Right now, the responsibility of the daemon and the cli aren't quite clear. Do
not use this implementation as a guide. The end goal should be having metadata,
content and snapshots ready for a direct use via the 'ctr run'.

Most of this is experimental and there are few leaps to make this work.`;

export const fetchCommand: CtrCommand = {
  name: 'fetch',
  usage: 'fetch all content for an image into containerd',
  argsUsage: '[flags] <remote> <object>',
  description: DESCRIPTION,
  flags: [
    ...registryFlags,
    { names: ['label'], kind: 'stringSlice', usage: 'labels to attach to the image', value: [] },
    { names: ['platform'], kind: 'stringSlice', usage: 'Pull content from a specific platform', value: [] },
    { names: ['all-platforms'], kind: 'bool', usage: 'pull content from all platforms' },
    { names: ['all-metadata'], kind: 'bool', usage: 'Pull metadata for all platforms' },
    { names: ['metadata-only'], kind: 'bool', usage: 'Pull all metadata including manifests and configs' },
  ],
  action: async (c) => {
    const ref = c.args[0] ?? '';
    const all = c.bool('all-platforms');
    const requested = all ? [] : c.stringSlice('platform').filter((s) => s !== '').map((s) => parsePlatformFlag(s, fetchContext));
    const matcher = all ? undefined : onlyPlatforms(requested.length > 0 ? requested : [DEFAULT_PLATFORM]);
    // client.Fetch (client.go @v1.6.20) holds a lease from after the platforms are parsed.
    await clientOf(c).leases.withLease(() => fetchWithProgress(c, ref, matcher, labelArgs(c.stringSlice('label'))));
  },
};
