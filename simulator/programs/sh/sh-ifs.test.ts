// IFS splitting and read's split, against busybox 1.35's sh on the oracle machine.
import { describe, expect, it } from 'vitest';
import { ifsPieces, readFields } from './sh-ifs';

const fields = (value: string, ifs: string) => {
  const out: string[] = [];
  let current = '';
  for (const p of ifsPieces(value, ifs)) {
    current += p.text;
    if (!p.ended) continue;
    if (current !== '' || p.hard) out.push(current);
    current = '';
  }
  if (current !== '') out.push(current);
  return out;
};

describe('IFS field splitting', () => {
  it('gathers white space and keeps the empty fields other delimiters make', () => {
    expect(fields('  a  b ', ' \t\n')).toEqual(['a', 'b']);
    expect(fields('a:b::c', ':')).toEqual(['a', 'b', '', 'c']);
    expect(fields(':a: :b::', ' :')).toEqual(['', 'a', '', 'b', '']);
    expect(fields('a b', '')).toEqual(['a b']);
  });
  it("splits read's line, the last name taking the rest", () => {
    expect(readFields('a  b:c', ':', 2)).toEqual(['a  b', 'c']);
    expect(readFields(' a :b: c : ', ': ', 2)).toEqual(['a', 'b: c :']);
    expect(readFields('a:b:', ':', 2)).toEqual(['a', 'b']);
    expect(readFields('a:b:c:', ':', 2)).toEqual(['a', 'b:c:']);
    expect(readFields('a\\tb c', ' \t\n', 2)).toEqual(['a\\tb', 'c']);
  });
});
