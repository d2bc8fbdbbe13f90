// `docker plugin create` (docker/cli 20.10 cli/command/plugin/create.go): the data directory is
// checked by the client first (`lstat dir: …`, then its config.json); building a plugin from a
// rootfs is not simulated here.

import type { DockerCommand } from '../docker-env';
import { CliError } from '../../../cli/cli-error';
import { NotSimulatedError } from '../../../cli/not-simulated';
import { exists, normalizePath } from '../../../host/vfs';

/** filepath.Join(dir, name): `.` and a trailing slash disappear. */
function goJoin(dir: string, name: string): string {
  const d = dir.replace(/\/+$/, '');
  return d === '' || d === '.' ? name : `${d}/${name}`;
}

export const pluginCreateCommand: DockerCommand = {
  name: 'create',
  argsUsage: '[OPTIONS] PLUGIN PLUGIN-DATA-DIR',
  usage: 'Create a plugin from a rootfs and configuration. Plugin data directory must contain config.json and rootfs directory.',
  args: { min: 2 },
  flags: [
    { names: ['compress'], kind: 'bool', usage: 'Compress the context using gzip' },
  ],
  action: (c) => {
    const dir = c.args[1] ?? '';
    const files = c.env.node.state.host.files;
    const full = normalizePath(dir, c.io.cwd);
    if (!exists(files, full)) throw new CliError(`lstat ${dir}: no such file or directory`, 1);
    if (!exists(files, `${full}/config.json`)) throw new CliError(`open ${goJoin(dir, 'config.json')}: no such file or directory`, 1);
    throw new NotSimulatedError('docker plugin create', 'https://docs.docker.com/engine/reference/commandline/plugin_create/');
  },
};
