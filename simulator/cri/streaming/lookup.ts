// The CRI store's lookups by id or unique prefix (pkg/cri/store/truncindex, container and
// sandbox Store.Get): the errors the streaming RPCs wrap with their own context.

import { ContainerdError, notFound, plain } from '../../errdefs/errdefs';
import type { CriContainerRecord } from '../store/container-record';
import type { SandboxRecord } from '../store/sandbox-record';
import type { CriContext } from '../context';

/** truncindex.Get over `ids`: the one id `prefix` starts, or its error (ErrNotExist → errdefs not found). */
function resolve(ids: readonly string[], prefix: string): string | ContainerdError {
  if (prefix === '') return plain("Prefix can't be empty");
  let found: string | undefined;
  for (const id of ids) {
    if (!id.startsWith(prefix)) continue;
    if (found !== undefined) return plain(`Multiple IDs found with provided prefix: ${prefix}`);
    found = id;
  }
  return found ?? notFound();
}

function wrapped(err: ContainerdError, context: string): ContainerdError {
  return new ContainerdError(err.errClass, `${context}: ${err.message}`);
}

/** containerStore.Get(id); a failure is thrown wrapped in `context` (which may quote the id). */
export function getCriContainer(ctx: CriContext, id: string, context: string): CriContainerRecord {
  const containers = ctx.node.state.cri.containers;
  const r = resolve(Object.keys(containers), id);
  if (r instanceof ContainerdError) throw wrapped(r, context);
  return containers[r] as CriContainerRecord;
}

/** sandboxStore.Get(id), as getCriContainer. */
export function getCriSandbox(ctx: CriContext, id: string, context: string): SandboxRecord {
  const sandboxes = ctx.node.state.cri.sandboxes;
  const r = resolve(Object.keys(sandboxes), id);
  if (r instanceof ContainerdError) throw wrapped(r, context);
  return sandboxes[r] as SandboxRecord;
}
