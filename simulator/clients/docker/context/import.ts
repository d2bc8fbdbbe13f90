// `docker context import` (docker/cli 20.10 cli/command/context/import.go): the new name
// checked as for create (pattern, `default` reserved, not taken), then the archive opened (FILE,
// or stdin for `-`) and read (context-archive.ts); the context is stored under the new name,
// which goes to stdout, and `Successfully imported context "NAME"` to stderr.

import type { DockerCommand } from '../docker-env';
import { CliError } from '../../../cli/cli-error';
import { isVfsError, normalizePath, readFile } from '../../../host/vfs';
import { loadContext, saveContext } from './context-store';
import { importArchive } from './context-archive';
import { checkName } from './create-action';

export const contextImportCommand: DockerCommand = {
  name: 'import',
  argsUsage: 'CONTEXT FILE|-',
  usage: 'Import a context from a tar or zip file',
  args: { min: 2, max: 2 },
  action: (c) => {
    const name = c.args[0] ?? '';
    const file = c.args[1] ?? '';
    checkName(name);
    if (loadContext(c, name)) throw new CliError(`context "${name}" already exists`, 1);
    let archive: string;
    if (file === '-') archive = c.io.stdin;
    else {
      try {
        archive = readFile(c.env.node.state.host.files, normalizePath(file, c.io.cwd));
      } catch (err) {
        if (!isVfsError(err)) throw err;
        // os.Open succeeds on a directory; the first read fails.
        if (err.code === 'EISDIR') throw new CliError(`read ${file}: is a directory`, 1);
        throw new CliError(`open ${file}: ${err.code === 'ENOTDIR' ? 'not a directory' : 'no such file or directory'}`, 1);
      }
    }
    saveContext(c, importArchive(archive, name));
    c.io.stdout(`${name}\n`);
    c.io.stderr(`Successfully imported context "${name}"\n`);
  },
};
