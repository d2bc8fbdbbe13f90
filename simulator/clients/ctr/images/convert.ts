// `ctr images convert [--oci] [--uncompress] <src> <target>`: converts the default platform
// (or --platform / --all-platforms) and prints the new target digest.

import { plain } from '../../../errdefs/errdefs';
import { defaultMatcher, onlyPlatforms } from '../../../oci/platform';
import { parsePlatformFlag, quotedContext } from './platform-flag';
import { clientOf, type CtrCommand } from '../ctr-env';

const DESCRIPTION = `Convert an image format.

e.g., 'ctr convert --uncompress --oci example.com/foo:orig example.com/foo:converted'

Use '--platform' to define the output platform.
When '--all-platforms' is given all images in a manifest list must be available.
`;

export const convertCommand: CtrCommand = {
  name: 'convert',
  usage: 'convert an image',
  argsUsage: '[flags] <source_ref> <target_ref>',
  description: DESCRIPTION,
  flags: [
    { names: ['uncompress'], kind: 'bool', usage: 'convert tar.gz layers to uncompressed tar layers' },
    { names: ['oci'], kind: 'bool', usage: 'convert Docker media types to OCI media types' },
    { names: ['platform'], kind: 'stringSlice', usage: 'Pull content from a specific platform', value: [] },
    { names: ['all-platforms'], kind: 'bool', usage: 'exports content from all platforms' },
  ],
  action: (c) => {
    const [src = '', target = ''] = c.args;
    if (src === '' || target === '') throw plain('src and target image need to be specified');
    const platforms = c.stringSlice('platform');
    const matcher = c.bool('all-platforms') ? undefined : platforms.length > 0 ? onlyPlatforms(platforms.map((s) => parsePlatformFlag(s, quotedContext))) : defaultMatcher;
    const { images, leases } = clientOf(c);
    // converter.Convert (images/converter/converter.go @v1.6.20) takes its lease before it looks the source up.
    const image = leases.withLease(() => images.convert(images.get(src), target, { oci: c.bool('oci'), uncompress: c.bool('uncompress'), matcher }));
    c.io.stdout(`${image.target.digest}\n`);
  },
};
