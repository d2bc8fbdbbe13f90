// `crictl inspecti IMAGE-ID [IMAGE-ID...]` (cmd/crictl/image.go:233-313 @v1.26.0): verbose
// ImageStatus of each image, printed as {"status": <Image>, "info": {chainID, imageSpec}}
// (json by default, yaml, go-template) or as the ID/Tag/Digest/Size lines of `-o table`.

import { plain } from '../../../errdefs/errdefs';
import { humanSizeWithPrecision } from '../../../cli/units';
import type { Image } from '../../../cri/index';
import { imageServiceOf, wrapRpc, type CrictlCommand } from '../crictl-env';
import { goMapText, INSPECT_FLAGS, printInspected, protobufObjectToJson } from '../output/index';
import { imageStatus } from './image-rpcs';
import { showSubcommandHelp } from '../../../cli/show-help';

/** `-o table`: the image's ID, tags, digests and size, and its verbose info. */
function tableText(image: Image, info: Readonly<Record<string, string>>, verbose: boolean): string {
  let text = `ID: ${image.id}\n`;
  for (const tag of image.repoTags) text += `Tag: ${tag}\n`;
  for (const digest of image.repoDigests) text += `Digest: ${digest}\n`;
  text += `Size: ${humanSizeWithPrecision(Number(image.size), 3)}\n`;
  // A nil map prints as map[] (ImageStatus without verbose leaves Info nil).
  if (verbose) text += `Info: ${goMapText(info)}\n`;
  return text;
}

export const inspectiCommand: CrictlCommand = {
  name: 'inspecti',
  usage: 'Return the status of one or more images',
  argsUsage: 'IMAGE-ID [IMAGE-ID...]',
  shortOptionHandling: true,
  flags: INSPECT_FLAGS,
  action: async (c) => {
    if (c.args.length === 0) return showSubcommandHelp(c);
    const service = await imageServiceOf(c);
    const verbose = !c.bool('quiet');
    const output = c.string('output') || 'json';
    const template = c.string('template');
    for (const id of c.args) {
      let image: Image | undefined;
      let info: Record<string, string>;
      try {
        ({ image, info } = await imageStatus(c, service, id, verbose));
      } catch (err) {
        throw wrapRpc(`image status for ${JSON.stringify(id)} request`, err);
      }
      if (!image) throw plain(`no such image ${JSON.stringify(id)} present`);
      const status = protobufObjectToJson('Image', image);
      printInspected(c.io, output, template, {
        status: () => status,
        info,
        table: () => tableText(image, info, verbose),
        failed: (text) => plain(`output status for ${JSON.stringify(id)}: ${text}`),
        // image.go's default case returns the bare error.
        badFormat: plain,
      });
    }
  },
};
