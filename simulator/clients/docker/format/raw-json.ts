// formatter.MarshalJSON of docker/cli's row contexts (docker/cli@v20.10.24
// cli/command/formatter/reflect.go marshalJSON): every exported method without arguments, by
// its name, in a map — so `{{json .}}` prints the columns with sorted keys, as json.Marshal
// writes them (HTML-escaped: `<none>` is `\u003cnone\u003e` even through the template's
// `json`, which copies a MarshalJSON result as it is).

import { goJsonMarshal, withMarshalJSON } from '../../../go/json';
import { GoNamedString, goMap, goStruct } from '../../../go/template/index';

type Methods = Record<string, (...args: never[]) => unknown>;

/**
 * A row context for templates: `methods` are its columns (Go methods), `typeName` the Go type
 * errors name (`*formatter.ContainerContext`). `{{json .}}` gives the argument-less ones.
 */
export function rowContext<T extends Methods>(methods: T, typeName: string): T {
  const row = goStruct(methods, typeName);
  return withMarshalJSON(row, () => {
    const fields: Record<string, unknown> = {};
    for (const [name, fn] of Object.entries(methods)) if (fn.length === 0) fields[name] = (fn as () => unknown)();
    // The bytes MarshalJSON returned are copied verbatim (a json.Number is written the same way).
    return new GoNamedString(goJsonMarshal(goMap(fields)), 'json.Number');
  });
}
