import { describe, expect, it } from 'vitest';
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
