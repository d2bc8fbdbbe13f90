// Registry access of nerdctl 0.22.2: login/logout (cmd/nerdctl/login.go, logout.go), push
// (push.go, pkg/imgutil/push), the hosts dirs through containerd 1.6.20's ConfigureHosts
// (dockerconfigresolver.go), and the credentials in ~/.docker/config.json as docker/cli's
// configfile writes them. The private harbor (harbor.mydomain.com) has a self-signed CA at
// /etc/containerd/harbor.mydomain.com/ca.crt and the account admin/Harbor12345.

import { describe, expect, it } from 'vitest';
import { nerdctlSession, plain, type Run } from './test-support';

const CERTS = '/etc/containerd/certs.d/harbor.mydomain.com';
const WARNING =
  'WARNING: Your password will be stored unencrypted in /root/.docker/config.json.\n' +
  'Configure a credential helper to remove this warning. See\n' +
  'https://docs.docker.com/engine/reference/commandline/login/#credentials-store\n\n';

/** The message of the last (fatal) logrus line. */
function fatal(err: string): string | undefined {
  const m = /level=fatal msg="((?:[^"\\]|\\.)*)"\n$/.exec(err);
  return m?.[1]?.replace(/\\"/g, '"');
}

async function trustHarbor(run: Run): Promise<void> {
  await run(`mkdir -p ${CERTS}`);
  await run(`cp /etc/containerd/harbor.mydomain.com/ca.crt ${CERTS}/`);
}

describe('nerdctl login', () => {
  it('without the CA the TLS handshake fails; with ca.crt in certs.d (Docker layout) it logs in and saves base64(user:password)', async () => {
    const run = nerdctlSession();
    const untrusted = await run('echo Harbor12345 | nerdctl login -u admin --password-stdin harbor.mydomain.com');
    expect(untrusted.code).toBe(1);
    expect(fatal(untrusted.err)).toBe('failed to call rh.Client.Do: Get "https://harbor.mydomain.com/v2/": x509: certificate signed by unknown authority');
    expect(untrusted.err).toContain('level=error msg="failed to call tryLoginWithRegHost" error=');
    await trustHarbor(run);
    expect(await run('echo Harbor12345 | nerdctl login -u admin --password-stdin harbor.mydomain.com')).toEqual({ out: `${WARNING}Login Succeeded\n`, err: '', code: 0 });
    expect((await run('cat /root/.docker/config.json')).out).toBe('{\n\t"auths": {\n\t\t"harbor.mydomain.com": {\n\t\t\t"auth": "YWRtaW46SGFyYm9yMTIzNDU="\n\t\t}\n\t}\n}');
    expect((await run('stat -c %a /root/.docker/config.json')).out).toBe('600\n');
    // The saved credentials log in again without asking.
    expect((await run('nerdctl login harbor.mydomain.com')).out).toBe(`${WARNING}Login Succeeded\n`);
  });

  it("a wrong password is the token service's 401, and nothing is saved", async () => {
    const run = nerdctlSession();
    await trustHarbor(run);
    const r = await run('echo wrong | nerdctl login -u admin --password-stdin harbor.mydomain.com');
    expect(r.code).toBe(1);
    expect(r.err.split('\n')[0]).toBe(
      'time="2026-12-04T22:00:00Z" level=error msg="failed to call tryLoginWithRegHost" error="failed to call rh.Authorizer.Authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized" i=0',
    );
    expect(fatal(r.err)).toBe('failed to call rh.Authorizer.Authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized');
    expect((await run('cat /root/.docker/config.json')).code).toBe(1);
  });

  it('option checks and the prompts without a terminal', async () => {
    const run = nerdctlSession();
    expect(fatal((await run('echo x | nerdctl login --password-stdin harbor.mydomain.com')).err)).toBe('must provide --username with --password-stdin');
    const both = await run('nerdctl login -u admin -p Harbor12345 --password-stdin harbor.mydomain.com');
    expect(both.err).toContain('level=warning msg="WARNING! Using --password via the CLI is insecure. Use --password-stdin."\n');
    expect(fatal(both.err)).toBe('--password and --password-stdin are mutually exclusive');
    const noUser = await run('nerdctl login harbor.mydomain.com');
    expect(noUser.out).toBe('Enter Username: ');
    expect(fatal(noUser.err)).toBe('stdin is not a terminal (Hint: use `nerdctl login --username=USERNAME --password-stdin`)');
    const noPassword = await run('nerdctl login -u admin harbor.mydomain.com');
    expect(noPassword.out).toBe('Enter Password: \n');
    expect(fatal(noPassword.err)).toBe('error allocating terminal: open /dev/tty: no such device or address');
  });

  it('needs no containerd (login.go never dials it), while pull does', async () => {
    const run = nerdctlSession();
    await trustHarbor(run);
    await run('systemctl stop containerd');
    expect((await run('echo Harbor12345 | nerdctl login -u admin --password-stdin harbor.mydomain.com')).out).toBe(`${WARNING}Login Succeeded\n`);
    expect(fatal((await run('nerdctl pull --platform=foo alpine')).err)).toBe('cannot access containerd socket "/run/containerd/containerd.sock": no such file or directory');
  });

  it('a localhost registry nobody listens on refuses the connection', async () => {
    const run = nerdctlSession();
    const r = await run('echo b | nerdctl login -u a --password-stdin localhost:5000');
    expect(fatal(r.err)).toBe('failed to call rh.Client.Do: Get "http://localhost:5000/v2/": dial tcp 127.0.0.1:5000: connect: connection refused');
  });
});

describe('nerdctl logout', () => {
  it('names the host, erases every form it may be saved under, and keeps the file', async () => {
    const run = nerdctlSession();
    await trustHarbor(run);
    await run('echo Harbor12345 | nerdctl login -u admin --password-stdin harbor.mydomain.com');
    expect(await run('nerdctl logout https://harbor.mydomain.com/')).toEqual({ out: 'Removing login credentials for harbor.mydomain.com\n', err: '', code: 0 });
    expect((await run('cat /root/.docker/config.json')).out).toBe('{\n\t"auths": {}\n}');
    expect((await run('nerdctl logout')).out).toBe('Removing login credentials for https://index.docker.io/v1/\n');
  });
});

describe('nerdctl push', () => {
  it('to harbor: TLS without the CA fails on the first blob; without login the scope is refused; logged in it uploads', async () => {
    const run = nerdctlSession();
    await run('nerdctl pull -q nginx:alpine');
    await run('nerdctl tag nginx:alpine harbor.mydomain.com/library/nginx:alpine');
    const noCa = await run('nerdctl push harbor.mydomain.com/library/nginx:alpine');
    expect(noCa.code).toBe(1);
    expect(noCa.err.split('\n')[0]).toMatch(/level=info msg="pushing as a reduced-platform image \(application\/vnd\.oci\.image\.index\.v1\+json, sha256:[0-9a-f]{64}\)"$/);
    expect(fatal(noCa.err)).toMatch(/^failed to do request: Head "https:\/\/harbor\.mydomain\.com\/v2\/library\/nginx\/blobs\/sha256:[0-9a-f]{64}": x509: certificate signed by unknown authority$/);
    expect(plain(noCa.out).split('\n')[0]).toMatch(/^index-sha256:[0-9a-f]{64}: +waiting +\|-+\| $/);
    await trustHarbor(run);
    expect(fatal((await run('nerdctl push harbor.mydomain.com/library/nginx:alpine')).err)).toBe('server message: insufficient_scope: authorization failed');
    await run('echo Harbor12345 | nerdctl login -u admin --password-stdin harbor.mydomain.com');
    const ok = await run('nerdctl push harbor.mydomain.com/library/nginx:alpine');
    expect(ok.code).toBe(0);
    const rows = plain(ok.out).split('\n');
    expect(rows.filter((l) => / done +\|\++\| $/.test(l))).toHaveLength(11);
    expect(rows.at(-2)).toMatch(/^elapsed: \d+\.\d s +total: {2}19\.4 M \(/);
    // The temporary reduced-platform image is gone again.
    expect((await run('nerdctl images --names -q --no-trunc')).out.split('\n').filter((l) => l !== '')).toHaveLength(2);
    expect((await run('nerdctl images --names')).out).not.toContain('tmp-reduced-platform');
    // What was pushed can be pulled back by another namespace.
    const back = await run('nerdctl -n other pull -q harbor.mydomain.com/library/nginx:alpine');
    expect(back).toEqual({ out: '', err: '', code: 0 });
  });

  it('to Docker Hub without login is refused; a missing local image fails before any request', async () => {
    const run = nerdctlSession();
    await run('nerdctl pull -q alpine:3.21');
    expect(fatal((await run('nerdctl push alpine:3.21')).err)).toBe('server message: insufficient_scope: authorization failed');
    expect(fatal((await run('nerdctl push nosuch:1')).err)).toBe(
      'failed to create a tmp single-platform image "docker.io/library/nosuch:1-tmp-reduced-platform": image "docker.io/library/nosuch:1": not found',
    );
  });
});

describe('hosts.toml in /etc/containerd/certs.d (nerdctl\'s default --hosts-dir)', () => {
  it('a [host] with a relative ca trusts harbor; a missing ca file is ConfigureHosts\' error', async () => {
    const run = nerdctlSession();
    await run(`mkdir -p ${CERTS}`);
    await run(`printf '[host."https://harbor.mydomain.com"]\\n  ca = "harbor-ca.crt"\\n' > ${CERTS}/hosts.toml`);
    const missing = await run('nerdctl pull harbor.mydomain.com/k8s/pause:1.25.1');
    expect(fatal(missing.err)).toBe(
      `failed to resolve reference "harbor.mydomain.com/k8s/pause:1.25.1": unable to read CA cert "${CERTS}/harbor-ca.crt": open ${CERTS}/harbor-ca.crt: no such file or directory`,
    );
    await run(`cp /etc/containerd/harbor.mydomain.com/ca.crt ${CERTS}/harbor-ca.crt`);
    // k8s/ is a private project: anonymous pulls are refused, the saved login is used.
    const anonymous = await run('nerdctl pull -q harbor.mydomain.com/k8s/pause:1.25.1');
    expect(fatal(anonymous.err)).toBe(
      'failed to resolve reference "harbor.mydomain.com/k8s/pause:1.25.1": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    );
    await run('echo Harbor12345 | nerdctl login -u admin --password-stdin harbor.mydomain.com');
    expect(await run('nerdctl pull -q harbor.mydomain.com/k8s/pause:1.25.1')).toEqual({ out: '', err: '', code: 0 });
  });

  it('skip_verify = true needs no CA; --insecure-registry does the same for a host without a file', async () => {
    const run = nerdctlSession();
    await run(`mkdir -p ${CERTS}`);
    await run(`printf '[host."https://harbor.mydomain.com"]\\n  skip_verify = true\\n' > ${CERTS}/hosts.toml`);
    await run('echo Harbor12345 | nerdctl login -u admin --password-stdin harbor.mydomain.com');
    expect((await run('nerdctl pull -q harbor.mydomain.com/k8s/pause:1.25.1')).code).toBe(0);
    await run(`rm ${CERTS}/hosts.toml`);
    await run('nerdctl rmi harbor.mydomain.com/k8s/pause:1.25.1');
    expect((await run('nerdctl pull -q harbor.mydomain.com/k8s/pause:1.25.1')).code).toBe(1);
    const insecure = await run('nerdctl --insecure-registry pull -q harbor.mydomain.com/k8s/pause:1.25.1');
    expect(insecure).toEqual({ out: '', err: 'time="2026-12-04T22:00:00Z" level=warning msg="skipping verifying HTTPS certs for \\"harbor.mydomain.com\\""\n', code: 0 });
  });

  it('a file with only `server` is not decoded by containerd 1.6: logged, the default host used', async () => {
    const run = nerdctlSession();
    await run(`mkdir -p ${CERTS}`);
    await run(`echo 'server = "https://harbor.mydomain.com"' > ${CERTS}/hosts.toml`);
    const r = await run('nerdctl pull -q harbor.mydomain.com/k8s/pause:1.25.1');
    expect(r.err.split('\n')[0]).toBe('time="2026-12-04T22:00:00Z" level=error msg="failed to decode hosts.toml" error="invalid `host` tree"');
    expect(fatal(r.err)).toContain('x509: certificate signed by unknown authority');
  });

  it('--hosts-dir replaces the defaults', async () => {
    const run = nerdctlSession();
    await run('mkdir -p /opt/certs/harbor.mydomain.com');
    await run('cp /etc/containerd/harbor.mydomain.com/ca.crt /opt/certs/harbor.mydomain.com/');
    await run('echo Harbor12345 | nerdctl --hosts-dir /opt/certs login -u admin --password-stdin harbor.mydomain.com');
    expect((await run('nerdctl --hosts-dir /opt/certs pull -q harbor.mydomain.com/k8s/pause:1.25.1')).code).toBe(0);
    expect((await run('nerdctl pull -q harbor.mydomain.com/k8s/pause:1.25.1')).err).toContain('x509: certificate signed by unknown authority');
  });

  it("/etc/docker/certs.d (the second default dir) in Docker's layout, and a _default dir for every host", async () => {
    const run = nerdctlSession();
    await run('mkdir -p /etc/docker/certs.d/harbor.mydomain.com');
    await run('cp /etc/containerd/harbor.mydomain.com/ca.crt /etc/docker/certs.d/harbor.mydomain.com/ca.crt');
    expect((await run('echo Harbor12345 | nerdctl login -u admin --password-stdin harbor.mydomain.com')).code).toBe(0);
    expect((await run('nerdctl pull -q harbor.mydomain.com/k8s/pause:1.25.1')).code).toBe(0);
    // A _default dir that sends every registry to an endpoint the node cannot resolve.
    await run('mkdir -p /etc/containerd/certs.d/_default');
    await run(`printf '[host."https://mirror.invalid"]\\n' > /etc/containerd/certs.d/_default/hosts.toml`);
    const r = await run('nerdctl pull -q alpine:3.21');
    expect(r.err.split('\n')[0]).toBe(
      'time="2026-12-04T22:00:00Z" level=info msg="trying next host" error="failed to do request: Head \\"https://mirror.invalid/v2/library/alpine/manifests/3.21\\": dial tcp: lookup mirror.invalid on 127.0.0.53:53: no such host" host=mirror.invalid',
    );
    // The mirror failed; the root host (docker.io's default) still answers.
    expect(r.code).toBe(0);
  });

});

describe("a learner's own registry: nerdctl run -d -p 5000:5000 registry:2", () => {
  it('push to localhost:5000 goes over plain http to the container; the image comes back with pull; it goes with the container', async () => {
    const run = nerdctlSession();
    expect((await run('nerdctl run -d -p 5000:5000 --name reg registry:2')).code).toBe(0);
    await run('nerdctl pull -q busybox');
    await run('nerdctl tag busybox localhost:5000/busybox:v1');
    const push = await run('nerdctl push localhost:5000/busybox:v1');
    expect(push.code).toBe(0);
    expect(plain(push.out).split('\n').filter((l) => / done +\|/.test(l))).toHaveLength(4);
    expect((await run('curl -s localhost:5000/v2/_catalog')).out).toBe('{"repositories":["busybox"]}\n');
    await run('nerdctl rmi localhost:5000/busybox:v1');
    const pull = await run('nerdctl pull localhost:5000/busybox:v1');
    expect(pull.code).toBe(0);
    expect(plain(pull.err).split('\n')[0]).toMatch(/^localhost:5000\/busybox:v1: +resolved +\|/);
    // ctr reaches it too (plain http for localhost is the resolver's default).
    expect((await run('ctr i pull localhost:5000/busybox:v1')).code).toBe(0);
    await run('nerdctl rm -f reg');
    const gone = await run('nerdctl pull localhost:5000/busybox:v1');
    expect(gone.code).toBe(1);
    expect(fatal(gone.err)).toBe(
      'failed to resolve reference "localhost:5000/busybox:v1": failed to do request: Head "http://localhost:5000/v2/busybox/manifests/v1": dial tcp 127.0.0.1:5000: connect: connection refused',
    );
  });
});
