// Filters of the leases service's List (metadata/leases.go adaptLease: `id`, `labels.<key>`).

import type { Adaptor } from '../filters/filters';
import { labelField, parseFilters } from '../filters/filters';
import type { LeaseRecord } from '../metadata/schema';
import { invalidArgument, isInvalidArgument } from '../../errdefs/errdefs';

function leaseAdaptor(lease: LeaseRecord): Adaptor {
  return (fieldpath) => {
    const [field, ...rest] = fieldpath;
    if (field === 'id' && rest.length === 0) return { value: lease.id, present: true };
    if (field === 'labels') return labelField(lease.labels, rest);
    return { value: '', present: false };
  };
}

/**
 * A predicate over leases for these filter arguments. Throws invalidArgument when malformed,
 * wrapped once more as the leases store does (metadata/leases.go:138: `…: invalid argument:
 * invalid argument`).
 */
export function leaseFilter(args: readonly string[]): (lease: LeaseRecord) => boolean {
  let filter;
  try {
    filter = parseFilters(args);
  } catch (err) {
    throw isInvalidArgument(err) ? invalidArgument((err as Error).message) : err;
  }
  return (lease) => filter(leaseAdaptor(lease));
}
