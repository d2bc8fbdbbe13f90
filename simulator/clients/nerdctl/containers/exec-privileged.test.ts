// `nerdctl exec --privileged` (cmd/nerdctl/exec.go generateExecProcessSpec, exec_linux.go
// setExecCapabilities @v0.22.2): the exec's process gets cap.Current(), nerdctl's own set as
// root on the node, in four of its sets; the container's init keeps the spec's.

import { describe, expect, it } from 'vitest';
import { nerdctlSession } from '../images/test-support';

describe('nerdctl exec --privileged', () => {
  it('gives the exec process every capability; without it the exec has the container spec sets', async () => {
    const run = nerdctlSession();
    await run('nerdctl run -d --name w nginx:alpine');
    expect((await run('nerdctl exec --privileged w grep Cap /proc/self/status')).out).toBe(
      'CapInh:\t000001ffffffffff\nCapPrm:\t000001ffffffffff\nCapEff:\t000001ffffffffff\nCapBnd:\t000001ffffffffff\nCapAmb:\t0000000000000000\n',
    );
    expect((await run('nerdctl exec w grep CapEff /proc/self/status')).out).toBe('CapEff:\t00000000a80425fb\n');
    expect((await run('nerdctl exec --privileged w grep CapEff /proc/1/status')).out).toBe('CapEff:\t00000000a80425fb\n');
  });

  it('leaves a non-root user only its ambient set after execve', async () => {
    const run = nerdctlSession();
    await run('nerdctl run -d --name w nginx:alpine');
    expect((await run('nerdctl exec --privileged -u nginx w grep CapEff /proc/self/status')).out).toBe('CapEff:\t0000000000000000\n');
  });
});
