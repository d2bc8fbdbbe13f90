// --cidfile (docker/cli 20.10 cli/command/container/create.go cidFile): refused before the
// create when the file is already there (a container may still own it), then created empty
// (os.Create: a missing directory fails the run before any request, `failed to create the
// container ID file: open …`), written with the new id — 64 hex, no newline — once the daemon
// created the container; a create that failed leaves no file behind.

import { exists, isVfsError, normalizePath, rm, writeFile } from '../../../host/vfs';
import type { DockerContext } from '../docker-env';
import { RunOptionError } from './container-request';

/** The file's path on the node, created empty, or undefined without --cidfile; throws when it exists or cannot be made. */
export function checkCidFile(c: DockerContext): string | undefined {
  const given = c.string('cidfile');
  if (given === '') return undefined;
  const path = normalizePath(given, c.io.cwd);
  if (exists(c.env.node.state.host.files, path)) {
    throw new RunOptionError(`container ID file found, make sure the other container isn't running or delete ${given}`);
  }
  try {
    writeFile(c.env.node.state.host.files, path, '', { mtimeMs: c.env.node.nowMs() });
  } catch (err) {
    if (!isVfsError(err)) throw err;
    throw new RunOptionError(`failed to create the container ID file: open ${given}: ${err.message.slice(`${err.syscall} ${err.path}: `.length)}`);
  }
  return path;
}

/** cidFile.Close of a create that failed: the empty file goes. */
export function removeCidFile(c: DockerContext, path: string | undefined): void {
  if (path !== undefined) rm(c.env.node.state.host.files, path, { force: true });
}

export function writeCidFile(c: DockerContext, path: string | undefined, id: string): void {
  if (path !== undefined) writeFile(c.env.node.state.host.files, path, id, { mtimeMs: c.env.node.nowMs() });
}
