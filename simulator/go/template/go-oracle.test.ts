// Every case of testdata/oracle/cases.json, run through Go 1.19's own text/template by
// testdata/oracle/main.go and recorded in testdata/go1.19-results.json, must come out of this
// engine byte for byte: output, error text, or both (the partial output Go wrote before failing).

import { describe, expect, it } from 'vitest';
import results from './testdata/go1.19-results.json';
import { dockerTemplateFuncs, GoTemplateError, goFloat, goMap, goNil, goStruct, parseTemplate } from './index';

interface Recorded {
  t: string;
  data?: unknown;
  mode?: string;
  funcs?: string;
  opt?: string;
  out?: string;
  err?: string;
}

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
    Names: ['web', 'db'],
    Count: 3,
    F: 1.5,
    Inner: inner('in', 7),
    P: goStruct(inner('ptr', 9), '*main.Inner'),
    NilP: goNil('*main.Inner'),
    M,
    Empty: goMap({}, 'map[string]int'),
    Any: 'any',
    L: ['x', goFloat(2), true, null],
    B: true,
    Nil: goNil('[]string'),
    Fn: { fn: (s: string) => `fn:${s}` },
    Ints: [3, 1, 2],
  });
  return goStruct(obj, '*main.S');
}

function run(c: Recorded): { out?: string; err?: string } {
  let out = '';
  try {
    const tmpl = parseTemplate(c.t, {
      funcs: c.funcs === 'docker' ? dockerTemplateFuncs : {},
      missingKey: c.opt ? (c.opt.split('=')[1] as 'error' | 'zero') : undefined,
    });
    const data = c.mode === 'struct' ? structFixture() : fromJsonDecoded(c.data);
    out = tmpl.executePartial(data);
    tmpl.execute(data);
    return { out };
  } catch (e) {
    if (!(e instanceof GoTemplateError)) throw e;
    return out === '' ? { err: e.message } : { out, err: e.message };
  }
}

describe('text/template against Go 1.19', () => {
  const cases = results as Recorded[];
  it.each(cases.map((c, i) => [i, c] as const))('case %i', (_i, c) => {
    const got = run(c);
    const want: { out?: string; err?: string } = {};
    if (c.out !== undefined) want.out = c.out;
    if (c.err !== undefined) want.err = c.err;
    expect({ t: c.t, ...got }).toEqual({ t: c.t, ...want });
  });
});
