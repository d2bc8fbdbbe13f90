// `nerdctl exec --user` (exec.go generateExecProcessSpec with run_user.go generateUserOpts
// @v0.22.2): oci.WithUser on the container's snapshot for the exec process only; its lookup
// errors come before the task is looked at, as containerd words them.

import { describe, expect, it } from 'vitest';
import { nerdctlSession } from '../images/test-support';

describe('nerdctl exec --user', () => {
  it('runs the process as the named or numbered user; the container keeps its own', async () => {
    const run = nerdctlSession();
    await run('nerdctl run -d --name w nginx:alpine');
    expect((await run('nerdctl exec -u nginx w id -u')).out).toBe('101\n');
    expect((await run('nerdctl exec --user 101:101 w id -g')).out).toBe('101\n');
    expect((await run('nerdctl exec -u 1234 w id -u')).out).toBe('1234\n');
    expect((await run('nerdctl exec w id -u')).out).toBe('0\n');
  });

  it('refuses users and groups the image does not have, and a malformed value', async () => {
    const run = nerdctlSession();
    await run('nerdctl run -d --name w nginx:alpine');
    expect(await run('nerdctl exec -u nosuch w id')).toMatchObject({ code: 1, err: expect.stringMatching(/msg="mount callback failed on \/tmp\/containerd-mount\d+: no users found"\n$/) });
    expect((await run('nerdctl exec -u nginx:nosuch w id')).err).toMatch(/no groups found"\n$/);
    expect((await run('nerdctl exec -u a:b:c w id')).err).toContain('msg="invalid USER value a:b:c"');
    // The user is resolved before the task: a stopped container still fails on the user first.
    await run('nerdctl stop w');
    expect((await run('nerdctl exec -u nosuch w id')).err).toContain('no users found');
  });
});
