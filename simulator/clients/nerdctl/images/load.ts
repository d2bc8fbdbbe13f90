// `nerdctl load` / `nerdctl image load` (cmd/nerdctl/load.go@v0.22.2): a docker-save or OCI
// archive (gzip allowed) from -i's file or stdin, imported by client.Import for the default
// platform (or --platform / --all-platforms) — names as the archive gives them, unnamed
// manifests as `<snapshotter>@<digest>` — then each image unpacked:
// `unpacking <name> (<digest>)...done`.

import { digestTranslator } from '../../../containerd/client/index';
import { gunzipBinaryString } from '../../../host/native-codecs';
import * as vfs from '../../../host/vfs';
import { onlyPlatforms } from '../../../oci/platform';
import { clientOf, globalOptions, type NerdctlCommand } from '../nerdctl-env';
import { ociPlatforms } from './ensure-image';

export const loadCommand: NerdctlCommand = {
  name: 'load',
  usage: 'Load an image from a tar archive or STDIN',
  description: 'Supports both Docker Image Spec v1.2 and OCI Image Spec v1.0.',
  args: { max: 0 },
  flags: [
    { names: ['input', 'i'], kind: 'string', usage: 'Read from tar archive file, instead of STDIN' },
    { names: ['platform'], kind: 'stringSlice', usage: 'Import content for a specific platform', value: [] },
    { names: ['all-platforms'], kind: 'bool', usage: 'Import content for all platforms' },
  ],
  action: async (c) => {
    const input = c.string('input');
    let bytes: string;
    if (input !== '') {
      try {
        bytes = vfs.readFile(c.env.node.state.host.files, vfs.normalizePath(input, c.io.cwd));
      } catch (err) {
        throw new Error(`open ${input}: ${(err as Error).message.replace(/^\S+ \S+: /, '')}`);
      }
    } else {
      if (c.io.stdin.length === 0) throw new Error('stdin is empty and input flag is not specified');
      bytes = c.io.stdin;
    }
    // compression.DecompressStream: gzip by its magic bytes.
    if (bytes.charCodeAt(0) === 0x1f && bytes.charCodeAt(1) === 0x8b) bytes = gunzipBinaryString(bytes);
    const all = c.bool('all-platforms');
    const matcher = all ? undefined : onlyPlatforms(ociPlatforms(false, c.stringSlice('platform')));
    const client = clientOf(c);
    const sn = globalOptions(c).snapshotter;
    let images;
    try {
      images = client.transfer.import(bytes, { refTranslator: (ref) => ref, digestRef: digestTranslator(sn), skipDigestForNamed: true, allPlatforms: all, matcher });
    } catch (err) {
      const message = (err as Error).message;
      if (message.includes('empty walk')) throw new Error(`${message} (Hint: set \`--platform=PLATFORM\` or \`--all-platforms\`)`);
      throw err;
    }
    for (const img of images) {
      c.io.stdout(`unpacking ${img.name} (${img.target.digest})...`);
      client.images.unpack(img, sn, matcher);
      await c.io.pace(5);
      c.io.stdout('done\n');
    }
  },
};
