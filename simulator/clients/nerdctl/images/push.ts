// `nerdctl push` (cmd/nerdctl/push.go and pkg/imgutil/push/push.go@v0.22.2): without
// --all-platforms the image is first converted to a temporary `<ref>-tmp-reduced-platform`
// holding only the wanted platforms (INFO "pushing as a reduced-platform image (…)"), then
// pushed with ctr's upload display on stdout (tabwriter 1, 8, 1; redrawn every 100 ms) to the
// first push host dockerconfigresolver configures, and the temporary image deleted. A refused
// connection falls back to plain http with --insecure-registry, else logs the hint.

import { NotSimulatedError } from '../../../cli/not-simulated';
import { pushHost, type ImageRecord, type NamespacedClient, type RemoteOptions } from '../../../containerd/client/index';
import { wrapf } from '../../../errdefs/errdefs';
import type { Descriptor } from '../../../oci/descriptor';
import { onlyPlatforms, type PlatformMatcher } from '../../../oci/platform';
import { playPushUpload, showPushWaiting } from '../../ctr/images/push-display';
import { clientOf, globalOptions, type NerdctlCommand, type NerdctlContext } from '../nerdctl-env';
import { NERDCTL_DOCS } from './docs';
import { ociPlatforms } from './ensure-image';
import { domainOf, normalizeRef, parseRef } from './reference';
import { isHttpsFailure, registryHostsFor } from './resolver';

/** push.Push: the upload display while client.Push walks and sends the image. */
async function pushImage(c: NerdctlContext, client: NamespacedClient, localRef: string, remoteRef: string, matcher: PlatformMatcher, allowNonDist: boolean, remote: RemoteOptions): Promise<void> {
  let image: ImageRecord;
  try {
    image = client.images.get(localRef);
  } catch (err) {
    throw wrapf(err, 'unable to resolve image to manifest');
  }
  const target: Descriptor = image.target;
  const { transfer } = client;
  const plan = transfer.planPush(target, matcher, allowNonDist);
  if (plan.error) {
    await showPushWaiting(c.io, plan.jobs);
    throw plan.error;
  }
  try {
    transfer.checkPush(remoteRef, plan.firstBlob ?? target.digest, remote);
  } catch (err) {
    const firstBlobAt = plan.jobs.findIndex((d) => d.digest === plan.firstBlob);
    await showPushWaiting(c.io, plan.jobs.slice(0, firstBlobAt + 1 || plan.jobs.length));
    throw err;
  }
  await playPushUpload(c.io, c.env.node.state.random, plan.jobs, (digest) => transfer.remoteHasBlob(digest));
  transfer.commitPush(remoteRef, target, plan.blobs);
}

async function pushAction(c: NerdctlContext): Promise<void> {
  const rawRef = c.args[0] ?? '';
  const client = clientOf(c);
  const all = c.bool('all-platforms');
  const platformFlags = c.stringSlice('platform');
  if (rawRef.startsWith('ipfs://') || rawRef.startsWith('ipns://')) throw new NotSimulatedError('nerdctl push to IPFS', `${NERDCTL_DOCS}/ipfs.md`);
  const named = parseRef(rawRef);
  const ref = normalizeRef(rawRef);
  const domain = domainOf(named);
  const insecure = globalOptions(c).insecureRegistry;
  const matcher = all ? undefined : onlyPlatforms(ociPlatforms(false, platformFlags));
  if (c.bool('estargz')) throw new NotSimulatedError('nerdctl push --estargz', `${NERDCTL_DOCS}/stargz.md`);
  let pushRef = ref;
  let tmp: ImageRecord | undefined;
  if (!all) {
    pushRef = `${ref}-tmp-reduced-platform`;
    try {
      tmp = client.images.convert(client.images.get(ref), pushRef, { oci: false, uncompress: false, matcher });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (platformFlags.length === 0) throw new Error(`failed to create a tmp single-platform image ${JSON.stringify(pushRef)}: ${message}`);
      throw new Error(`failed to create a tmp reduced-platform image ${JSON.stringify(pushRef)} (platform=[${platformFlags.join(' ')}]): ${message}`);
    }
    c.env.log.info(`pushing as a reduced-platform image (${tmp.target.mediaType}, ${tmp.target.digest})`);
  }
  const allowNonDist = c.bool('allow-nondistributable-artifacts');
  try {
    if (insecure) c.env.log.warn(`skipping verifying HTTPS certs for ${JSON.stringify(domain)}`);
    const attempt = (plainHttp: boolean) => {
      const remote = pushHost(registryHostsFor(c, domain, { skipVerify: insecure, plainHttp })).remote;
      return pushImage(c, client, pushRef, ref, matcher, allowNonDist, remote);
    };
    try {
      await attempt(false);
    } catch (err) {
      if (!isHttpsFailure(err)) throw err;
      const message = (err as Error).message;
      if (!insecure) {
        c.env.log.error(`server ${JSON.stringify(domain)} does not seem to support HTTPS`, { error: message });
        c.env.log.info('Hint: you may want to try --insecure-registry to allow plain HTTP (if you are in a trusted network)');
        throw err;
      }
      c.env.log.warn(`server ${JSON.stringify(domain)} does not seem to support HTTPS, falling back to plain HTTP`, { error: message });
      await attempt(true);
    }
  } finally {
    if (tmp) client.images.delete(tmp.name, { synchronous: true });
  }
  const signer = c.string('sign');
  if (signer === 'cosign') throw new NotSimulatedError('nerdctl push --sign=cosign', `${NERDCTL_DOCS}/cosign.md`);
  if (signer !== 'none') throw new Error(`no signers found: ${signer}`);
}

export const pushCommand: NerdctlCommand = {
  name: 'push',
  argsUsage: 'NAME[:TAG]',
  usage: 'Push an image or a repository to a registry. Optionally specify "ipfs://" or "ipns://" scheme to push image to IPFS.',
  args: { min: 1, max: 1 },
  flags: [
    { names: ['platform'], kind: 'stringSlice', usage: 'Push content for a specific platform', value: [] },
    { names: ['all-platforms'], kind: 'bool', usage: 'Push content for all platforms' },
    { names: ['estargz'], kind: 'bool', usage: 'Convert the image into eStargz' },
    { names: ['ipfs-ensure-image'], kind: 'bool', usage: 'Ensure the entire contents of the image is locally available before push', value: true },
    { names: ['ipfs-address'], kind: 'string', usage: 'multiaddr of IPFS API (default uses $IPFS_PATH env variable if defined or local directory ~/.ipfs)' },
    { names: ['sign'], kind: 'string', usage: 'Sign the image (none|cosign', value: 'none' },
    { names: ['cosign-key'], kind: 'string', usage: 'Path to the private key file, KMS URI or Kubernetes Secret for --sign=cosign' },
    { names: ['allow-nondistributable-artifacts'], kind: 'bool', usage: 'Allow pushing images with non-distributable blobs' },
  ],
  action: pushAction,
};
