// `ctr images import`: read a docker-save or OCI archive from the node's files (or stdin with
// "-"), store and name its images, then unpack each, printing
// `unpacking <name> (<digest>)...done` — the one line per image ctr 1.6 prints.

import { plain } from '../../../errdefs/errdefs';
import { NotSimulatedError } from '../../../cli/not-simulated';
import { readTar } from '../../../host/tar';
import { archiveMembers } from '../../../oci/archive/read-archive';
import { digestTranslator, refTranslator } from '../../../containerd/client/index';
import { defaultMatcher, onlyPlatforms } from '../../../oci/platform';
import { logTo } from '../../../cli/logrus';
import { withPrecomputed } from '../../../host/native-codecs';
import { clientOf, type CtrCommand } from '../ctr-env';
import { snapshotterFlag, snapshotterOf } from '../snapshots/snapshotter-flag';
import { readHostFile } from './file-access';
import { parsePlatformFlag } from './platform-flag';

const DESCRIPTION = `Import images from a tar stream.
Implemented formats:
- oci.v1
- docker.v1.1
- docker.v1.2


For OCI v1, you may need to specify --base-name because an OCI archive may
contain only partial image references (tags without the base image name).
If no base image name is provided, a name will be generated as "import-%{yyyy-MM-dd}".

e.g.
  $ ctr images import --base-name foo/bar foobar.tar

If foobar.tar contains an OCI ref named "latest" and anonymous ref "sha256:deadbeef", the command will create
"foo/bar:latest" and "foo/bar@sha256:deadbeef" images in the containerd store.
`;

/** A docker save archive, as the importer tells it: manifest.json and no oci-layout. */
function isDockerArchive(bytes: string): boolean {
  let names: string[];
  try {
    names = readTar(bytes).map((e) => e.name.replace(/^\.\//, ''));
  } catch {
    return false;
  }
  return names.includes('manifest.json') && !names.includes('oci-layout');
}

export const importCommand: CtrCommand = {
  name: 'import',
  usage: 'import images',
  argsUsage: '[flags] <in>',
  description: DESCRIPTION,
  flags: [
    { names: ['base-name'], kind: 'string', usage: 'base image name for added images, when provided only images with this name prefix are imported' },
    { names: ['digests'], kind: 'bool', usage: 'whether to create digest images (default: false)' },
    { names: ['skip-digest-for-named'], kind: 'bool', usage: 'skip applying --digests option to images named in the importing tar (use it in conjunction with --digests)' },
    { names: ['index-name'], kind: 'string', usage: 'image name to keep index as, by default index is discarded' },
    { names: ['all-platforms'], kind: 'bool', usage: 'imports content for all platforms, false by default' },
    { names: ['platform'], kind: 'string', usage: 'imports content for specific platform' },
    { names: ['no-unpack'], kind: 'bool', usage: 'skip unpacking the images, false by default' },
    { names: ['compress-blobs'], kind: 'bool', usage: 'compress uncompressed blobs when creating manifest (Docker format only)' },
    snapshotterFlag,
  ],
  action: async (c) => {
    const node = c.env.node;
    const client = clientOf(c);
    const input = c.args[0] ?? '';
    let prefix = c.string('base-name');
    let translate = refTranslator(prefix, true);
    if (prefix === '') {
      prefix = `import-${new Date(node.nowMs()).toISOString().slice(0, 10)}`;
      translate = refTranslator(prefix, false);
    }
    if (c.bool('skip-digest-for-named') && !c.bool('digests')) throw plain('--skip-digest-for-named must be specified with --digests option');
    // ctr import parses --platform first, and words a bad one as platforms.Parse does.
    const platform = c.bool('all-platforms') ? '' : c.string('platform');
    const matcher = platform !== '' ? onlyPlatforms([parsePlatformFlag(platform)]) : defaultMatcher;
    const bytes = input === '-' ? c.io.stdin : readHostFile(c, input);
    if (c.bool('compress-blobs') && isDockerArchive(bytes)) {
      // resolveLayers gzips the uncompressed layers with Go's compress/gzip (importer.go:303):
      // the manifest's digest is that encoder's exact bytes, which are not reproduced here.
      throw new NotSimulatedError('ctr images import --compress-blobs of a docker archive', "containerd's ctr documentation (ctr images import --help)");
    }
    // Where the platform hashes and inflates only asynchronously (a browser), the archive's
    // layers are hashed and gunzipped natively first; reading and storing stay synchronous.
    // client.Import (import.go @v1.6.20) holds a lease while it reads the archive; its deletion
    // marks the store dirty, so the collector runs a moment later, also after a failed import.
    const images = await client.leases.withLease(() =>
      withPrecomputed(
        () => archiveMembers(bytes),
        () =>
          client.transfer.import(bytes, {
            refTranslator: translate,
            digestRef: c.bool('digests') ? digestTranslator(prefix) : undefined,
            skipDigestForNamed: c.bool('skip-digest-for-named'),
            indexName: c.string('index-name') || undefined,
            allPlatforms: c.bool('all-platforms'),
            matcher,
          }),
      ),
    );
    if (c.bool('no-unpack')) return;
    // The one debug line ctr 1.6's import logs (seen with `ctr --debug i import` on a real node).
    if (c.bool('debug')) logTo(c.io, node.nowMs(), 'debug', `unpacking ${images.length} images`);
    for (const image of images) {
      c.io.stdout(`unpacking ${image.name} (${image.target.digest})...`);
      // image.Unpack (image.go @v1.6.20) takes a lease of its own.
      client.leases.withLease(() => client.images.unpack(image, snapshotterOf(c), matcher));
      c.io.stdout('done\n');
    }
  },
};
