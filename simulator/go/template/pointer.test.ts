// Non-nil pointers to non-struct values (types.ContainerJSON's SizeRw and SizeRootFs are *int64)
// as go1.19's text/template and fmt treat them: an action prints what the pointer points at
// (exec.go printableValue), len and index look through it (funcs.go indirect), comparisons
// refuse it (basicKind has no pointer kind: lt says "invalid type for comparison", eq against
// an int "incompatible types for comparison"), and fmt prints its address (print.go
// fmtPointer). The real dockerd 20.10.24 answers `{{gt .SizeRootFs 0}}` after `inspect -s`
// with the raw fallback's error (tests/oracle/docker/scripts/80-fresh-pending.sh).

import { describe, expect, it } from 'vitest';
import { goJsonMarshal } from '../json';
import { goPtr, goStruct } from './values';
import { executeInspectTemplate, parseDockerTemplate } from './index';

const dot = () => goStruct({ P: goPtr(5, '*int64', 0xc0004a2b58n), Q: goPtr(5, '*int64', 0xc0004a2b60n), N: 5 }, 'types.ContainerJSON');
const run = (text: string, d: unknown = dot()) => parseDockerTemplate(text).execute(d);

describe('pointers to non-struct values in templates', () => {
  it('an action, with and if look through the pointer', () => {
    expect(run('{{.P}}|{{with .P}}{{.}}{{end}}|{{if .P}}yes{{end}}')).toBe('5|5|yes');
  });

  it('print and printf print the address as fmt does', () => {
    expect(run('{{print .P}}|{{printf "%v" .P}}|{{printf "%p" .P}}|{{printf "%d" .P}}|{{printf "%T" .P}}')).toBe(
      `0xc0004a2b58|0xc0004a2b58|0xc0004a2b58|${0xc0004a2b58}|*int64`,
    );
    expect(run('{{printf "%s" .P}}|{{printf "%#v" .P}}')).toBe('%!s(*int64=0xc0004a2b58)|(*int64)(0xc0004a2b58)');
    // Inside a struct printed with %v the field is an address too.
    expect(run('{{printf "%v" .}}')).toBe('{0xc0004a2b58 0xc0004a2b60 5}');
  });

  it('comparisons refuse a pointer; eq of the same pointer is true, of two pointers false', () => {
    expect(() => run('{{gt .P 0}}')).toThrow(/error calling gt: invalid type for comparison/);
    expect(() => run('{{lt .N .P}}')).toThrow(/error calling lt: invalid type for comparison/);
    expect(() => run('{{eq .P 5}}')).toThrow(/error calling eq: incompatible types for comparison/);
    expect(run('{{eq .P .P}} {{eq .P .Q}} {{ne .P .Q}}')).toBe('true false true');
  });

  it('len, index and fields name the pointed-to type or the pointer type as Go does', () => {
    expect(() => run('{{len .P}}')).toThrow(/error calling len: len of type int64/);
    expect(() => run('{{index .P 0}}')).toThrow(/error calling index: can't index item of type int64/);
    expect(() => run('{{.P.X}}')).toThrow(/can't evaluate field X in type \*int64/);
  });

  it('json writes the value; the inspect fallback decodes it as json.Number and refuses gt there too', () => {
    expect(run('{{json .P}}')).toBe('5');
    expect(goJsonMarshal(dot())).toBe('{"P":5,"Q":5,"N":5}');
    expect(() => executeInspectTemplate(parseDockerTemplate('{{gt .P 0}}'), dot())).toThrow(
      'template parsing error: template: :1:2: executing "" at <gt .P 0>: error calling gt: incompatible types for comparison',
    );
  });
});
