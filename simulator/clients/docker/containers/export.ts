// `docker export [OPTIONS] CONTAINER` (docker/cli@v20.10.24 cli/command/container/export.go):
// refuses a terminal as stdout, checks -o's directory, then writes the daemon's tar of the
// container's root filesystem to the file or stdout. Only a running container's filesystem
// (its mounted overlay) is readable here; a stopped one is honestly not simulated.

import { NotSimulatedError } from '../../../cli/not-simulated';
import { dirname, exists, isVfsError, normalizePath, writeFile } from '../../../host/vfs';
import { daemonOf, type DockerCommand } from '../docker-env';

export const containerExportCommand: DockerCommand = {
  name: 'export',
  argsUsage: '[OPTIONS] CONTAINER',
  usage: "Export a container's filesystem as a tar archive",
  args: { min: 1, max: 1 },
  flags: [{ names: ['output', 'o'], kind: 'string', usage: 'Write to a file, instead of STDOUT' }],
  action: (c) => {
    const output = c.string('output');
    if (output === '' && c.io.isTTY) throw new Error('cowardly refusing to save to a terminal. Use the -o flag or redirect');
    const files = c.env.node.state.host.files;
    const path = output === '' ? '' : normalizePath(output, c.io.cwd);
    if (output !== '') {
      const dir = output.includes('/') ? output.slice(0, output.lastIndexOf('/')) || '/' : '.';
      if (dir !== '.' && !exists(files, dirname(path))) throw new Error(`failed to export container: invalid output path: directory ${JSON.stringify(dir)} does not exist`);
    }
    const tar = daemonOf(c).containers.export(c.args[0] ?? '');
    if (tar === undefined) throw new NotSimulatedError('docker export of a container that is not running', 'https://docs.docker.com/engine/reference/commandline/export/');
    if (output === '') {
      c.io.stdoutBytes(tar);
      return;
    }
    try {
      writeFile(files, path, tar, { mode: 0o600, mtimeMs: c.env.node.nowMs() });
    } catch (err) {
      if (!isVfsError(err)) throw err;
      throw new Error(`failed to export container: ${err.message}`);
    }
  },
};

export const exportCommand: DockerCommand = { ...containerExportCommand };
