// `crictl images [REPOSITORY[:TAG]]` (aliases image, img; cmd/crictl/image.go:124-231 @v1.26.0).
// The argument goes to the runtime as ListImages' filter, which containerd 1.6 ignores, so
// `crictl image list` lists every image under the header. Table (20,1,3): one row per tag,
// 13-character ids, sizes as HumanSizeWithPrecision(3); -q the full ids; -v blocks.

import { tabwriteRows } from '../../../cli/tabwriter';
import { humanSizeWithPrecision } from '../../../cli/units';
import type { Image } from '../../../cri/index';
import { imageServiceOf, wrapRpc, type CrictlCommand } from '../crictl-env';
import { sortImagesByRef, truncatedId, wrapperText } from './image-ids';
import { printedQuietOrVerbose, TABLE } from '../containers/shared';
import { printProtobuf } from '../output/index';
import { gogoString } from '../output/gogo-string';

/** normalizeRepoDigest (image.go:570-579): the name and digest of the first repo digest. */
function repoDigestPair(repoDigests: readonly string[]): [string, string] {
  const first = repoDigests[0];
  if (first === undefined) return ['<none>', '<none>'];
  const parts = first.split('@');
  return parts.length === 2 ? [parts[0] ?? '', parts[1] ?? ''] : ['errorName', 'errorRepoDigest'];
}

/** normalizeRepoTagPair (image.go:549-568): [repository, tag] per tag, `<none>` when untagged. */
function repoTagPairs(repoTags: readonly string[], imageName: string): Array<[string, string]> {
  if (repoTags.length === 0) return [[imageName, '<none>']];
  return repoTags.map((tag) => {
    const i = tag.lastIndexOf(':');
    if (i === -1) return ['errorRepoTag', 'errorRepoTag'];
    const name = tag.slice(0, i);
    return [name === '<none>' ? imageName : name, tag.slice(i + 1)];
  });
}

function verboseBlock(image: Image): string {
  let out = `ID: ${image.id}\n`;
  for (const tag of image.repoTags) out += `RepoTags: ${tag}\n`;
  for (const digest of image.repoDigests) out += `RepoDigests: ${digest}\n`;
  if (image.size !== '0') out += `Size: ${image.size}\n`;
  if (image.uid !== undefined) out += `Uid: ${wrapperText('Int64Value', image.uid)}\n`;
  if (image.username !== '') out += `Username: ${image.username}\n`;
  return `${out}\n`;
}

export const imagesCommand: CrictlCommand = {
  name: 'images',
  aliases: ['image', 'img'],
  usage: 'List images',
  argsUsage: '[REPOSITORY[:TAG]]',
  shortOptionHandling: true,
  flags: [
    { names: ['verbose', 'v'], kind: 'bool', usage: 'Show verbose info for images' },
    { names: ['quiet', 'q'], kind: 'bool', usage: 'Only show image IDs' },
    { names: ['output', 'o'], kind: 'string', usage: 'Output format, One of: json|yaml|table' },
    { names: ['digests'], kind: 'bool', usage: 'Show digests' },
    { names: ['no-trunc'], kind: 'bool', usage: 'Show output without truncating the ID' },
  ],
  action: async (c) => {
    const service = await imageServiceOf(c);
    // ListImages (image.go:608-618): the request and response as --debug lines.
    const request = { filter: { image: { image: c.args[0] ?? '' } } };
    c.env.log.debug(() => `ListImagesRequest: ${gogoString('ListImagesRequest', request)}`);
    let images: Image[];
    try {
      ({ images } = await service.listImages(request));
    } catch (err) {
      throw wrapRpc('listing images', err);
    }
    c.env.log.debug(() => `ListImagesResponse: ${gogoString('ListImagesResponse', { images })}`);
    images = sortImagesByRef(images);
    const output = c.string('output');
    if (output === 'json' || output === 'yaml') return printProtobuf(c.io, 'ListImagesResponse', { images }, output);
    const verbose = c.bool('verbose');
    const quiet = c.bool('quiet');
    const digests = c.bool('digests');
    const noTrunc = c.bool('no-trunc');
    const rows: string[][] = [];
    if (!verbose && !quiet) rows.push(digests ? ['IMAGE', 'TAG', 'DIGEST', 'IMAGE ID', 'SIZE'] : ['IMAGE', 'TAG', 'IMAGE ID', 'SIZE']);
    for (const image of images) {
      if (printedQuietOrVerbose(c, image.id, () => verboseBlock(image))) continue;
      const [imageName, fullDigest] = repoDigestPair(image.repoDigests);
      const size = humanSizeWithPrecision(Number(image.size), 3);
      const id = noTrunc ? image.id : truncatedId(image.id, 'sha256:');
      const digest = noTrunc ? fullDigest : truncatedId(fullDigest, 'sha256:');
      for (const [repo, tag] of repoTagPairs(image.repoTags, imageName)) {
        rows.push(digests ? [repo, tag, digest, id, size] : [repo, tag, id, size]);
      }
    }
    // The table is flushed at the end, after any -v blocks (display.Flush() at image.go:228).
    if (rows.length > 0) c.io.stdout(tabwriteRows(rows, TABLE));
  },
};
