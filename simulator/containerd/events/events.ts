// The event exchange (containerd's events/exchange): services publish a topic and a body in
// a namespace; subscribers (`ctr events`) see them in order. The simulator keeps the last
// MAX_EVENTS in the state tree so a late subscriber can still be shown what just happened.

import type { Node } from '../../node';
import type { EventRecord } from '../metadata/schema';
import { nowRfc3339Nano } from './timestamp';

/** How many events the ring keeps; older ones are dropped first. */
export const MAX_EVENTS = 1000;

/** Topics as containerd 1.6 names them (events/…/topics). */
export type EventTopic =
  | '/snapshot/prepare'
  | '/snapshot/commit'
  | '/snapshot/remove'
  | '/containers/create'
  | '/containers/update'
  | '/containers/delete'
  | '/tasks/create'
  | '/tasks/start'
  | '/tasks/exit'
  | '/tasks/delete'
  | '/tasks/exec-added'
  | '/tasks/exec-started'
  | '/tasks/paused'
  | '/tasks/resumed'
  | '/tasks/oom'
  | '/images/create'
  | '/images/update'
  | '/images/delete'
  | '/content/delete'
  | '/namespaces/create'
  | '/namespaces/update'
  | '/namespaces/delete';

/**
 * Appends one event, stamped with the node's clock. `event` is the body as ctr prints it
 * (protobuf JSON: snake_case keys, empty fields left out). Never throws.
 */
export function publishEvent(node: Node, namespace: string, topic: EventTopic, event: Record<string, unknown>): EventRecord {
  const record: EventRecord = { timestamp: nowRfc3339Nano(node), namespace, topic, event };
  const events = node.state.containerd.events;
  events.push(record);
  if (events.length > MAX_EVENTS) events.splice(0, events.length - MAX_EVENTS);
  return record;
}

/** Events recorded so far, oldest first (a copy; the ring is not exposed for writing). */
export function listEvents(node: Node): EventRecord[] {
  return node.state.containerd.events.slice();
}
