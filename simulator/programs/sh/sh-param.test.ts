// ${…} forms against what busybox 1.35's sh printed on the oracle machine for the same words
// (oracle 102 holds them against busybox 1.36 in a container).
import { describe, expect, it } from 'vitest';
import { ShExpansionError } from './sh-expansion-error';
import { expandParameter } from './sh-param';

function scope(vars: Record<string, string>) {
  return { vars, get: (n: string) => vars[n], assign: (n: string, v: string) => void (vars[n] = v), expandOperand: (w: string) => w.replace(/\$(\w+)/g, (_, n: string) => vars[n] ?? '') };
}

describe('${…} as busybox ash expands it', () => {
  it('measures, removes patterns, replaces and takes substrings', () => {
    const s = scope({ v: 'hello.tar.gz', e: '', x: 'a/b/c' });
    const cases: Array<[string, string]> = [
      ['#v', '12'], ['#e', '0'], ['#unset', '0'], ['v%.*', 'hello.tar'], ['v%%.*', 'hello'], ['v#*.', 'tar.gz'], ['v##*.', 'gz'],
      ['v/l/L', 'heLlo.tar.gz'], ['v//l/L', 'heLLo.tar.gz'], ['v/l', 'helo.tar.gz'], ['v/#h/H', 'hello.tar.gz'], ['v/%gz/xz', 'hello.tar.gz'],
      ['v:1:3', 'ell'], ['v:2', 'llo.tar.gz'], ['v: -3', '.gz'], ['v:1:-2', 'ello.tar.'], ['v:50', ''], ['v:1:0', ''],
      ['v%.[a-z]*', 'hello.tar'], ['x##*/', 'c'], ['x%/*', 'a/b'], ['x//\\//-', 'a-b-c'], ['v%nomatch', 'hello.tar.gz'],
    ];
    for (const [inner, want] of cases) expect([inner, expandParameter(inner, s)]).toEqual([inner, want]);
  });

  it('defaults, assigns and alternates with and without the colon', () => {
    const s = scope({ e: '', v: 'x' });
    expect(['e-d', 'e:-d', 'u-d', 'v+alt', 'e+alt', 'e:+alt', 'u+alt'].map((i) => expandParameter(i, s))).toEqual(['', 'd', 'd', 'alt', 'alt', '', '']);
    expect(expandParameter('u:=set', s)).toBe('set');
    expect(s.vars.u).toBe('set');
    expect(expandParameter('e=kept', s)).toBe('');
    expect(s.vars.e).toBe('');
  });

  it('ends the shell for an unset parameter asked for with ?, in ash words', () => {
    const s = scope({ e: '' });
    expect(() => expandParameter('u:?oops', s)).toThrow(new ShExpansionError('u: oops'));
    expect(() => expandParameter('u?', s)).toThrow('u: parameter not set');
    expect(() => expandParameter('e:?', s)).toThrow('e: parameter not set');
    expect(expandParameter('e?', s)).toBe('');
    expect(() => expandParameter('v@x', s)).toThrow(ShExpansionError);
  });
});
