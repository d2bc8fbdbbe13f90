// Go's assignability for a function's arguments (text/template exec.go validateType, the spec's
// "Assignability"): a value goes where its own type is asked, or where its underlying type is and
// one of the two types is not named. docker's strslice.StrSlice (a named []string) goes to
// join's []string (oracle 64-learner-fresh-m.sh, `join .Config.Cmd`); a []interface {} does not.

import { describe, expect, it } from 'vitest';
import { assignableTo } from './values';
import { goSlice, goStruct, GoNamedString, parseDockerTemplate } from './index';

const run = (text: string, dot: unknown) => parseDockerTemplate(text).execute(dot);

describe('assignability of template arguments', () => {
  it('a named slice type whose underlying type is []string is a []string argument', () => {
    const dot = goStruct({ Cmd: goSlice(['sh', '-c', 'true'], 'strslice.StrSlice', '[]string'), Names: goSlice(['a', 'b'], 'my.Names', '[]string') });
    expect(run('{{join .Cmd " "}}|{{join .Names ","}}', dot)).toBe('sh -c true|a,b');
  });

  it('without that underlying type, or as []interface {}, it is the wrong type', () => {
    expect(() => run('{{join .X ","}}', goStruct({ X: goSlice(['a'], 'my.Ints', '[]int') }))).toThrow(/wrong type for value; expected \[\]string; got my\.Ints/);
    expect(() => run('{{join .X ","}}', goStruct({ X: ['a'] }))).toThrow(/wrong type for value; expected \[\]string; got \[\]interface \{\}/);
  });

  it('two named types are not assignable to each other even when alike underneath', () => {
    expect(assignableTo(goSlice(['a'], 'strslice.StrSlice', '[]string'), 'strslice.StrSlice')).toBe(true);
    expect(assignableTo(goSlice(['a'], 'strslice.StrSlice', '[]string'), 'my.Names')).toBe(false);
    // string is a named (predeclared) type: json.Number is no string argument.
    expect(assignableTo(new GoNamedString('1', 'json.Number'), 'string')).toBe(false);
  });
});
