// dockerd's events service (moby v20.10.24 daemon/events/events.go, daemon/events.go): every
// action on a container, image, network or volume is logged as an events.Message — Type,
// Action, Actor (ID and Attributes), scope "local", time and timeNano — kept in a ring of the
// last 256 and handed to every subscriber. A container's attributes are its labels plus
// `image` (Config.Image) and `name`; an image's event carries the deprecated `status`/`id`
// fields, a container's also `from`.
//
// Like moby's, the ring lives in the daemon's memory only: it is not saved with the node, and a
// restart of the docker unit starts it empty.

import type { Node } from '../../node';
import type { DockerContainerRecord } from '../store/container-record';
import { type EventFilters, includes } from './event-filter';
import type { EventActor, EventMessage, EventType } from './event-message';
import { keepLast } from '../../host/keep-last';

export type { EventActor, EventMessage, EventType } from './event-message';

/** eventsLimit: the ring's size. */
export const EVENTS_LIMIT = 256;

interface EventBus {
  ring: EventMessage[];
  subscribers: Set<(e: EventMessage) => void>;
  lastNano: bigint;
  seq: number;
}

const buses = new WeakMap<Node['runtime'], EventBus>();

function busOf(node: Node): EventBus {
  let bus = buses.get(node.runtime);
  if (!bus) buses.set(node.runtime, (bus = { ring: [], subscribers: new Set(), lastNano: 0n, seq: 0 }));
  return bus;
}

/** A fresh daemon: nothing logged yet (the docker unit started again). */
export function resetEvents(node: Node): void {
  const bus = busOf(node);
  bus.ring = [];
}

/**
 * The node's clock in nanoseconds. The clock has millisecond resolution; the digits below it
 * come from the event's sequence number (never from the node's seeded generator, whose draws
 * decide ids), and times only grow, as Go's monotonic clock makes them.
 */
function stamp(node: Node, bus: EventBus): bigint {
  bus.seq += 1;
  const sub = BigInt(((bus.seq * 2_654_435_761) >>> 0) % 1_000_000);
  let nano = BigInt(Math.floor(node.nowMs())) * 1_000_000n + sub;
  if (nano <= bus.lastNano) nano = bus.lastNano + 1_000n + (sub % 50_000n);
  bus.lastNano = nano;
  return nano;
}

/** Events.Log: a local-scope message, the deprecated fields filled for containers and images. */
export function logEvent(node: Node, type: EventType, action: string, actor: EventActor): void {
  const bus = busOf(node);
  const timeNano = stamp(node, bus);
  const message: EventMessage = { Type: type, Action: action, Actor: actor, scope: 'local', time: Number(timeNano / 1_000_000_000n), timeNano };
  if (type === 'container') Object.assign(message, { status: action, id: actor.ID, ...(actor.Attributes.image ? { from: actor.Attributes.image } : {}) });
  if (type === 'image') Object.assign(message, { status: action, id: actor.ID });
  // Key order as json.Marshal writes events.Message.
  const ordered: EventMessage = {
    ...(message.status !== undefined ? { status: message.status } : {}),
    ...(message.id !== undefined ? { id: message.id } : {}),
    ...(message.from !== undefined ? { from: message.from } : {}),
    Type: message.Type,
    Action: message.Action,
    Actor: message.Actor,
    scope: message.scope,
    time: message.time,
    timeNano: message.timeNano,
  };
  bus.ring.push(ordered);
  keepLast(bus.ring, EVENTS_LIMIT);
  for (const subscriber of [...bus.subscribers]) {
    try {
      subscriber(ordered);
    } catch {
      // A subscriber's fault must not fail the daemon's action.
    }
  }
}

/** LogContainerEventWithAttributes: the labels, then `image` and `name` over the given attributes. */
export function logContainerEvent(node: Node, record: DockerContainerRecord, action: string, attributes: Record<string, string> = {}): void {
  const attrs: Record<string, string> = { ...attributes, ...((record.config.Labels as Record<string, string> | undefined) ?? {}) };
  const image = record.config.Image as string | undefined;
  if (image) attrs.image = image;
  attrs.name = record.name;
  logEvent(node, 'container', action, { ID: record.id, Attributes: attrs });
}

/** LogImageEvent(imageID, refName, action): `name` is the reference, or the id itself. */
export function logImageEvent(node: Node, imageId: string, refName: string, action: string): void {
  logEvent(node, 'image', action, { ID: imageId, Attributes: { name: refName } });
}

/** LogNetworkEventWithAttributes: `name` and `type` (the driver) over the given attributes. */
export function logNetworkEvent(node: Node, network: { id: string; name: string; driver: string }, action: string, attributes: Record<string, string> = {}): void {
  logEvent(node, 'network', action, { ID: network.id, Attributes: { ...attributes, name: network.name, type: network.driver } });
}

/** LogVolumeEvent. */
export function logVolumeEvent(node: Node, name: string, action: string, attributes: Record<string, string>): void {
  logEvent(node, 'volume', action, { ID: name, Attributes: attributes });
}

/**
 * SubscribeTopic: the buffered events between `since` and `until` (Unix nanoseconds; undefined
 * for the zero time) that the filters let through (none when neither is given:
 * loadBufferedEvents), and a subscription to later ones.
 */
export function subscribeToEvents(
  node: Node,
  since: bigint | undefined,
  until: bigint | undefined,
  filters: EventFilters,
  onEvent: (e: EventMessage) => void,
): { buffered: EventMessage[]; unsubscribe: () => void } {
  const bus = busOf(node);
  const buffered: EventMessage[] = [];
  if (since !== undefined || until !== undefined) {
    for (let i = bus.ring.length - 1; i >= 0; i--) {
      const e = bus.ring[i] as EventMessage;
      if (since !== undefined && e.timeNano < since) break;
      if (until !== undefined && until > 0n && e.timeNano > until) continue;
      if (includes(filters, e)) buffered.unshift(e);
    }
  }
  const subscriber = (e: EventMessage) => {
    if (includes(filters, e)) onEvent(e);
  };
  bus.subscribers.add(subscriber);
  return { buffered, unsubscribe: () => void bus.subscribers.delete(subscriber) };
}

/** An exec's action text: `exec_create: <entrypoint> <args joined>` (daemon/exec.go), so `exec_start: true ` for no args. */
export function execAction(kind: 'exec_create' | 'exec_start', command: readonly string[]): string {
  return `${kind}: ${command[0] ?? ''} ${command.slice(1).join(' ')}`;
}
