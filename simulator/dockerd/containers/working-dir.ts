// The container's working directory (moby v20.10.24 daemon/container.go verifyContainerSettings,
// container/container.go SetupWorkingDirectory): a WorkingDir must be absolute, else the create
// is refused; at create the daemon makes it and its missing parents (0755, root's) in the
// container's own layer, so `docker run -w /new/dir` finds it there and `docker diff` lists it.

import type { Node } from '../../node';
import { invalidParameter } from '../errors';
import type { DockerContainerRecord } from '../store/container-record';
import { stoppedContainerFs } from './stopped-rootfs';

export function verifyWorkingDir(dir: string | undefined): void {
  if (dir && !dir.startsWith('/')) throw invalidParameter(`the working directory '${dir}' is invalid, it needs to be an absolute path`);
}

/** MkdirAllAndChownNew of the working dir in the freshly created container's layer. */
export function setUpWorkingDir(node: Node, record: DockerContainerRecord, dir: string | undefined): void {
  if (!dir || dir === '/') return;
  const fs = stoppedContainerFs(node, record);
  const parts = dir.split('/').filter(Boolean);
  for (let i = 1; i <= parts.length; i++) {
    const path = `/${parts.slice(0, i).join('/')}`;
    const entry = fs.lookup(path);
    if (entry) continue;
    fs.write?.(path, { kind: 'dir', mode: 0o755, mtime: Math.floor(node.nowMs() / 1000) });
  }
}
