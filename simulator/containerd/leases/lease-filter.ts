// Filters of the leases service's List (metadata/leases.go adaptLease: `id`, `labels.<key>`).

import type { Adaptor } from '../filters/filters';
import { labelField, parseFilters } from '../filters/filters';
import type { LeaseRecord } from '../metadata/schema';

function leaseAdaptor(lease: LeaseRecord): Adaptor {
  return (fieldpath) => {
    const [field, ...rest] = fieldpath;
    if (field === 'id' && rest.length === 0) return { value: lease.id, present: true };
    if (field === 'labels') return labelField(lease.labels, rest);
    return { value: '', present: false };
  };
}

/** A predicate over leases for these filter arguments (throws invalidArgument when malformed). */
export function leaseFilter(args: readonly string[]): (lease: LeaseRecord) => boolean {
  const filter = parseFilters(args);
  return (lease) => filter(leaseAdaptor(lease));
}
