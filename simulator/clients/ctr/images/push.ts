// `ctr images push <remote> [<local>]`: walks the local image, shows the upload display
// (rows `manifest-<tag>@sha256:…`, `config-…`, `layer-…`), checks the registry (DNS, TLS,
// credentials) with the first blob request, then uploads what the registry lacks.

import { plain, wrapf } from '../../../errdefs/errdefs';
import { onlyPlatforms } from '../../../oci/platform';
import { parsePlatformFlag, quotedContext } from './platform-flag';
import type { Descriptor } from '../../../oci/descriptor';
import { digestError } from '../../../oci/digest';
import { clientOf, type CtrCommand } from '../ctr-env';
import { playPushUpload, showPushWaiting } from './push-display';
import { registryFlags } from './registry-flags';
import { pushRemoteOptions } from './hosts-dir-flag';

const DESCRIPTION = `Pushes an image reference from containerd.

  All resources associated with the manifest reference will be pushed.
  The ref is used to resolve to a locally existing image manifest.
  The image manifest must exist before push. Creating a new image
  manifest can be done through calculating the diff for layers,
  creating the associated configuration, and creating the manifest
  which references those resources.
`;

export const pushCommand: CtrCommand = {
  name: 'push',
  usage: 'push an image to a remote',
  argsUsage: '[flags] <remote> [<local>]',
  description: DESCRIPTION,
  flags: [
    ...registryFlags,
    { names: ['manifest'], kind: 'string', usage: 'digest of manifest' },
    { names: ['manifest-type'], kind: 'string', usage: 'media type of manifest digest', value: 'application/vnd.oci.image.manifest.v1+json' },
    { names: ['platform'], kind: 'stringSlice', usage: 'push content from a specific platform', value: [] },
    { names: ['max-concurrent-uploaded-layers'], kind: 'int', usage: 'Set the max concurrent uploaded layers for each push', value: 0 },
    { names: ['allow-non-distributable-blobs'], kind: 'bool', usage: 'Allow pushing blobs that are marked as non-distributable' },
  ],
  action: async (c) => {
    const remote = c.args[0] ?? '';
    if (remote === '') throw plain('please provide a remote image reference to push');
    const local = c.args[1] ?? remote;
    const node = c.env.node;
    const { images, transfer } = clientOf(c);
    let target: Descriptor;
    const manifestDigest = c.string('manifest');
    if (manifestDigest !== '') {
      // push.go parses it first (digest.Parse).
      const invalid = digestError(manifestDigest);
      if (invalid) throw plain(`invalid manifest digest: ${invalid}`);
      target = { mediaType: c.string('manifest-type') || 'application/vnd.oci.image.manifest.v1+json', digest: manifestDigest, size: 0 };
    } else {
      try {
        target = images.get(local).target;
      } catch (err) {
        throw wrapf(err, 'unable to resolve image to manifest');
      }
      const platforms = c.stringSlice('platform');
      if (platforms.length === 1) target = images.manifest(target, onlyPlatforms(platforms.map((s) => parsePlatformFlag(s, quotedContext)))).descriptor;
    }
    const options = pushRemoteOptions(c, remote);
    const platforms = c.stringSlice('platform');
    const matcher = platforms.length > 0 ? onlyPlatforms(platforms.map((s) => parsePlatformFlag(s, quotedContext))) : undefined;
    const plan = transfer.planPush(target, matcher, c.bool('allow-non-distributable-blobs'));
    if (plan.error) {
      await showPushWaiting(c.io, plan.jobs);
      throw plan.error;
    }
    try {
      transfer.checkPush(remote, plan.firstBlob ?? target.digest, options);
    } catch (err) {
      // The failing request is the first blob's; only the rows listed by then are shown.
      const firstBlobAt = plan.jobs.findIndex((d) => d.digest === plan.firstBlob);
      await showPushWaiting(c.io, plan.jobs.slice(0, firstBlobAt + 1 || plan.jobs.length));
      throw err;
    }
    // Upload: each missing blob takes time by size; rows turn from waiting to uploading to done.
    await playPushUpload(c.io, node.state.random, plan.jobs, (digest) => transfer.remoteHasBlob(digest));
    transfer.commitPush(remote, target, plan.blobs);
  },
};
