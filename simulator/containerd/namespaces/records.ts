// Reading and writing records keyed by user-chosen strings. State maps are plain objects (they
// must stay JSON data), so a key such as "__proto__" or "constructor" must never reach the
// prototype: reads check own properties, writes define own properties.

/** The own entry `key` of `map`, or undefined (never an inherited property). */
export function getOwn<T>(map: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

/** Sets own entry `key` of `map`, even for keys like "__proto__". */
export function putOwn<T>(map: Record<string, T>, key: string, value: T): void {
  // Only "__proto__" has a setter on the way (Object.prototype's); any other key assigned
  // plainly becomes the same own, enumerable, writable property, and far more cheaply.
  if (key === '__proto__') Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
  else map[key] = value;
}

/**
 * The values of `map` sorted by key, the order in which bolt walks a bucket (its keys compare
 * as bytes; for the identifiers stored here UTF-16 order agrees). What every List returns.
 */
export function valuesInKeyOrder<T>(map: Record<string, T>): T[] {
  // sort()'s default order compares strings by UTF-16 code units, as `a < b` does, natively.
  return Object.keys(map)
    .sort()
    .map((key) => map[key] as T);
}
