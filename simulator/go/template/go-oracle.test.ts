// Every case of testdata/oracle/cases.json, run through Go 1.19's own text/template (and for
// the `marshal` and `table` cases its encoding/json and docker/cli's formatter logic) by
// testdata/oracle/main.go and recorded in testdata/go1.19-results.json, must come out of this
// engine byte for byte: output, error text, or both (the partial output Go wrote before failing).

import { describe, expect, it } from 'vitest';
import results from './testdata/go1.19-results.json';
import randomResults from './testdata/go1.19-random-results.json';
import grammarResults from './testdata/go1.19-grammar-results.json';
import { goJsonEncode, goJsonMarshal, goJsonMarshalIndent } from '../json';
import { dockerTemplateFuncs, formatDockerRows, GoTemplateError, parseTemplate } from './index';
import { fromJsonDecoded, structFixture } from './oracle-data';

interface Recorded {
  t: string;
  rows?: unknown[];
  header?: Record<string, string>;
  indent?: string;
  prefix?: string;
  nohtml?: boolean;
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
    if (c.mode === 'marshal') {
      const data = fromJsonDecoded(c.data);
      const escapeHTML = !c.nohtml;
      if (c.nohtml) return { out: goJsonEncode(data, { escapeHTML, prefix: c.prefix, indent: c.indent }) };
      if (c.indent !== undefined) return { out: goJsonMarshalIndent(data, c.prefix ?? '', c.indent) };
      return { out: goJsonMarshal(data) };
    }
    if (c.mode === 'table') return { out: formatDockerRows({ format: c.t, rows: (c.rows ?? []).map(fromJsonDecoded), header: c.header }) };
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

describe('text/template, encoding/json and docker tables against Go 1.19', () => {
  const cases = results as Recorded[];
  it.each(cases.map((c, i) => [i, c] as const))('case %i', (_i, c) => {
    const got = run(c);
    const want: { out?: string; err?: string } = {};
    if (c.out !== undefined) want.out = c.out;
    if (c.err !== undefined) want.err = c.err;
    expect({ t: c.t, ...got }).toEqual({ t: c.t, ...want });
  });
});

// 700 random token soups (testdata/oracle/random-cases.json, seeded): mostly parse errors and
// execution errors, where the exact wording and position are easiest to get wrong.
describe('random templates against Go 1.19', () => {
  const cases = randomResults as Recorded[];
  it.each(cases.map((c, i) => [i, c] as const))('random case %i', (_i, c) => {
    const want: { out?: string; err?: string } = {};
    if (c.out !== undefined) want.out = c.out;
    if (c.err !== undefined) want.err = c.err;
    expect({ t: c.t, ...run(c) }).toEqual({ t: c.t, ...want });
  });
});

// 500 well-formed templates built from a small grammar (testdata/oracle/mkgrammar.py, seeded):
// fields, variables, functions, if/range/with/break — the execution paths.
describe('grammar-built templates against Go 1.19', () => {
  const cases = grammarResults as Recorded[];
  it.each(cases.map((c, i) => [i, c] as const))('grammar case %i', (_i, c) => {
    const want: { out?: string; err?: string } = {};
    if (c.out !== undefined) want.out = c.out;
    if (c.err !== undefined) want.err = c.err;
    expect({ t: c.t, ...run(c) }).toEqual({ t: c.t, ...want });
  });
});
