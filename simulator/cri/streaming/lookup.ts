// The CRI store's lookups by id or unique prefix (pkg/cri/store/truncindex, container and
// sandbox Store.Get): the errors the streaming RPCs wrap with their own context.

import { ContainerdError } from '../../errdefs/errdefs';
import { resolveIdPrefix } from '../container/container-store';
import type { CriContainerRecord } from '../store/container-record';
import type { SandboxRecord } from '../store/sandbox-record';
import type { CriContext } from '../context';

/** truncindex.Get over `ids`; its error (ErrNotExist → errdefs not found) wrapped in `context`. */
function resolve(ids: readonly string[], prefix: string, context: string): string {
  try {
    return resolveIdPrefix(ids, prefix);
  } catch (err) {
    if (!(err instanceof ContainerdError)) throw err;
    throw new ContainerdError(err.errClass, `${context}: ${err.message}`);
  }
}

/** containerStore.Get(id); a failure is thrown wrapped in `context` (which may quote the id). */
export function getCriContainer(ctx: CriContext, id: string, context: string): CriContainerRecord {
  const containers = ctx.node.state.cri.containers;
  return containers[resolve(Object.keys(containers), id, context)] as CriContainerRecord;
}

/** sandboxStore.Get(id), as getCriContainer. */
export function getCriSandbox(ctx: CriContext, id: string, context: string): SandboxRecord {
  const sandboxes = ctx.node.state.cri.sandboxes;
  return sandboxes[resolve(Object.keys(sandboxes), id, context)] as SandboxRecord;
}
