// `nerdctl cp` (cmd/nerdctl/cp.go, cp_linux.go@v0.22.2): the argument checks as released; the
// copy itself is not simulated yet.

import { NotSimulatedError } from '../../../cli/not-simulated';
import type { NerdctlCommand } from '../nerdctl-env';

interface FileSpec {
  container?: string;
  path: string;
}

/** parseCpFileSpec. */
function parseSpec(arg: string): FileSpec {
  const i = arg.indexOf(':');
  if (i === 0) throw new Error('filespec must match the canonical format: [container:]file/path');
  if (arg.startsWith('/')) return { path: arg };
  if (i < 0 || arg.startsWith('.')) return { path: arg };
  return { container: arg.slice(0, i), path: arg.slice(i + 1) };
}

export const cpCommand: NerdctlCommand = {
  name: 'cp',
  usage: 'Copy files/folders between a running container and the local filesystem.',
  argsUsage: '[OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n  nerdctl cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH',
  description:
    "Copy files/folders between a running container and the local filesystem.\nThis command requires 'tar' to be installed on the host (not in the container).\nUsing GNU tar is recommended.\nThe path of the 'tar' binary can be specified with an environment variable '$TAR'.\n\nWARNING: 'nerdctl cp' is designed only for use with trusted, cooperating containers.\nUsing 'nerdctl cp' with untrusted or malicious containers is unsupported and may not provide protection against unexpected behavior.\n",
  args: { min: 2, max: 2 },
  flags: [{ names: ['follow-link', 'L'], kind: 'bool', usage: 'Always follow symbolic link in SRC_PATH.' }],
  action: (c) => {
    const src = parseSpec(c.args[0] ?? '');
    const dest = parseSpec(c.args[1] ?? '');
    if ((src.container !== undefined && dest.container !== undefined) || (src.path === '' && dest.path === '')) {
      throw new Error('one of src or dest must be a local file specification');
    }
    if (src.container === undefined && dest.container === undefined) throw new Error('one of src or dest must be a container file specification');
    if (src.path === '-') throw new Error('support for reading a tar archive from stdin is not implemented yet');
    if (dest.path === '-') throw new Error('support for writing a tar archive to stdout is not implemented yet');
    throw new NotSimulatedError('copying files with nerdctl cp', 'https://github.com/containerd/nerdctl/blob/v0.22.2/docs/command-reference.md');
  },
};
