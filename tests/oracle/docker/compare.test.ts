import { describe, expect, it } from 'vitest';
import { compareRuns } from './compare';

const line = (stdout: string) => ({ cmd: 'docker save busybox | tar t', stdout, stderr: '', exit: 0, ms: 1, atMs: 0 });
const real = (stdout: string) => ({ results: [line(stdout)], dir: '/tmp/x', linksLeft: [] });
const computed = 'dfdbdd627ce6e2091029a4f1573ca1f2d9c063f705ed5056f91232b090efe011';
const random = '09ccb2a59ce08a6a4c744e63e92bf40dde23820f381b774580800e568c321f84';

describe('compareRuns', () => {
  it('keeps an id both daemons print as written, and numbers one only a side prints', () => {
    const [same] = compareRuns(real(`${computed}/\n`), [line(`${computed}/\n`)], { stableIds: new Set(), scriptText: '' });
    expect(same?.real.stdout).toBe(`${computed}/\n`);
    expect(same?.sim).toEqual(same?.real);
    const [other] = compareRuns(real(`${computed}/\n`), [line(`${random}/\n`)], { stableIds: new Set(), scriptText: '' });
    expect(other?.real.stdout).toBe(`ID1${'_'.repeat(61)}/\n`);
    expect(other?.sim).toEqual(other?.real);
  });
});
