// The plugin's container store (pkg/cri/store/container): records by id, looked up through a
// truncindex as the real store does, so a unique id prefix names a container everywhere CRI
// takes a container id; the plugin wraps the errors with each RPC's own context.

import { notFound, plain } from '../../errdefs/errdefs';
import type { CriContainerRecord } from '../store/container-record';
import type { CriContext } from '../context';

export type { CriContainerRecord };

export function containerRecords(ctx: CriContext): Record<string, CriContainerRecord> {
  return ctx.node.state.cri.containers;
}

/**
 * truncindex.Get over `ids`: the full id of the only id starting with `prefix`. Errors as
 * the docker truncindex words them: `Prefix can't be empty`, `Multiple IDs found with
 * provided prefix: <p>`, and ErrNotExist, which the stores turn into errdefs.ErrNotFound.
 */
export function resolveIdPrefix(ids: Iterable<string>, prefix: string): string {
  if (prefix === '') throw plain("Prefix can't be empty");
  let found: string | undefined;
  for (const id of ids) {
    if (!id.startsWith(prefix)) continue;
    if (found !== undefined) throw plain(`Multiple IDs found with provided prefix: ${prefix}`);
    found = id;
  }
  if (found === undefined) throw notFound();
  return found;
}

/** containerStore.Get(id): the record, by full id or unique prefix. */
export function getContainerRecord(ctx: CriContext, idOrPrefix: string): CriContainerRecord {
  const records = containerRecords(ctx);
  if (Object.hasOwn(records, idOrPrefix)) return records[idOrPrefix] as CriContainerRecord;
  return records[resolveIdPrefix(Object.keys(records), idOrPrefix)] as CriContainerRecord;
}

/** The records of the store in creation order (containerStore.List). */
export function listContainerRecords(ctx: CriContext): CriContainerRecord[] {
  return Object.values(containerRecords(ctx));
}
