import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isInvalidArgument } from '../../errdefs/errdefs';
import { labelField, parseFilters, type Adaptor } from './filters';

const object = (name: string, labels: Record<string, string>): Adaptor => (path) => {
  if (path[0] === 'name') return { value: name, present: true };
  if (path[0] === 'labels') return labelField(labels, path.slice(1));
  return { value: '', present: false };
};

describe('filters', () => {
  const bb = object('docker.io/library/busybox:latest', { a: '1', 'io.cri-containerd.image': 'managed' });
  const ng = object('docker.io/library/nginx:alpine', {});

  it('matches ==, !=, ~= and presence', () => {
    expect(parseFilters(['name==docker.io/library/busybox:latest'])(bb)).toBe(true);
    expect(parseFilters(['name~=nginx'])(bb)).toBe(false);
    expect(parseFilters(['name~=nginx'])(ng)).toBe(true);
    expect(parseFilters(['name!=x'])(ng)).toBe(true);
    expect(parseFilters(['labels.a'])(bb)).toBe(true);
    expect(parseFilters(['labels.a'])(ng)).toBe(false);
  });

  it('ANDs with commas, ORs arguments, quotes field parts', () => {
    expect(parseFilters(['labels.a==1,name~=nginx'])(bb)).toBe(false);
    expect(parseFilters(['labels.a==1', 'name~=nginx'])(ng)).toBe(true);
    expect(parseFilters(['labels."io.cri-containerd.image"==managed'])(bb)).toBe(true);
    expect(parseFilters([])(ng)).toBe(true);
  });

  it('rejects malformed input as invalid argument', () => {
    let caught: unknown;
    try {
      parseFilters(['name==x,']);
    } catch (err) {
      caught = err;
    }
    expect(isInvalidArgument(caught)).toBe(true);
  });
});

describe('filters grammar of containerd 1.6.20 (parser.go, scanner.go, quote.go)', () => {
  const bb = object('docker.io/library/busybox:latest', { a: '1' });
  const ng = object('docker.io/library/nginx:alpine', {});
  const message = (arg: string) => {
    try {
      parseFilters([arg]);
    } catch (err) {
      return (err as Error).message.replace(/: invalid argument$/, '');
    }
    return 'parsed';
  };

  it('reads /…/ and |…| as quoted regular expressions after ~= only', () => {
    expect(parseFilters(['name~=/nginx:/'])(ng)).toBe(true);
    expect(parseFilters(['name~=/nginx:/'])(bb)).toBe(false);
    expect(parseFilters(['name~=|busy.*|'])(ng)).toBe(false);
    expect(parseFilters(['name~=/\\//'])(ng)).toBe(true);
    expect(message('name==/nginx/')).toBe('filters: parse error: [name== >|/|< nginx/]: invalid quote encountered');
    expect(message('name~=/nginx')).toBe('filters: parse error: [name~= >|/|< nginx]: quoted literal not terminated');
    expect(message('name~="\\d"')).toBe('filters: parse error: [name~= >|"|< \\d"]: illegal escape sequence');
  });

  it('takes single quotes and backticks as part of a plain value', () => {
    expect(parseFilters(["name=='docker.io/library/nginx:alpine'"])(ng)).toBe(false);
    expect(message("'name'==x")).toBe("filters: parse error: [ >|'|< name'==x]: expected field or quoted");
  });

  it('reports operators and trailing input as containerd does', () => {
    expect(message('name=~x')).toBe('filters: parse error: [name >|=|< ~x]: unsupported operator "=~"');
    expect(message('name===x')).toBe('filters: parse error: [name >|=|< ==x]: unsupported operator "==="');
    expect(message('name==a b')).toBe('filters: parse error: [name==a >| |< b]: unexpected input:  ');
    expect(message('name==')).toBe('filters: parse error: [name==]: expected value or quoted');
  });

  it('compares a missing field as "" for != and ~=; an empty argument keeps all', () => {
    expect(parseFilters(['labels.x!=""'])(bb)).toBe(false);
    expect(parseFilters(['labels.x!=y'])(bb)).toBe(true);
    expect(parseFilters(['labels.x~=^$'])(bb)).toBe(true);
    expect(parseFilters(['', 'name==x'])(ng)).toBe(true);
    expect(parseFilters(['name~=[unclosed'])(ng)).toBe(false);
  });

  it('never throws anything but invalid argument, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (arg) => {
        try {
          parseFilters([arg])(bb);
        } catch (err) {
          expect(isInvalidArgument(err)).toBe(true);
        }
      }),
    );
  });
});
