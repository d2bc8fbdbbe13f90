// COPY's placement as moby 20.10.24's classic builder does it (internals.go normalizeDest,
// copy.go performCopyForInfo), checked on a real dockerd in 57-classic-build.sh: a relative
// destination joins the WORKDIR and is cleaned, a file lands under a destination that ends in
// a slash or already is a directory, wildcards name every matching entry.

import { describe, expect, it } from 'vitest';
import { CopySourceMissing, copyInto } from './copy-into';
import { StepFs } from './step-fs';

const file = (content: string) => ({ kind: 'file' as const, mode: 0o644, size: content.length, content });
const CONTEXT = { 'a.txt': file('a'), 'b.txt': file('b'), sub: { kind: 'dir' as const, mode: 0o755 }, 'sub/one': file('1') };

function copied(dest: string, sources: string[], lower: Record<string, ReturnType<typeof file> | { kind: 'dir'; mode: number }> = { '/w': { kind: 'dir', mode: 0o755 } }) {
  const fs = new StepFs(lower);
  copyInto(fs, { sources, dest, workdir: '/w', from: CONTEXT, rooted: false });
  return Object.keys(fs.diff());
}

describe('copyInto', () => {
  it('puts a file under the WORKDIR for `.` and under a relative directory path', () => {
    expect(copied('.', ['a.txt'])).toEqual(['/w/a.txt']);
    expect(copied('./renamed', ['a.txt'])).toEqual(['/w/renamed']);
    expect(copied('../up/', ['a.txt'])).toEqual(['/up', '/up/a.txt']);
  });

  it('copies a directory\'s contents, and globs match top-level names only', () => {
    expect(copied('/s/', ['sub'])).toEqual(['/s', '/s/one']);
    expect(copied('/g/', ['*.txt'])).toEqual(['/g', '/g/a.txt', '/g/b.txt']);
  });

  it('says which source is missing, and when no wildcard matched anything', () => {
    const fs = new StepFs({});
    expect(() => copyInto(fs, { sources: ['nosuch'], dest: '/x', workdir: '/', from: CONTEXT, rooted: false })).toThrow(CopySourceMissing);
    let caught: unknown;
    try {
      copyInto(fs, { sources: ['no*match'], dest: '/x/', workdir: '/', from: CONTEXT, rooted: false });
    } catch (err) {
      caught = err;
    }
    expect(caught instanceof CopySourceMissing && caught.noneMatched).toBe(true);
  });
});
