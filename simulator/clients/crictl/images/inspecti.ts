// `crictl inspecti IMAGE-ID [IMAGE-ID...]` (cmd/crictl/image.go:233-313 @v1.26.0): verbose
// ImageStatus of each image, printed as {"status": <Image>, "info": {chainID, imageSpec}}
// (json by default, yaml, go-template) or as the ID/Tag/Digest/Size lines of `-o table`.

import { plain } from '../../../errdefs/errdefs';
import { humanSizeWithPrecision } from '../../../cli/units';
import type { Image } from '../../../cri/index';
import { imageServiceOf, wrapRpc, type CrictlCommand } from '../crictl-env';
import { outputStatusInfo, protobufObjectToJson } from '../output/index';
import { imageStatus } from './image-rpcs';

/** Go's %v of a map[string]string: map[k:v …], keys sorted. */
function goMapText(m: Readonly<Record<string, string>>): string {
  return `map[${Object.keys(m)
    .sort()
    .map((k) => `${k}:${m[k] ?? ''}`)
    .join(' ')}]`;
}

export const inspectiCommand: CrictlCommand = {
  name: 'inspecti',
  usage: 'Return the status of one or more images',
  argsUsage: 'IMAGE-ID [IMAGE-ID...]',
  shortOptionHandling: true,
  flags: [
    { names: ['output', 'o'], kind: 'string', usage: 'Output format, One of: json|yaml|go-template|table' },
    { names: ['quiet', 'q'], kind: 'bool', usage: 'Do not show verbose information' },
    { names: ['template'], kind: 'string', usage: 'The template string is only used when output is go-template; The Template format is golang template' },
  ],
  action: async (c) => {
    if (c.args.length === 0) {
      c.io.stdout(c.helpText());
      return;
    }
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
      if (output === 'json' || output === 'yaml' || output === 'go-template') {
        try {
          outputStatusInfo(c.io, status, info, output, template);
        } catch (err) {
          throw plain(`output status for ${JSON.stringify(id)}: ${(err as Error).message}`);
        }
        continue;
      }
      if (output !== 'table') throw plain(`output option cannot be ${output}`);
      let text = `ID: ${image.id}\n`;
      for (const tag of image.repoTags) text += `Tag: ${tag}\n`;
      for (const digest of image.repoDigests) text += `Digest: ${digest}\n`;
      text += `Size: ${humanSizeWithPrecision(Number(image.size), 3)}\n`;
      // A nil map prints as map[] (ImageStatus without verbose leaves Info nil).
      if (verbose) text += `Info: ${goMapText(info)}\n`;
      c.io.stdout(text);
    }
  },
};
