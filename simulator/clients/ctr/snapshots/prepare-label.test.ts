// `ctr snapshots prepare` and `label` as a real containerd 1.6.20 answered them
// (tests/oracle/scripts/159-fresh-snapshots-parents.sh): more than a key and a parent prints the
// help (exit 0), and a label with an empty key and a value fails the whole update in bolt.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';

describe('ctr snapshots prepare and label', () => {
  it('prints the help for three arguments', async () => {
    const s = createSession({ seed: 1 });
    const r = await s.run('ctr snapshots prepare a b c; echo rc=$?');
    expect(r.stdout).toMatch(/^NAME:\n {3}ctr snapshots prepare - prepare a snapshot from a committed snapshot\n[\s\S]*\nrc=0\n$/);
    expect((await s.run('ctr snapshots ls | grep -c "^a "')).stdout).toBe('0\n');
  });
  it('refuses an empty key with a value and changes nothing; an empty key without one is skipped', async () => {
    const s = createSession({ seed: 1 });
    await s.run('ctr snapshots prepare k');
    expect(await s.run('ctr snapshots label k b=2 =v; echo rc=$?')).toEqual({
      stdout: 'rc=1\n',
      stderr: 'ctr: failed to read labels: failed to set label ""="v": key required: unknown\n',
      exitCode: 0,
    });
    expect((await s.run('ctr snapshots label k a=1 =')).stdout).toMatch(/^a=1,containerd\.io\/gc\.root=/);
  });
});
