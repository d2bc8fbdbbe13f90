// formatter.MarshalJSON of docker/cli's row contexts (docker/cli@v20.10.24
// cli/command/formatter/reflect.go marshalJSON): every exported method without arguments, by
// its name, in a map — so `{{json .}}` prints the columns with sorted keys, as json.Marshal
// writes them (HTML-escaped: `<none>` is `\u003cnone\u003e` even through the template's
// `json`, which copies a MarshalJSON result as it is).

import { goJsonMarshal, withMarshalJSON } from '../../../go/json';
import { GoNamedString, goMap, goStruct } from '../../../go/template/index';

/** The methods of a row: its class's (prototype) methods, and any own function replacing one. */
function methodNames(row: object): string[] {
  const names = new Set<string>();
  for (let proto = Object.getPrototypeOf(row) as object | null; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
    for (const name of Object.getOwnPropertyNames(proto)) if (name !== 'constructor' && /^[A-Z]/.test(name)) names.add(name);
  }
  for (const name of Object.keys(row)) if (/^[A-Z]/.test(name)) names.add(name);
  return [...names];
}

/**
 * A row context for templates: `row` is an instance whose exported (capitalised) methods are
 * its columns, as on docker's *Context types (per-row data in private `#` fields, which a
 * template cannot reach, like Go's unexported fields); `typeName` is the Go type errors name
 * (`*formatter.ContainerContext`). `{{json .}}` gives the argument-less methods.
 */
export function rowContext<T extends object>(row: T, typeName: string): T {
  goStruct(row, typeName);
  return withMarshalJSON(row, () => {
    const fields: Record<string, unknown> = {};
    const methods = row as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const name of methodNames(row)) {
      const fn = methods[name];
      if (typeof fn === 'function' && fn.length === 0) fields[name] = fn.call(row);
    }
    // The bytes MarshalJSON returned are copied verbatim (a json.Number is written the same way).
    return new GoNamedString(goJsonMarshal(goMap(fields)), 'json.Number');
  });
}
