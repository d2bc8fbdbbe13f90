// --cidfile (docker/cli 20.10 cli/command/container/create.go cidFile): refused before the
// create when the file is already there (a container may still own it), written with the new
// id — 64 hex, no newline — once the daemon created the container; a create that failed leaves
// no file behind.

import { exists, normalizePath, writeFile } from '../../../host/vfs';
import type { DockerContext } from '../docker-env';
import { RunOptionError } from './container-request';

/** The file's path on the node, or undefined without --cidfile; throws when it exists. */
export function checkCidFile(c: DockerContext): string | undefined {
  const given = c.string('cidfile');
  if (given === '') return undefined;
  const path = normalizePath(given, c.io.cwd);
  if (exists(c.env.node.state.host.files, path)) {
    throw new RunOptionError(`container ID file found, make sure the other container isn't running or delete ${given}`);
  }
  return path;
}

export function writeCidFile(c: DockerContext, path: string | undefined, id: string): void {
  if (path !== undefined) writeFile(c.env.node.state.host.files, path, id, { mtimeMs: c.env.node.nowMs() });
}
