// How containerd finds the shim for a container's runtime (runtime/v2 manager): an absolute
// path must exist; a name like io.containerd.runc.v2 maps to the binary
// containerd-shim-runc-v2, which must be installed. Debian's containerd package installs the
// runc v1 and v2 shims only.

import type { Node } from '../../node';
import { unknown } from '../../errdefs/errdefs';

const INSTALLED_SHIMS = new Set(['containerd-shim-runc-v1', 'containerd-shim-runc-v2']);

/** containerd-shim-<name>-<version> for <prefix>.<name>.<version>, or "" when the name has no dot. */
function shimBinaryName(runtime: string): string {
  const parts = runtime.split('.');
  if (parts.length < 2 || parts[0] === '') return '';
  return `containerd-shim-${parts[parts.length - 2]}-${parts[parts.length - 1]}`;
}

/** Throws unknown `failed to start shim: failed to resolve runtime path: …` when no shim can be found. */
export function checkShimBinary(node: Node, runtime: string): void {
  const fail = (why: string) => unknown(`failed to start shim: failed to resolve runtime path: ${why}`);
  if (runtime === '') throw fail('no runtime name');
  if (runtime.startsWith('/')) {
    if (!Object.hasOwn(node.state.host.files, runtime) && !/\/containerd-shim-runc-v[12]$/.test(runtime)) {
      throw fail(`invalid custom binary path: stat ${runtime}: no such file or directory`);
    }
    return;
  }
  const name = shimBinaryName(runtime);
  if (name === '') {
    throw fail(
      `invalid runtime name ${runtime}, correct runtime name should be either format like \`io.containerd.runc.v1\` or a full path to the binary`,
    );
  }
  if (!INSTALLED_SHIMS.has(name)) throw fail(`runtime ${JSON.stringify(runtime)} binary not installed ${JSON.stringify(name)}: file does not exist`);
}
