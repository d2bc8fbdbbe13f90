// Which events a subscription lets through (moby v20.10.24 daemon/events/filter.go over
// api/types/filters Args): every filter key given must match — `type`, `event` (a prefix for
// health_status/exec_create/exec_start, whose actions carry the command), `scope`, `container` /
// `network` / `volume` / `daemon` / `plugin` (a prefix of the actor's ID or name, and only
// events of that type), `image` (the image event's id or name, or a container event's image,
// also without its tag) and `label` (key or key=value among the attributes). The daemon does
// not check the keys: an unknown one filters nothing.

import { parseDockerRef } from '../../oci/docker-reference';
import { familiarName } from '../images/familiar-name';
import type { EventMessage } from './event-message';

/** filters.Args: each key's set of values. */
export type EventFilters = ReadonlyMap<string, readonly string[]>;

/** Args.ExactMatch: no values for the key, or one equal to `source`. */
function exactMatch(f: EventFilters, key: string, source: string): boolean {
  const values = f.get(key);
  return !values || values.length === 0 || values.includes(source);
}

/** Args.FuzzyMatch: ExactMatch, or a value that is a prefix of `source`. */
function fuzzyMatch(f: EventFilters, key: string, source: string): boolean {
  if (exactMatch(f, key, source)) return true;
  return (f.get(key) ?? []).some((prefix) => source.startsWith(prefix));
}

/** Args.MatchKVList: each value `k` or `k=v` present in `attributes`. */
function matchKVList(f: EventFilters, key: string, attributes: Record<string, string>): boolean {
  const values = f.get(key);
  if (!values || values.length === 0) return true;
  return values.every((value) => {
    const eq = value.indexOf('=');
    const k = eq < 0 ? value : value.slice(0, eq);
    if (!Object.hasOwn(attributes, k)) return false;
    return eq < 0 || attributes[k] === value.slice(eq + 1);
  });
}

const FUZZY_EVENTS = new Set(['health_status', 'exec_create', 'exec_start']);

function matchEvent(f: EventFilters, e: EventMessage): boolean {
  if ((f.get('event') ?? []).some((v) => FUZZY_EVENTS.has(v))) return fuzzyMatch(f, 'event', e.Action);
  return exactMatch(f, 'event', e.Action);
}

/** fuzzyMatchName: the key named after a type matches that type's actors only. */
function matchName(f: EventFilters, e: EventMessage, type: string): boolean {
  return fuzzyMatch(f, type, e.Actor.ID) || fuzzyMatch(f, type, e.Actor.Attributes.name ?? '');
}

/** reference.FamiliarName of a parsed reference, or the text itself when it does not parse. */
function stripTag(image: string): string {
  try {
    return familiarName(parseDockerRef(image).name);
  } catch {
    return image;
  }
}

function matchImage(f: EventFilters, e: EventMessage): boolean {
  const id = e.Actor.ID;
  const name = e.Actor.Attributes[e.Type === 'image' ? 'name' : 'image'] ?? '';
  return exactMatch(f, 'image', id) || exactMatch(f, 'image', name) || exactMatch(f, 'image', stripTag(id)) || exactMatch(f, 'image', stripTag(name));
}

/** Filter.Include. */
export function includes(f: EventFilters, e: EventMessage): boolean {
  if (f.size === 0) return true;
  return (
    matchEvent(f, e) &&
    exactMatch(f, 'type', e.Type) &&
    (!f.has('scope') || exactMatch(f, 'scope', e.scope)) &&
    ['daemon', 'container', 'plugin', 'volume', 'network', 'node', 'service', 'secret', 'config'].every((type) => matchName(f, e, type)) &&
    matchImage(f, e) &&
    (!f.has('label') || matchKVList(f, 'label', e.Actor.Attributes))
  );
}
