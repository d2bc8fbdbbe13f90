// Every case of testdata/oracle/cases.json, run through Go 1.19's own text/template by
// testdata/oracle/main.go and recorded in testdata/go1.19-results.json, must come out of this
// engine byte for byte: output, error text, or both (the partial output Go wrote before failing).

import { describe, expect, it } from 'vitest';
import results from './testdata/go1.19-results.json';
import { dockerTemplateFuncs, GoTemplateError, parseTemplate } from './index';
import { fromJsonDecoded, structFixture } from './oracle-data';

interface Recorded {
  t: string;
  data?: unknown;
  mode?: string;
  funcs?: string;
  opt?: string;
  out?: string;
  err?: string;
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
