// overlay2's short links (moby v20.10.24 daemon/graphdriver/overlay2/overlay.go create and
// Remove): every layer dir the driver makes has a `link` file holding a 26-character id, and
// overlay2/l/<id> is a symlink to ../<dir>/diff. The driver mounts a container's root with its
// lower dirs named through these links (Get: lowerdir=/var/lib/docker/overlay2/l/<id>:…), which
// keeps the mount data under a page; the kernel shows them so in a container's /proc/mounts.
// The real id is 16 random bytes in base32 (generateID); here it is the base32 of the dir's
// random id's first bytes, so that it is as random as the dir and draws nothing more from the
// node's generator.

import { exists, isVfsError, mkdir, rm, symlink, writeFile } from '../../host/vfs';
import type { Node } from '../../node';
import { DOCKER_ROOT } from '../daemon';

const OVERLAY2 = `${DOCKER_ROOT}/overlay2`;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** 26 base32 characters of 16 bytes of a hex dir id (an `-init` dir's from the id's other half). */
export function linkIdOf(dirId: string): string {
  const init = dirId.endsWith('-init');
  const id = init ? dirId.slice(0, -5) : dirId;
  const hex = (init ? id.slice(32, 64) : id.slice(0, 32)).replace(/[^0-9a-f]/gi, '0').padEnd(32, '0');
  let bits = '';
  for (const ch of hex) bits += Number.parseInt(ch, 16).toString(2).padStart(4, '0');
  let out = '';
  for (let i = 0; i + 5 <= bits.length && out.length < 26; i += 5) out += BASE32[Number.parseInt(bits.slice(i, i + 5), 2)];
  // 128 bits make 25 whole characters and 3 bits over, which base32 pads to a 26th.
  if (out.length < 26) out += BASE32[Number.parseInt(bits.slice(125).padEnd(5, '0'), 2)];
  return out;
}

/** The layer dir's `link` file and its overlay2/l symlink, made unless there. */
export function linkLayerDir(node: Node, dirId: string): void {
  const files = node.state.host.files;
  const dir = `${OVERLAY2}/${dirId}`;
  if (exists(files, `${dir}/link`)) return;
  const id = linkIdOf(dirId);
  try {
    writeFile(files, `${dir}/link`, id, { mode: 0o644, mtimeMs: node.nowMs() });
    if (!exists(files, `${OVERLAY2}/l`)) mkdir(files, `${OVERLAY2}/l`, { parents: true, mode: 0o700, mtimeMs: node.nowMs() });
    if (!exists(files, `${OVERLAY2}/l/${id}`)) symlink(files, `../${dirId}/diff`, `${OVERLAY2}/l/${id}`, { mtimeMs: node.nowMs() });
  } catch (err) {
    if (!isVfsError(err)) throw err;
  }
}

/** Remove: the layer dir's link goes with it. */
export function unlinkLayerDir(node: Node, dirId: string): void {
  rm(node.state.host.files, `${OVERLAY2}/l/${linkIdOf(dirId)}`, { force: true });
}
