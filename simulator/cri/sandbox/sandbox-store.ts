// The plugin's sandbox store and name index (pkg/cri/store/sandbox, pkg/cri/store/util's
// NameIndex): records by id, found by full id or unique prefix through a truncindex, and the
// reserved names `<name>_<namespace>_<uid>_<attempt>` kept by the records themselves (a name
// stays reserved for as long as its sandbox is in the store).

import { plain } from '../../errdefs/errdefs';
import type { PodSandboxMetadata } from '../api/runtime-v1';
import type { CriContext } from '../context';
import { resolveIdPrefix } from '../container/container-store';
import type { SandboxRecord } from '../store/sandbox-record';

export type { SandboxRecord };

export function sandboxRecords(ctx: CriContext): Record<string, SandboxRecord> {
  return ctx.node.state.cri.sandboxes;
}

/**
 * sandboxStore.Get(id): the record by full id or unique prefix. Throws notFound (`not found`)
 * or the truncindex's plain errors (`Prefix can't be empty`, `Multiple IDs found with
 * provided prefix: <p>`); each RPC wraps them with its own context.
 */
export function getSandbox(ctx: CriContext, idOrPrefix: string): SandboxRecord {
  const records = sandboxRecords(ctx);
  if (Object.hasOwn(records, idOrPrefix)) return records[idOrPrefix] as SandboxRecord;
  return records[resolveIdPrefix(Object.keys(records), idOrPrefix)] as SandboxRecord;
}

/** makeSandboxName (pkg/cri/server/helpers.go): name_namespace_uid_attempt. */
export function sandboxName(metadata: Partial<PodSandboxMetadata>): string {
  return [metadata.name ?? '', metadata.namespace ?? '', metadata.uid ?? '', String(metadata.attempt ?? 0)].join('_');
}

/** NameIndex.Reserve(name, id): refused while another sandbox holds the name. */
export function reserveSandboxName(ctx: CriContext, name: string): void {
  for (const record of Object.values(sandboxRecords(ctx))) {
    if (record.name === name) {
      throw plain(`failed to reserve sandbox name ${JSON.stringify(name)}: name ${JSON.stringify(name)} is reserved for ${JSON.stringify(record.id)}`);
    }
  }
}
