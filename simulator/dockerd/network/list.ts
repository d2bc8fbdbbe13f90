// GET /networks?filters=… (moby 20.10 daemon/network.go and api/server/router/network/filter.go):
// every network, filtered by the daemon — name (a substring), id (a prefix), driver, type
// (custom or builtin), label (key or key=value), scope, dangling (no endpoints). An unknown
// key is `Invalid filter 'x'`; the CLI sorts what comes back by name.

import type { Node } from '../../node';
import { invalidParameter } from '../errors';
import { networkResource, type NetworkResource } from './inspect';
import { isPredefined } from './network-store';
import { sweptStore } from './sweep';

const KEYS = new Set(['name', 'id', 'driver', 'type', 'label', 'scope', 'dangling']);

function matches(n: NetworkResource, key: string, value: string): boolean {
  switch (key) {
    case 'name':
      return n.Name.includes(value);
    case 'id':
      return n.Id.startsWith(value);
    case 'driver':
      return n.Driver === value;
    case 'type':
      return value === 'builtin' ? isPredefined(n.Name) : !isPredefined(n.Name);
    case 'scope':
      return n.Scope === value;
    case 'dangling': {
      const dangling = Object.keys(n.Containers).length === 0 && !isPredefined(n.Name);
      return (value === 'true' || value === '1') === dangling;
    }
    default: {
      const [k, v] = value.split(/=(.*)/s);
      return Object.hasOwn(n.Labels, k ?? '') && (v === undefined || n.Labels[k ?? ''] === v);
    }
  }
}

/** `filters`: "key=value" strings as the CLI's -f gives them. */
export function listNetworks(node: Node, filters: readonly string[] = []): NetworkResource[] {
  const parsed = filters.map((f) => {
    const [key = '', value = ''] = f.split(/=(.*)/s);
    if (!f.includes('=')) throw invalidParameter(`bad format of filter (expected name=value)`);
    if (!KEYS.has(key)) throw invalidParameter(`Invalid filter '${key}'`);
    if (key === 'type' && value !== 'custom' && value !== 'builtin') throw invalidParameter(`invalid filter: 'type'='${value}'`);
    return { key, value };
  });
  const store = sweptStore(node);
  const all = Object.values(store.networks).map((n) => networkResource(node, n));
  // Values of one key are alternatives; different keys must all match (filters.Args).
  const byKey = new Map<string, string[]>();
  for (const { key, value } of parsed) byKey.set(key, [...(byKey.get(key) ?? []), value]);
  return all.filter((n) => [...byKey].every(([key, values]) => values.some((value) => matches(n, key, value))));
}
