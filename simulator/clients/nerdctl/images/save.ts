// `nerdctl save` / `nerdctl image save` (cmd/nerdctl/save.go@v0.22.2): the images (each
// name normalized) exported by client.Export for the default platform (or --platform /
// --all-platforms) — an archive with both Docker's manifest.json and OCI's index — to -o's
// file (opened O_CREATE|O_WRONLY, 0644, without truncation) or stdout, never a terminal.

import { normalizePath } from '../../../host/vfs';
import * as vfs from '../../../host/vfs';
import { onlyPlatforms } from '../../../oci/platform';
import { clientOf, type NerdctlCommand } from '../nerdctl-env';
import { ociPlatforms } from './ensure-image';
import { normalizeRef } from './reference';

export const saveCommand: NerdctlCommand = {
  name: 'save',
  usage: 'Save one or more images to a tar archive (streamed to STDOUT by default)',
  description: 'The archive implements both Docker Image Spec v1.2 and OCI Image Spec v1.0.',
  args: { min: 1 },
  flags: [
    { names: ['output', 'o'], kind: 'string', usage: 'Write to a file, instead of STDOUT' },
    { names: ['platform'], kind: 'stringSlice', usage: 'Export content for a specific platform', value: [] },
    { names: ['all-platforms'], kind: 'bool', usage: 'Export content for all platforms' },
  ],
  action: (c) => {
    const output = c.string('output');
    const files = c.env.node.state.host.files;
    const path = output === '' ? '' : normalizePath(output, c.io.cwd);
    if (output !== '') {
      // os.OpenFile(O_CREATE|O_WRONLY): the file exists from here on, even if the export fails.
      try {
        if (!vfs.exists(files, path)) vfs.writeFile(files, path, '', { mode: 0o644, mtimeMs: c.env.node.nowMs() });
      } catch (err) {
        throw new Error(`open ${output}: ${(err as Error).message.replace(/^\S+ \S+: /, '')}`);
      }
    } else if (c.io.isTTY) {
      throw new Error('cowardly refusing to save to a terminal. Use the -o flag or redirect');
    }
    const client = clientOf(c);
    const all = c.bool('all-platforms');
    const matcher = all ? undefined : onlyPlatforms(ociPlatforms(false, c.stringSlice('platform')));
    const images = c.args.map((ref) => client.images.get(normalizeRef(ref)));
    const archive = client.transfer.export(images, { allPlatforms: all, matcher });
    if (output === '') {
      c.io.stdoutBytes(archive);
      return;
    }
    const old = vfs.readFile(files, path);
    vfs.writeFile(files, path, archive + old.slice(archive.length), { mtimeMs: c.env.node.nowMs() });
  },
};
