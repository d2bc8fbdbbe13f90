// Whatever text a learner types after --format, the engine answers as Go does: the text
// parses or fails with a GoTemplateError, and executing never throws anything else — no
// TypeError, no stack overflow escaping as a RangeError, no hang.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dockerTemplateFuncs, GoTemplateError, parseTemplate } from './index';
import { fromJsonDecoded, structFixture } from './oracle-data';

const PIECES = [
  '{{', '}}', '{{-', '-}}', ' ', '\n', '.', '.A', '.M', '.L', '.N', '.Missing', '$', '$x', ':=', '=', '|', '(', ')', '"s"', '`r`', "'c'",
  '1', '-1', '1.5', '0x1F', '1e3', '1i', 'nil', 'true', 'if', 'else', 'end', 'range', 'with', 'define', 'template', 'block', 'break', 'continue',
  'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'and', 'or', 'not', 'len', 'index', 'slice', 'print', 'printf', 'println', 'html', 'js', 'urlquery', 'call',
  'json', 'split', 'join', 'title', 'lower', 'upper', 'pad', 'truncate', '"%d %s %v %q %x %5.2f %!"', '/*', '*/', ',', '@', 'é', '}', '{', 'text',
];

const templateText = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((a) => a.join('')),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((a) => `{{${a.join(' ')}}}`),
  fc.string({ maxLength: 40 }),
);

const DATA = fromJsonDecoded({ A: 1, S: 'str', M: { a: 1, b: [1, 2] }, L: ['a', 'b'], N: null, E: '' });

function runOnce(text: string, data: unknown): void {
  let tmpl: ReturnType<typeof parseTemplate>;
  try {
    tmpl = parseTemplate(text, { funcs: dockerTemplateFuncs });
  } catch (e) {
    expect(e).toBeInstanceOf(GoTemplateError);
    expect((e as Error).message).toMatch(/^template: /);
    return;
  }
  try {
    expect(typeof tmpl.execute(data)).toBe('string');
  } catch (e) {
    expect(e).toBeInstanceOf(GoTemplateError);
    expect((e as Error).message).toMatch(/^template: /);
  }
}

describe('any template text', () => {
  it('parses or throws GoTemplateError; executing returns a string or throws GoTemplateError', () => {
    fc.assert(
      fc.property(templateText, fc.constantFrom<unknown>(DATA, structFixture(), undefined, 'str', [1, 'x']), (text, data) => runOnce(text, data)),
      { numRuns: 3000 },
    );
  });

  it('deep recursion through {{template}} is Go’s depth error, not a crash', () => {
    const t = parseTemplate('{{define "r"}}{{template "r" .}}{{end}}{{template "r" .}}');
    expect(() => t.execute(1)).toThrow(GoTemplateError);
    // Go 1.19 prints exactly this (checked with go run).
    expect(() => t.execute(1)).toThrow('template: :1:25: executing "r" at <{{template "r" .}}>: exceeded maximum template depth (100000)');
  });

  it('deeply nested parentheses parse or fail as GoTemplateError', () => {
    const text = `{{${'('.repeat(5000)}1${')'.repeat(5000)}}}`;
    try {
      expect(parseTemplate(text).execute(null)).toBe('1');
    } catch (e) {
      expect(e).toBeInstanceOf(GoTemplateError);
    }
  });
});
