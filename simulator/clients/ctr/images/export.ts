// `ctr images export <out> <image>...`: writes an OCI archive (with a Docker manifest.json)
// of the default platform into the node's files; prints nothing. The output file is created
// before the images are looked up, so a missing image leaves an empty file behind.

import { plain } from '../../../errdefs/errdefs';
import { onlyPlatforms } from '../../../oci/platform';
import { parsePlatformFlag, quotedContext } from './platform-flag';
import { isVfsError, writeFile } from '../../../host/vfs';
import { clientOf, type CtrCommand, type CtrContext } from '../ctr-env';
import { hostPath } from './file-access';

const DESCRIPTION = `Export images to an OCI tar archive.

Tar output is formatted as an OCI archive, a Docker manifest is provided for the platform.
Use '--skip-manifest-json' to avoid including the Docker manifest.json file.
Use '--platform' to define the output platform.
When '--all-platforms' is given all images in a manifest list must be available.
`;

function create(c: CtrContext, out: string, content: string): void {
  try {
    writeFile(c.env.node.state.host.files, hostPath(c, out), content, { mode: 0o644, mtimeMs: c.env.node.nowMs() });
  } catch (err) {
    if (isVfsError(err)) throw plain(`open ${out}: ${err.message.replace(/^\S+ \S+: /, '')}`);
    throw err;
  }
}

export const exportCommand: CtrCommand = {
  name: 'export',
  usage: 'export images',
  argsUsage: '[flags] <out> <image> ...',
  description: DESCRIPTION,
  flags: [
    { names: ['skip-manifest-json'], kind: 'bool', usage: 'do not add Docker compatible manifest.json to archive' },
    { names: ['skip-non-distributable'], kind: 'bool', usage: 'do not add non-distributable blobs such as Windows layers to archive' },
    { names: ['platform'], kind: 'stringSlice', usage: 'Pull content from a specific platform', value: [] },
    { names: ['all-platforms'], kind: 'bool', usage: 'exports content from all platforms' },
  ],
  action: (c) => {
    const [out = '', ...refs] = c.args;
    if (out === '' || refs.length === 0) throw plain('please provide both an output filename and an image reference to export');
    const client = clientOf(c);
    const platforms = c.stringSlice('platform');
    const matcher = platforms.length > 0 ? onlyPlatforms(platforms.map((s) => parsePlatformFlag(s, quotedContext))) : undefined;
    if (out !== '-') create(c, out, '');
    const images = refs.map((ref) => client.images.get(ref));
    const archive = client.transfer.export(images, { allPlatforms: c.bool('all-platforms'), matcher, skipManifestJson: c.bool('skip-manifest-json') });
    if (out === '-') c.io.stdoutBytes(archive);
    else create(c, out, archive);
  },
};
