// `nerdctl pull` (cmd/nerdctl/pull.go@v0.22.2): one reference, EnsureImage in mode "always".
// --unpack auto|true|false, --platform (a StringSlice: `amd64,arm64` allowed), --all-platforms,
// -q (no progress), --verify none|cosign (cosign is not on the node).

import { NotSimulatedError } from '../../../cli/not-simulated';
import { clientOf, type NerdctlCommand } from '../nerdctl-env';
import { NERDCTL_DOCS } from './docs';
import { ensureImage, ociPlatforms, parseBoolOrAuto } from './ensure-image';

export const pullCommand: NerdctlCommand = {
  name: 'pull',
  usage: 'Pull an image from a registry. Optionally specify "ipfs://" or "ipns://" scheme to pull image from IPFS.',
  args: { min: 1, max: 1 },
  flags: [
    { names: ['unpack'], kind: 'string', usage: 'Unpack the image for the current single platform (auto/true/false)', value: 'auto' },
    { names: ['platform'], kind: 'stringSlice', usage: 'Pull content for a specific platform', value: [] },
    { names: ['all-platforms'], kind: 'bool', usage: 'Pull content for all platforms' },
    { names: ['verify'], kind: 'string', usage: 'Verify the image (none|cosign)', value: 'none' },
    { names: ['cosign-key'], kind: 'string', usage: 'Path to the public key file, KMS, URI or Kubernetes Secret for --verify=cosign' },
    { names: ['quiet', 'q'], kind: 'bool', usage: 'Suppress verbose output' },
  ],
  action: async (c) => {
    const rawRef = c.args[0] ?? '';
    // newClient first (pull.go:75): a stopped containerd is the first thing reported.
    clientOf(c);
    const platforms = ociPlatforms(c.bool('all-platforms'), c.stringSlice('platform'));
    const unpack = parseBoolOrAuto(c.string('unpack'));
    const quiet = c.bool('quiet');
    if (rawRef.startsWith('ipfs://') || rawRef.startsWith('ipns://')) throw new NotSimulatedError('nerdctl pull from IPFS', `${NERDCTL_DOCS}/ipfs.md`);
    const verifier = c.string('verify');
    if (verifier === 'cosign') throw new NotSimulatedError('nerdctl pull --verify=cosign', `${NERDCTL_DOCS}/cosign.md`);
    if (verifier !== 'none') throw new Error(`no verifier found: ${verifier}`);
    c.env.log.debug('verification process skipped');
    await ensureImage(c, rawRef, platforms, 'always', unpack, quiet);
  },
};
