// `crictl imagefsinfo` (cmd/crictl/image.go:439-496 @v1.26.0): ImageFsInfo's filesystems as
// JSON (default), YAML, go-template, or the TimeStamp/UsedBytes/Mountpoint lines of `-o table`
// (UsedBytes printed with %s of the wrapper message: `&UInt64Value{Value:…,}`).

import { plain } from '../../../errdefs/errdefs';
import { imageServiceOf, wrapRpc, type CrictlCommand } from '../crictl-env';
import { wrapperText } from './image-ids';
import { outputStatusInfo, protobufObjectToJson } from '../output/index';
import { gogoString } from '../output/gogo-string';

export const imagefsinfoCommand: CrictlCommand = {
  name: 'imagefsinfo',
  usage: 'Return image filesystem info',
  shortOptionHandling: true,
  flags: [
    { names: ['output', 'o'], kind: 'string', usage: 'Output format, One of: json|yaml|go-template|table' },
    { names: ['template'], kind: 'string', usage: 'The template string is only used when output is go-template; The Template format is golang template' },
  ],
  action: async (c) => {
    const service = await imageServiceOf(c);
    const output = c.string('output') || 'json';
    const template = c.string('template');
    let filesystems;
    try {
      ({ imageFilesystems: filesystems } = await service.imageFsInfo({}));
    } catch (err) {
      throw wrapRpc('image filesystem info request', err);
    }
    // ImageFsInfo (image.go:650-660) logs only the response.
    c.env.log.debug(() => `ImageFsInfoResponse: ${gogoString('ImageFsInfoResponse', { imageFilesystems: filesystems })}`);
    for (const fs of filesystems) {
      const status = protobufObjectToJson('FilesystemUsage', fs);
      if (output === 'json' || output === 'yaml' || output === 'go-template') {
        try {
          outputStatusInfo(c.io, status, undefined, output, template);
        } catch (err) {
          throw plain(`output image filesystem info: ${(err as Error).message}`);
        }
        continue;
      }
      if (output !== 'table') throw plain(`output option cannot be ${output}`);
      c.io.stdout(`TimeStamp: ${fs.timestamp}\nUsedBytes: ${wrapperText('UInt64Value', fs.usedBytes)}\nMountpoint: ${fs.fsId.mountpoint}\n`);
    }
  },
};
