// The client's leases calls: client.LeasesService() (leases.Manager: Create, List, Delete).
// A lease keeps content and snapshots from the garbage collector while a client works.

import type { LeaseRecord } from '../metadata/schema';
import { leaseFilter } from '../leases/lease-filter';
import { createLease, deleteLease, listLeases, withClientLease, type CreateLeaseOptions } from '../leases/leases';
import type { ClientContext } from './context';
import { collectGarbage } from '../gc/collector';

export type { LeaseRecord, CreateLeaseOptions };

export function leasesApi(ctx: ClientContext) {
  const { node, namespace: ns } = ctx;
  return {
    /**
     * Create(WithID, WithExpiration, WithLabels): id random unless given, 24 h expiry unless
     * given (0: never). Throws alreadyExists, invalidArgument (namespace, label).
     */
    create(options: CreateLeaseOptions = {}): LeaseRecord {
      return createLease(node, ns, options);
    },

    /**
     * List(filters...): by id. Throws failedPrecondition without a namespace, invalidArgument
     * for a malformed filter.
     */
    list(filters: readonly string[] = []): LeaseRecord[] {
      const all = listLeases(node, ns);
      return all.filter(leaseFilter(filters));
    },

    /**
     * client.WithLease(ctx) around `call`: the temporary lease a writing call holds, deleted when
     * it returns (failed or not), which marks the store dirty. Throws failedPrecondition or
     * invalidArgument for the namespace, before `call` runs.
     */
    withLease<T>(call: () => T): T {
      return withClientLease(node, ns, call);
    },

    /**
     * Delete(Lease{ID}, leases.SynchronousDelete?). Synchronous: the collector has run when it
     * returns (metadata/gc.go's wait on the scheduler); else it runs a moment later. Throws
     * notFound (`lease "x": not found`), failedPrecondition.
     */
    delete(id: string, options: { synchronous?: boolean } = {}): void {
      deleteLease(node, ns, id);
      if (options.synchronous) collectGarbage(node);
    },
  };
}

export type LeasesApi = ReturnType<typeof leasesApi>;
