// `docker import` / `docker image import` (docker/cli 20.10 cli/command/image/import.go): the
// tarball from a file (sent as the body, so the daemon names its source `-`) or stdin (`-`),
// an optional REPOSITORY[:TAG] checked by the client first, -c changes and -m message; the
// daemon answers with the new image's id, printed as is.

import { NotSimulatedError } from '../../../cli/not-simulated';
import { isVfsError, normalizePath, readFile } from '../../../host/vfs';
import { parseDockerRef } from '../../../oci/docker-reference';
import { checkPlatform } from '../containers/platform-opt';
import { daemonOf, type DockerCommand } from '../docker-env';

export const imageImportCommand: DockerCommand = {
  name: 'import',
  argsUsage: '[OPTIONS] file|URL|- [REPOSITORY[:TAG]]',
  usage: 'Import the contents from a tarball to create a filesystem image',
  args: { min: 1, max: 2 },
  flags: [
    { names: ['change', 'c'], kind: 'stringArray', typeName: 'list', usage: 'Apply Dockerfile instruction to the created image' },
    { names: ['message', 'm'], kind: 'string', usage: 'Set commit message for imported image' },
    { names: ['platform'], kind: 'string', usage: 'Set platform if server is multi-platform capable' },
  ],
  action: (c) => {
    const source = c.args[0] ?? '';
    const reference = c.args[1];
    if (/^https?:\/\//.test(source)) throw new NotSimulatedError('docker import from a URL (the node has no network to fetch it)', 'https://docs.docker.com/engine/reference/commandline/import/');
    let bytes: string;
    if (source === '-') bytes = c.io.stdin;
    else {
      try {
        bytes = readFile(c.env.node.state.host.files, normalizePath(source, c.io.cwd));
      } catch (err) {
        if (!isVfsError(err)) throw err;
        throw new Error(`open ${source}: ${err.code === 'EISDIR' ? 'is a directory' : 'no such file or directory'}`);
      }
    }
    if (reference !== undefined && reference !== '') {
      // client.ImageImport: reference.ParseNormalizedNamed before the request is sent.
      try {
        parseDockerRef(reference);
      } catch (err) {
        throw new Error(err instanceof Error ? err.message : 'invalid reference format');
      }
    }
    checkPlatform(c.string('platform'), 'docker import');
    const id = daemonOf(c).images.import({ source: bytes, reference, changes: c.stringSlice('change'), message: c.string('message') });
    c.io.stdout(`${id}\n`);
  },
};

export const importCommand: DockerCommand = { ...imageImportCommand };
