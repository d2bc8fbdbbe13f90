// `ctr content ingest` with --expected-size as a real containerd 1.6.20 answered it
// (tests/oracle/scripts/160-fresh-content-leases.sh): content.Copy refuses a short read before
// any commit, the metadata writer's commit checks any other size but 0, and both leave the
// ingest active.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';

describe('ctr content ingest --expected-size', () => {
  it('fails a short read as an unexpected EOF and a negative size at commit, leaving both active', async () => {
    const s = createSession({ seed: 1 });
    const failed = async (line: string) => {
      const r = await s.run(`printf abc | ctr content ingest ${line}; echo rc=$?`);
      return [r.stdout, r.stderr];
    };
    expect(await failed('--expected-size 4 short')).toEqual(['rc=1\n', 'ctr: failed to read expected number of bytes: unexpected EOF\n']);
    expect(await failed('--expected-size -1 neg')).toEqual([
      'rc=1\n',
      'ctr: failed commit on ref "neg": commit failed: "neg" failed size validation: 3 != -1: failed precondition\n',
    ]);
    expect((await s.run("ctr content active | awk 'NR>1{print $1, $2}'")).stdout).toBe('neg 3B\nshort 3B\n');
    expect((await s.run('printf abc | ctr content ingest --expected-size 3 ok && ctr content ls -q | grep -c ba7816bf')).stdout).toBe('1\n');
  });
});
