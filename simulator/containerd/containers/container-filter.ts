// The containers store's filter adaptor (containerd's metadata/adaptors.go): the fields a
// `containers ls` filter can name — id, image, runtime.name, labels.<key>. The snapshotter is
// not among them: `c ls snapshotter==overlayfs` keeps nothing.

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

/** The predicate of `filters` (any one matching keeps a container). Throws invalidArgument for a malformed one. */
export function containerFilter(filters: readonly string[]): (record: ContainerRecord) => boolean {
  const filter = parseFilters(filters);
  return (record) => filter((path) => field(record, path));
}
