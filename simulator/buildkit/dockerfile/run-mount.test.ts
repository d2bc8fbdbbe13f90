// parseMount as moby/buildkit@v0.10.4 frontend/dockerfile/instructions/commands_runmount.go
// has it: nothing but csv and from= checked at parse time, every key when converted, the
// read-only default of bind/secret/ssh, and the checks of key combinations.

import { describe, expect, it } from 'vitest';
import { parseRunMount } from './run-mount';

const id = (w: string) => w;

describe('RUN --mount values', () => {
  it('checks only the csv and a variable in from= while parsing', () => {
    expect(parseRunMount('type=bogus,foo=bar')).toBeUndefined();
    expect(() => parseRunMount('from=$X')).toThrow("'from' doesn't support variable expansion, define alias stage instead");
    expect(() => parseRunMount('"a')).toThrow('failed to parse csv mounts: parse error on line 1, column 1: extraneous or missing " in quoted-field');
  });

  it('defaults to a read-only bind; cache and tmpfs are writable; rw / ro / readonly=false override', () => {
    expect(parseRunMount('target=/x', id)).toMatchObject({ type: 'bind', target: '/x', readOnly: true });
    expect(parseRunMount('type=cache,target=/x', id)).toMatchObject({ type: 'cache', readOnly: false });
    expect(parseRunMount('type=tmpfs,dst=/x,size=64m', id)).toMatchObject({ type: 'tmpfs', readOnly: false, sizeLimit: 64 * 1024 * 1024 });
    expect(parseRunMount('target=/x,rw', id)).toMatchObject({ readOnly: false });
    expect(parseRunMount('type=cache,target=/x,ro', id)).toMatchObject({ readOnly: true });
    expect(parseRunMount('target=/x,readonly=false', id)).toMatchObject({ readOnly: false });
    expect(parseRunMount('type=SECRET,id=a,required,mode=0440,uid=1', id)).toMatchObject({ type: 'secret', id: 'a', required: true, mode: 0o440, uid: 1, readOnly: true });
  });

  it('expands every value with the stage\'s variables when converted', () => {
    expect(parseRunMount('target=$T', (w) => w.replace('$T', '/cache'))).toMatchObject({ target: '/cache' });
  });

  it('fails with the frontend\'s words', () => {
    const cases: Array<[string, string]> = [
      ['type=volume', 'unsupported mount type "volume"'],
      ['type=cahce,target=/x', 'unsupported mount type "cahce" (did you mean cache?)'],
      ['target=/x,sharing=shared', 'invalid cache sharing set for bind mount'],
      ['type=cache,target=/x,sharing=all', 'unsupported sharing value "all"'],
      ['type=tmpfs,target=/x,uid=1', 'uid not allowed for "tmpfs" type mounts'],
      ['type=cache,target=/x,mode=9', 'invalid value 9 for mode'],
      ['type=tmpfs,target=/x,size=lots', 'invalid value for size: lots'],
      ['type=cache,target=/x,size=1m', "unexpected key 'size' for mount type 'cache'"],
      ['target=/x,ro=maybe', 'invalid value for ro: maybe'],
      ['target=/x,exec', "invalid field 'exec' must be a key=value pair"],
      ['type=secret', 'invalid secret mount. one of source, target required'],
      ['type=secret,id=a,from=x', 'secret mount should not have a from'],
      ['target=/x,targte=/y', "unexpected key 'targte' in 'targte=/y' (did you mean target?)"],
    ];
    for (const [value, error] of cases) expect(() => parseRunMount(value, id), value).toThrow(error);
  });
});
