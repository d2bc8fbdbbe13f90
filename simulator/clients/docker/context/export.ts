// `docker context export` (docker/cli 20.10 cli/command/context/export.go): the name checked
// (`default` may be exported), the context loaded, then its tar (context-archive.ts) written to
// FILE — created anew with mode 0600, never over an existing file — or to stdout for `-` (also a
// terminal: 20.10 does not refuse one), and `Written file "FILE"` on stderr. --kubeconfig needs
// a Kubernetes endpoint, which no context here has.

import type { DockerCommand } from '../docker-env';
import type { DockerContext } from '../docker-types';
import { CliError } from '../../../cli/cli-error';
import { dirname, exists, isVfsError, normalizePath, stat, writeFile } from '../../../host/vfs';
import { DEFAULT_CONTEXT, loadContext } from './context-store';
import { exportArchive } from './context-archive';
import { checkName } from './create-action';

/** os.OpenFile(dest, O_RDWR|O_CREATE|O_EXCL, 0600)'s refusals. */
function openError(c: DockerContext, dest: string): string | undefined {
  const files = c.env.node.state.host.files;
  const path = normalizePath(dest, c.io.cwd);
  if (exists(files, path)) return `open ${dest}: file exists`;
  const parent = dirname(path);
  if (!exists(files, parent)) return `open ${dest}: no such file or directory`;
  if (stat(files, parent).kind !== 'dir') return `open ${dest}: not a directory`;
  return undefined;
}

export const contextExportCommand: DockerCommand = {
  name: 'export',
  argsUsage: '[OPTIONS] CONTEXT [FILE|-]',
  usage: 'Export a context to a tar or kubeconfig file',
  args: { min: 1, max: 2 },
  flags: [
    { names: ['kubeconfig'], kind: 'bool', usage: 'Export as a kubeconfig file' },
  ],
  action: (c) => {
    const name = c.args[0] ?? '';
    if (name !== DEFAULT_CONTEXT) checkName(name);
    const meta = loadContext(c, name);
    if (!meta) throw new CliError(`context "${name}" does not exist`, 1);
    if (c.bool('kubeconfig')) throw new CliError(`context "${name}" has no kubernetes endpoint`, 1);
    const archive = exportArchive(meta);
    const dest = c.args[1] ?? `${name}.dockercontext`;
    if (dest === '-') {
      c.io.stdoutBytes(archive);
      return;
    }
    const refused = openError(c, dest);
    if (refused) throw new CliError(refused, 1);
    try {
      writeFile(c.env.node.state.host.files, normalizePath(dest, c.io.cwd), archive, { mode: 0o600, mtimeMs: c.env.node.nowMs() });
    } catch (err) {
      if (!isVfsError(err)) throw err;
      const why = err.code === 'EISDIR' ? 'is a directory' : err.code === 'ENOTDIR' ? 'not a directory' : 'no such file or directory';
      throw new CliError(`open ${dest}: ${why}`, 1);
    }
    c.io.stderr(`Written file ${JSON.stringify(dest)}\n`);
  },
};
