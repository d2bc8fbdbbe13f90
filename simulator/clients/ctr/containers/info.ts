// `ctr containers info CONTAINER [--spec]`: the container record as Go's json.MarshalIndent
// prints containers.Container with four spaces — fields in struct order, maps sorted,
// Extensions null when there are none (each an Any: type_url and base64 value), the spec last.

import { invalidArgument } from '../../../errdefs/errdefs';
import type { CtrCommand } from '../ctr-env';
import { clientOf } from '../ctr-env';
import { requiredArg } from '../required-arg';
import { goJsonIndent, sortedKeys } from '../go-json';
import type { NamespacedClient } from '../../../containerd/client/index';

/** A container record as the client library's Container.Info returns it. */
type ContainerInfo = ReturnType<ReturnType<NamespacedClient['containers']['loadContainer']>['info']>;

/** Extensions as Go marshals map[string]typeurl.Any: keys sorted, null when empty. */
function extensionsOf(ext: Readonly<Record<string, { type_url: string; value: string }>> | undefined) {
  const keys = Object.keys(ext ?? {}).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (!ext || keys.length === 0) return null;
  return Object.fromEntries(keys.map((k) => [k, { type_url: ext[k]?.type_url ?? '', value: ext[k]?.value ?? '' }]));
}

/** `m` without the `keys` whose value is the empty string (Go's omitempty), in the same order. */
function withoutEmpty(m: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(m).filter(([k, v]) => !(keys.includes(k) && v === '')));
}

/** What `ctr containers info` prints for a container record (a pure function: the state view shows it too). */
export function containerInfoText(r: ContainerInfo, specOnly = false): string {
  // A container made from a spec file shows that file's spec, as decoded (runnable-spec.ts).
  const spec = { ...(r.specFile ?? r.spec) };
  if (spec.annotations) spec.annotations = sortedKeys(spec.annotations as Record<string, string>);
  // specs.Mount's type and source are omitempty (`--mount src=/tmp,dst=/x` has no type).
  if (Array.isArray(spec.mounts)) spec.mounts = spec.mounts.map((m) => withoutEmpty(m as unknown as Record<string, unknown>, ['type', 'source'])) as typeof spec.mounts;
  if (specOnly) return `${goJsonIndent(spec, '    ')}\n`;
  const info = {
    ID: r.id,
    // An empty label map comes back from the store as nil.
    Labels: Object.keys(r.labels).length > 0 ? sortedKeys(r.labels) : null,
    Image: r.image,
    Runtime: r.runtime.options ? { Name: r.runtime.name, Options: { type_url: r.runtime.options.type_url, ...(r.runtime.options.value ? { value: r.runtime.options.value } : {}) } } : { Name: r.runtime.name, Options: null },
    SnapshotKey: r.snapshotKey,
    Snapshotter: r.snapshotter,
    CreatedAt: r.createdAt,
    UpdatedAt: r.updatedAt,
    Extensions: extensionsOf(r.extensions),
    Spec: spec,
  };
  return `${goJsonIndent(info, '    ')}\n`;
}

export const infoCommand: CtrCommand = {
  name: 'info',
  usage: 'get info about a container',
  argsUsage: 'CONTAINER',
  flags: [{ names: ['spec'], kind: 'bool', usage: 'only display the spec' }],
  action: (c) => {
    const id = requiredArg(c, 0, 'container id', invalidArgument);
    c.io.stdout(containerInfoText(clientOf(c).containers.loadContainer(id).info(), c.bool('spec')));
  },
};
