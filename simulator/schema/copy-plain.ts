// A deep copy of plain data (the JSON-shaped records of the node's state: objects, arrays,
// strings, numbers, booleans, null). Member by member, which costs a fraction of
// structuredClone's serialisation for the small bodies the services copy on every call
// (event bodies, decoded configs, container extensions); anything that is not a plain object
// or array (never expected) still goes through structuredClone.

export function copyPlain<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copyPlain) as T;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return structuredClone(value);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const member = copyPlain((value as Record<string, unknown>)[key]);
    // "__proto__" as a key must stay an own property, as structuredClone keeps it.
    if (key === '__proto__') Object.defineProperty(out, key, { value: member, enumerable: true, writable: true, configurable: true });
    else out[key] = member;
  }
  return out as T;
}
