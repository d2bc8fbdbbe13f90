// The containers store's filter adaptor (containerd's metadata/adaptors.go): the fields a
// `containers ls` filter can name — id, image, runtime.name, labels.<key>. The snapshotter is
// not among them: `c ls snapshotter==overlayfs` keeps nothing.

import { ContainerdError, invalidArgument, isInvalidArgument } from '../../errdefs/errdefs';
import { labelField, parseFilters } from '../filters/filters';
import type { ContainerRecord } from '../metadata/schema';

function field(record: ContainerRecord, path: readonly string[]): { value: string; present: boolean } {
  const [head, ...rest] = path;
  const text = (value: string) => ({ value, present: value !== '' });
  switch (head) {
    case 'id':
      return text(record.id);
    case 'image':
      return text(record.image);
    case 'runtime':
      return rest[0] === 'name' ? text(record.runtime.name) : { value: '', present: false };
    case 'labels':
      return labelField(record.labels, rest);
    default:
      return { value: '', present: false };
  }
}

/**
 * The predicate of `filters` (any one matching keeps a container). Throws invalidArgument for a
 * malformed one, wrapped once more as metadata/containers.go List does
 * (`errors.Wrap(errdefs.ErrInvalidArgument, err.Error())`: `…: invalid argument: invalid argument`).
 */
export function containerFilter(filters: readonly string[]): (record: ContainerRecord) => boolean {
  let filter;
  try {
    filter = parseFilters(filters);
  } catch (err) {
    throw isInvalidArgument(err) && err instanceof ContainerdError ? invalidArgument(err.message) : err;
  }
  return (record) => filter((path) => field(record, path));
}
