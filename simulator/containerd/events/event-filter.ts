// Subscription filters of the event exchange (events/exchange's envelope adaptor: `namespace`,
// `topic`, and `event.<field>` inside the body).

import type { Adaptor } from '../filters/filters';
import { parseFilters } from '../filters/filters';
import type { EventRecord } from '../metadata/schema';

function bodyField(body: Record<string, unknown>, path: readonly string[]): { value: string; present: boolean } {
  let current: unknown = body;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, key)) {
      return { value: '', present: false };
    }
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === 'string' || typeof current === 'number' || typeof current === 'boolean'
    ? { value: String(current), present: true }
    : { value: '', present: false };
}

function eventAdaptor(e: EventRecord): Adaptor {
  return (fieldpath) => {
    const [field, ...rest] = fieldpath;
    if (field === 'namespace' && rest.length === 0) return { value: e.namespace, present: true };
    if (field === 'topic' && rest.length === 0) return { value: e.topic, present: true };
    if (field === 'event') return bodyField(e.event, rest);
    return { value: '', present: false };
  };
}

/** A predicate over events for these filter arguments (throws invalidArgument when malformed). */
export function eventFilter(args: readonly string[]): (event: EventRecord) => boolean {
  const filter = parseFilters(args);
  return (e) => filter(eventAdaptor(e));
}
