// `nerdctl login` on a terminal (cmd/nerdctl/login.go ConfigureAuthentication@v0.22.2): the
// prompts `Enter Username: ` and `Enter Password: ` read one line each (the password from
// /dev/tty, not echoed on a real terminal), a newline after the password, then the login.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';
import { TEST_NOW_MS } from './test-support';

function terminalSession() {
  const s = createSession({ seed: 3, now: () => TEST_NOW_MS });
  const run = async (line: string, tty = true) => {
    const r = await s.run(line, { tty });
    return { out: r.stdout, err: r.stderr, code: r.exitCode };
  };
  return { s, run };
}

describe('nerdctl login prompts on a terminal', () => {
  it('asks for the username, then the password, then logs in', async () => {
    const { s, run } = terminalSession();
    await run('mkdir -p /etc/containerd/certs.d/harbor.mydomain.com && cp /etc/containerd/harbor.mydomain.com/ca.crt /etc/containerd/certs.d/harbor.mydomain.com/');
    await run('nerdctl login harbor.mydomain.com');
    expect(s.prompt()).toBe('Enter Username: ');
    expect(await run('admin')).toEqual({ out: '', err: '', code: 0 });
    expect(s.prompt()).toBe('Enter Password: ');
    const done = await run('Harbor12345');
    expect(done.code).toBe(0);
    expect(done.out).toMatch(/^\nWARNING: Your password will be stored unencrypted in \/root\/\.docker\/config\.json\.\n[^]*\n\nLogin Succeeded\n$/);
    expect(s.prompt()).toBe('root@node1:~# ');
    expect((await run('cat /root/.docker/config.json')).out).toContain('"auth": "YWRtaW46SGFyYm9yMTIzNDU="');
  });

  it('with -u only the password is asked; a wrong one ends with the 401 as a fatal line', async () => {
    const { s, run } = terminalSession();
    await run('mkdir -p /etc/containerd/certs.d/harbor.mydomain.com && cp /etc/containerd/harbor.mydomain.com/ca.crt /etc/containerd/certs.d/harbor.mydomain.com/');
    await run('nerdctl login -u admin harbor.mydomain.com');
    expect(s.prompt()).toBe('Enter Password: ');
    const r = await run('nope');
    expect(r.code).toBe(1);
    expect(r.out).toBe('\n');
    // eslint-disable-next-line no-control-regex
    expect(r.err.replace(/\x1b\[[0-9;]*m/g, '')).toMatch(/FATA\[0000\] failed to call rh\.Authorizer\.Authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized \n?$/);
  });

  it('an empty username is refused', async () => {
    const { run } = terminalSession();
    await run('nerdctl login harbor.mydomain.com');
    const r = await run('');
    expect(r.code).toBe(1);
    // eslint-disable-next-line no-control-regex
    expect(r.err.replace(/\x1b\[[0-9;]*m/g, '')).toContain('error: Username is Required');
  });
});

describe('nerdctl image prune -a on a terminal', () => {
  it('reads the answer to its prompt from the terminal', async () => {
    const { s, run } = terminalSession();
    await run('nerdctl pull -q alpine:3.21', false);
    const asked = await run('nerdctl image prune -a');
    expect(asked.out).toBe('WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue? [y/N] ');
    expect(s.prompt()).toBe('');
    const done = await run('y');
    expect(done.out).toBe('Deleted Images:\nUntagged: docker.io/library/alpine:3.21\ndeleted: sha256:32d035be54c564ffe5ca40c52f66e2faa490b72d4a55e1449814bafd6d2f4542\n\n');
    expect(s.prompt()).toBe('root@node1:~# ');
  });
});

describe('nerdctl save on a terminal', () => {
  it('refuses to write the archive to it', async () => {
    const { run } = terminalSession();
    await run('nerdctl pull -q alpine:3.21', false);
    const r = await run('nerdctl save alpine:3.21');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    // eslint-disable-next-line no-control-regex
    expect(r.err.replace(/\x1b\[[0-9;]*m/g, '')).toContain('FATA[0000] cowardly refusing to save to a terminal. Use the -o flag or redirect');
  });
});
