// bb_parse_mode(s, 0) as busybox find -perm reads it (libbb/parse_mode.c), umask 022.
import { describe, expect, it } from 'vitest';
import { parseMode } from './find-mode';

describe('parseMode', () => {
  it('takes octal up to 07777', () => {
    expect(parseMode('644')).toBe(0o644);
    expect(parseMode('0644')).toBe(0o644);
    expect(parseMode('7777')).toBe(0o7777);
    expect(parseMode('77777')).toBeUndefined();
    expect(parseMode('99')).toBeUndefined();
  });

  it('builds symbolic clauses from no bits', () => {
    expect(parseMode('u=rw,go=r')).toBe(0o644);
    expect(parseMode('a+r')).toBe(0o444);
    expect(parseMode('u+w')).toBe(0o200);
    expect(parseMode('u+s')).toBe(0o4000);
    expect(parseMode('+w')).toBe(0o200);
    expect(parseMode('u=rwx,g=u')).toBe(0o770);
    expect(parseMode('a+X')).toBe(0);
  });

  it('refuses what is not a mode', () => {
    expect(parseMode('x')).toBeUndefined();
    expect(parseMode('u')).toBeUndefined();
    expect(parseMode('u*r')).toBeUndefined();
  });
});
