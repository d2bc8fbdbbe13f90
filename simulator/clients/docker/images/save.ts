// `docker save` / `docker image save` (docker/cli 20.10 cli/command/image/save.go): refuses a
// terminal as stdout, checks that -o's directory exists (ValidateOutputPath), then writes the
// daemon's docker-archive tar to the file (command.CopyToFile) or to stdout.

import { randomInt } from '../../../host/random';
import { dirname, exists, isVfsError, normalizePath, stat, writeFile } from '../../../host/vfs';
import { daemonOf, type DockerCommand } from '../docker-env';

export const imageSaveCommand: DockerCommand = {
  name: 'save',
  argsUsage: '[OPTIONS] IMAGE [IMAGE...]',
  usage: 'Save one or more images to a tar archive (streamed to STDOUT by default)',
  args: { min: 1 },
  flags: [{ names: ['output', 'o'], kind: 'string', usage: 'Write to a file, instead of STDOUT' }],
  action: (c) => {
    const output = c.string('output');
    if (output === '' && c.io.isTTY) throw new Error('cowardly refusing to save to a terminal. Use the -o flag or redirect');
    const files = c.env.node.state.host.files;
    const path = output === '' ? '' : normalizePath(output, c.io.cwd);
    const outDir = output.includes('/') ? output.slice(0, output.lastIndexOf('/')) || '/' : '.';
    if (output !== '') {
      if (outDir !== '.' && !exists(files, dirname(path))) throw new Error(`failed to save image: invalid output path: directory ${JSON.stringify(outDir)} does not exist`);
    }
    const archive = daemonOf(c).images.save(c.args);
    if (output === '') {
      c.io.stdoutBytes(archive);
      return;
    }
    // command.CopyToFile: a temp file beside the output (os.CreateTemp's `<dir>/.docker_temp_<n>`)
    // renamed over it; Go's os.Rename refuses a directory there with EEXIST. Its errors come bare.
    if (exists(files, path) && stat(files, path).kind === 'dir') {
      const temp = `${outDir.endsWith('/') ? outDir : `${outDir}/`}.docker_temp_${randomInt(c.env.node.state.random, 0, 2 ** 32 - 1)}`;
      throw new Error(`rename ${temp} ${output}: file exists`);
    }
    try {
      writeFile(files, path, archive, { mode: 0o600, mtimeMs: c.env.node.nowMs() });
    } catch (err) {
      if (!isVfsError(err)) throw err;
      throw new Error(err.message);
    }
  },
};

export const saveCommand: DockerCommand = { ...imageSaveCommand };
