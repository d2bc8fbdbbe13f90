// The client's events calls (client.EventService(), events.go): Subscribe with filters, the
// way `ctr events`, the CRI plugin and dockerd follow what containerd does. Publishing is the
// services' business (and the shims'), so a tool has no call for it.

import type { EventRecord } from '../metadata/schema';
import { ContainerdError, plain } from '../../errdefs/errdefs';
import { asGrpcStatus } from '../errgrpc';
import { eventFilter } from '../events/event-filter';
import { subscribeEvents } from '../events/events';
import type { ClientContext } from './context';

/** One event as the exchange delivers it: timestamp, namespace, topic and the event's body. */
export type EventEnvelope = EventRecord;

/**
 * The events service parses the filters once the stream is open and ends it with a plain
 * wrapped error, which reaches the client as an Unknown status (seen on containerd 1.6.20).
 */
function subscriptionFilter(filters: readonly string[]): (e: EventRecord) => boolean {
  try {
    return eventFilter(filters);
  } catch (err) {
    if (!(err instanceof ContainerdError)) throw err;
    throw asGrpcStatus(plain(`subscription error: failed parsing subscription filters: ${err.message}`));
  }
}

export function eventsApi(ctx: ClientContext) {
  return {
    /**
     * EventService().Subscribe(ctx, filters...): every event published from now on, in every
     * namespace unless a filter says `namespace==…`, in the order published; returns the
     * cancel function. Throws (Unknown status) when a filter does not parse.
     */
    subscribe(filters: readonly string[], onEvent: (event: EventEnvelope) => void): () => void {
      const matches = subscriptionFilter(filters);
      return subscribeEvents(ctx.node, onEvent, matches);
    },
  };
}

export type EventsApi = ReturnType<typeof eventsApi>;
