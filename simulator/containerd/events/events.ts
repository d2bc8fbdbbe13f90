// The event exchange (containerd's events/exchange): services publish a topic and a body in
// a namespace; subscribers (`ctr events`) see them in order, from the moment they subscribed
// on (the exchange is a broadcaster and replays nothing). The simulator also keeps the last
// MAX_EVENTS in the state tree, for tests and views of what just happened.
//
// Subscriptions live beside the node for as long as the page or process does, never in the
// saved state tree: a reload ends them, as a daemon restart ends a real stream.

import { type Node, notifyListeners } from '../../node';
import type { EventRecord } from '../metadata/schema';
import { randomInt } from '../../host/random';
import { nowNano, parseRfc3339Nano, rfc3339Nano, type NanoTime } from './timestamp';
import { copyPlain } from '../../schema/copy-plain';
import { keepLast } from '../../host/keep-last';

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

/** Receives each event published after it subscribed. */
export type EventSubscriber = (event: EventRecord) => void;

/** Which events a subscription wants (the exchange's filters, already parsed). */
export type EventMatcher = (event: EventRecord) => boolean;

interface Subscription {
  readonly subscriber: EventSubscriber;
  readonly matches: EventMatcher;
}

const subscriptions = new WeakMap<Node, Set<Subscription>>();

/**
 * Events published while the exchange is still handing out an earlier one (a subscriber that
 * reacts by changing the store, as the CRI plugin does): they wait their turn, so every
 * subscriber sees every event in the order the ring keeps them.
 */
const pending = new WeakMap<Node, EventRecord[]>();

/**
 * Subscribes to every event published on `node` from now on that `matches` accepts
 * (exchange.Subscribe with filters); returns the function that ends the subscription.
 */
export function subscribeEvents(node: Node, subscriber: EventSubscriber, matches: EventMatcher = () => true): () => void {
  let set = subscriptions.get(node);
  if (!set) {
    set = new Set();
    subscriptions.set(node, set);
  }
  // A fresh entry, so the same function subscribed twice gets two subscriptions.
  const entry: Subscription = { subscriber, matches };
  set.add(entry);
  return () => void set.delete(entry);
}

/** Hands `record` to each subscription that wants it; true when any did. */
function deliver(node: Node, record: EventRecord): boolean {
  const subscribed = subscriptions.get(node);
  if (!subscribed || subscribed.size === 0) return false;
  let delivered = false;
  for (const { subscriber, matches } of [...subscribed]) {
    try {
      if (!matches(record)) continue;
      delivered = true;
      // Each gets its own copy: a subscriber cannot change what the ring keeps.
      subscriber(copyPlain(record));
    } catch {
      // A subscriber's fault must not fail the service that published.
    }
  }
  return delivered;
}

/**
 * Appends one event, stamped with the node's clock, and hands it to every subscriber. `event`
 * is the body as ctr prints it (protobuf JSON: snake_case keys, empty fields left out). Never
 * throws.
 */
export function publishEvent(node: Node, namespace: string, topic: EventTopic, event: Record<string, unknown>): EventRecord {
  const events = node.state.containerd.events;
  const lastRecord = events[events.length - 1];
  const last = lastRecord === undefined ? undefined : stampOf(lastRecord);
  const time = monotonic(node, nowNano(node), last);
  const timestamp = rfc3339Nano(time);
  const record: EventRecord = { timestamp, namespace, topic, event };
  stamps.set(record, { time, timestamp });
  events.push(record);
  keepLast(events, MAX_EVENTS);
  const queue = pending.get(node);
  if (queue) {
    queue.push(record);
    return record;
  }
  const waiting: EventRecord[] = [record];
  pending.set(node, waiting);
  let delivered = false;
  try {
    for (let next = waiting.shift(); next; next = waiting.shift()) delivered = deliver(node, next) || delivered;
  } finally {
    pending.delete(node);
  }
  // Wakes whoever waits on the node (a streaming `ctr events` in another terminal).
  if (delivered) notifyListeners(node);
  return record;
}

/** The times of events published here, so the next one need not parse its predecessor's stamp. */
const stamps = new WeakMap<EventRecord, { time: NanoTime; timestamp: string }>();

/**
 * `record`'s time: as published (while its stamp is still the text it was published with), or
 * parsed from its stamp (a record restored from a save, or one whose stamp was changed).
 */
function stampOf(record: EventRecord): NanoTime | undefined {
  const known = stamps.get(record);
  if (known !== undefined && known.timestamp === record.timestamp) return known.time;
  return parseRfc3339Nano(record.timestamp ?? '');
}

function isAfter(a: NanoTime, b: NanoTime): boolean {
  return a.ms > b.ms || (a.ms === b.ms && a.subNanos > b.subNanos);
}

/**
 * The exchange stamps events as they pass, so their times only grow. The simulated clock
 * can stand still (tests, several events in one millisecond): then the event comes a few
 * microseconds after the previous one.
 */
function monotonic(node: Node, t: NanoTime, last: NanoTime | undefined): NanoTime {
  if (!last || isAfter(t, last)) return t;
  const sub = last.subNanos + randomInt(node.state.random, 1_000, 60_000);
  return { ms: last.ms + Math.floor(sub / 1_000_000), subNanos: sub % 1_000_000 };
}

/** Events recorded so far, oldest first (a copy; the ring is not exposed for writing). */
export function listEvents(node: Node): EventRecord[] {
  return node.state.containerd.events.slice();
}
