// The oracle's data in this engine's value model: JSON decoded as encoding/json decodes into
// interface{}, and testdata/oracle/main.go's fixture *S mirrored field for field.

import { goFloat, goFunc, goMap, goNil, goSlice, goStruct } from './index';

/** encoding/json's decoding into interface{}: every object a map, every number a float64. */
export function fromJsonDecoded(v: unknown): unknown {
  if (typeof v === 'number') return Number.isInteger(v) ? goFloat(v) : v;
  if (Array.isArray(v)) return v.map(fromJsonDecoded);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, e] of Object.entries(v)) out[k] = fromJsonDecoded(e);
    return goMap(out);
  }
  return v;
}

/** The oracle's fixture *S (main.go), mirrored. */
export function structFixture(): unknown {
  const inner = (Name: string, N: number) =>
    goStruct(
      Object.assign(Object.create({ Hello: (who: string) => `hello ${who} from ${Name}` }) as object, { Name, N }),
      'main.Inner',
    );
  const M = goMap({ b: '2', a: '1', 'com.example': 'x' }, 'map[string]string');
  const ID = 'abc123';
  const proto = {
    Upper: () => ID.toUpperCase(),
    Label: (k: string) => (M as Record<string, string>)[k] ?? '',
    Fail: () => {
      throw new Error('it failed');
    },
  };
  const obj = Object.assign(Object.create(proto) as object, {
    ID,
    Names: goSlice(['web', 'db'], '[]string'),
    Count: 3,
    F: 1.5,
    Inner: inner('in', 7),
    P: goStruct(inner('ptr', 9), '*main.Inner'),
    NilP: goNil('*main.Inner', ['Name', 'N']),
    M,
    Empty: goMap({}, 'map[string]int'),
    Any: 'any',
    L: ['x', goFloat(2), true, null],
    B: true,
    Nil: goNil('[]string'),
    Fn: goFunc((s: string) => `fn:${s}`, 'func(string) string'),
    Ints: goSlice([3, 1, 2], '[]int'),
  });
  return goStruct(obj, '*main.S');
}

