// `nerdctl run --init` (run.go:775-805@v0.22.2): nerdctl-full's tini bind-mounted read-only at
// /sbin/tini as PID 1, the command its child; a missing --init-binary refused before the
// container is made.

import { describe, expect, it } from 'vitest';
import { nerdctlSession } from '../images/test-support';

describe('nerdctl run --init', () => {
  it('runs the command under /sbin/tini, which the spec mounts first and read-only', async () => {
    const run = nerdctlSession();
    const id = (await run('nerdctl run -d --name w --init nginx:alpine')).out.trim();
    expect((await run('nerdctl ps --format "{{.Command}}" --no-trunc')).out).toBe('"/sbin/tini -- /docker-entrypoint.sh nginx -g daemon off;"\n');
    expect((await run('nerdctl exec w ps -o pid,args')).out).toMatch(/^PID {3}COMMAND\n {4}1 \/sbin\/tini -- \/docker-entrypoint\.sh nginx -g daemon off;\n/);
    const info = JSON.parse((await run(`ctr c info ${id}`)).out);
    expect(info.Spec.mounts[0]).toEqual({ destination: '/sbin/tini', type: 'bind', source: '/usr/local/bin/tini', options: ['bind', 'ro'] });
    expect((await run('nerdctl run --rm --init busybox echo hi')).out).toBe('hi\n');
  });

  it('passes on the command exit code and tini’s own error for a missing command', async () => {
    const run = nerdctlSession();
    expect(await run('nerdctl run --rm --init busybox sh -c "exit 3"')).toMatchObject({ code: 3 });
    expect(await run('nerdctl run --rm --init busybox nosuchcmd')).toEqual({ out: '', err: '[FATAL tini (6)] exec nosuchcmd failed: No such file or directory\n', code: 127 });
  });

  it('refuses an init binary that is not on the node, before any container is made', async () => {
    const run = nerdctlSession();
    expect((await run('nerdctl run --rm --init-binary nosuch busybox echo hi')).err).toContain('msg="init binary \\"nosuch\\" not found"');
    expect((await run('nerdctl ps -a -q')).out).toBe('');
  });
});
