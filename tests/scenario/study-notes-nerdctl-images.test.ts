// The study notes' nerdctl image and registry steps (source/study-notes.zh.txt, "镜像相关操作",
// "拉取推送镜像" and the hosts.toml examples), in the notes' order, on one simulated node. Each
// step gets the outcome a real node gives:
// - the http example writes /etc/containerd/certs.d/harbor.mydomain.com/hosts.toml after
//   `mkdir -p /etc/containerd/harbor.mydomain.com` (not under certs.d), so the heredoc's
//   redirection fails as bash's does;
// - `nerdctl push harbor.mydomain.com/library/nginx:alpine` without the CA and without a login
//   fails on TLS (the node has harbor's CA only at /etc/containerd/harbor.mydomain.com/ca.crt);
// - harbor.secure.mydomain.com is not a host the node can resolve: the https example's
//   hosts.toml names a CA file that does not exist, which containerd 1.6's ConfigureHosts
//   refuses before any request (login); the push fails earlier still, since k8s.io has no
//   image of that name. Once a learner tags one and provides the CA, the request itself fails
//   on DNS.
// Never an internal fault or a "not simulated".

import { describe, expect, it } from 'vitest';
import { createSession, type LineResult } from '../../simulator/index';

const HTTP_HOSTS_TOML = `cat > /etc/containerd/certs.d/harbor.mydomain.com/hosts.toml <<EOF
server = "https://docker.io"
[host."http://myharbor-minio.com"]
capabilities = ["pull", "resolve","push"]
# skip_verify = true
# ca = "ca.crt" #相对路径
# ca = "/opt/auth/ca.crt" #绝对路径
# ca = ["/opt/auth/ca.crt"]
# ca = ["ca.crt"]
# client = [["/opt/auth/nginx.cclinux.cn.crt", "/opt/auth/nginx.cclinux.cn.key"]]
EOF`;

const HTTPS_HOSTS_TOML = `cat > /etc/containerd/certs.d/harbor.secure.mydomain.com\\:443/hosts.toml <<EOF
server = "https://docker.io"
[host."https://harbor.secure.mydomain.com:443"]
capabilities = ["pull", "resolve","push"]
skip_verify = true
# ca = "ca.crt" #相对路径
# ca = "/opt/auth/ca.crt" #绝对路径
# ca = ["/opt/auth/ca.crt"]
ca = ["/etc/containerd/harbor.secure.mydomain.com/ca.crt"]
# client = [["/opt/auth/nginx.cclinux.cn.crt", "/opt/auth/nginx.cclinux.cn.key"]]
EOF`;

function clean(r: LineResult): string {
  const all = r.stdout + r.stderr;
  expect(all).not.toMatch(/internal simulator error|not simulated here|No help topic/);
  return all;
}

function fatal(r: LineResult): string | undefined {
  return /level=fatal msg="((?:[^"\\]|\\.)*)"\n$/.exec(r.stderr)?.[1]?.replace(/\\"/g, '"');
}

describe('the study notes, nerdctl images and registries', () => {
  const session = createSession({ seed: 11, now: () => Date.UTC(2026, 10, 28, 6, 0, 0) });
  const run = async (line: string, code: number): Promise<LineResult> => {
    const r = await session.run(line);
    expect(r.exitCode, clean(r)).toBe(code);
    return r;
  };

  it('$ nerdctl pull nginx:alpine — the progress display on stderr, the image normalized', async () => {
    const r = await run('nerdctl pull nginx:alpine', 0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^docker\.io\/library\/nginx:alpine: +resolved +\|/);
    expect(r.stderr).toMatch(/\nelapsed: \d+\.\d s +total: {2}19\.4 M \(/);
  });

  it('$ nerdctl image ls', async () => {
    const r = await run('nerdctl image ls', 0);
    expect(r.stdout).toMatch(/^REPOSITORY {4}TAG {7}IMAGE ID {8}CREATED {10}PLATFORM {7}SIZE {8}BLOB SIZE\nnginx {9}alpine {4}a49404dd790d {4}\d+ seconds ago {4}linux\/amd64 {4}53\.4 MiB {4}19\.4 MiB\n$/);
  });

  it('$ nerdctl image rm nginx:alpine, then the pull again', async () => {
    const r = await run('nerdctl image rm nginx:alpine', 0);
    expect(r.stdout).toMatch(/^Untagged: docker\.io\/library\/nginx:alpine@sha256:a49404dd790d[0-9a-f]{52}\n(Deleted: sha256:[0-9a-f]{64}\n){8}$/);
    await run('nerdctl pull nginx:alpine', 0);
  });

  it('$ nerdctl image tag nginx:alpine harbor.mydomain.com/library/nginx:alpine', async () => {
    await run('nerdctl image tag nginx:alpine harbor.mydomain.com/library/nginx:alpine', 0);
    const r = await run('nerdctl images --names', 0);
    expect(r.stdout).toContain('\nharbor.mydomain.com/library/nginx:alpine    a49404dd790d    ');
  });

  it('$ nerdctl push harbor.mydomain.com/library/nginx:alpine — harbor\'s certificate is not trusted yet', async () => {
    const r = await run('nerdctl push harbor.mydomain.com/library/nginx:alpine', 1);
    expect(fatal(r)).toMatch(/^failed to do request: Head "https:\/\/harbor\.mydomain\.com\/v2\/library\/nginx\/blobs\/sha256:[0-9a-f]{64}": x509: certificate signed by unknown authority$/);
  });

  it('the http hosts.toml example: mkdir makes /etc/containerd/harbor.mydomain.com, so the heredoc cannot be written under certs.d', async () => {
    await run('mkdir -p /etc/containerd/harbor.mydomain.com', 0);
    const r = await run(HTTP_HOSTS_TOML, 1);
    expect(r.stderr).toBe('bash: /etc/containerd/certs.d/harbor.mydomain.com/hosts.toml: No such file or directory\n');
  });

  it('the https hosts.toml example is written; login fails in ConfigureHosts (its CA file does not exist)', async () => {
    await run('mkdir -p /etc/containerd/certs.d/harbor.secure.mydomain.com:443', 0);
    await run(HTTPS_HOSTS_TOML, 0);
    const r = await run('echo Harbor12345 | nerdctl login --username "admin" --password-stdin harbor.secure.mydomain.com:443', 1);
    expect(fatal(r)).toBe(
      'unable to read CA cert "/etc/containerd/harbor.secure.mydomain.com/ca.crt": open /etc/containerd/harbor.secure.mydomain.com/ca.crt: no such file or directory',
    );
  });

  it('$ nerdctl --insecure-registry --namespace=k8s.io push harbor.secure.mydomain.com:443/k8s/pause:1.25.1 — no such image in k8s.io', async () => {
    const r = await run('nerdctl --insecure-registry --namespace=k8s.io push harbor.secure.mydomain.com:443/k8s/pause:1.25.1', 1);
    expect(fatal(r)).toBe(
      'failed to create a tmp single-platform image "harbor.secure.mydomain.com:443/k8s/pause:1.25.1-tmp-reduced-platform": image "harbor.secure.mydomain.com:443/k8s/pause:1.25.1": not found',
    );
  });

  it('with the CA in place and the image tagged, the requests reach DNS: harbor.secure.mydomain.com does not resolve', async () => {
    await run('mkdir -p /etc/containerd/harbor.secure.mydomain.com', 0);
    await run('cp /etc/containerd/harbor.mydomain.com/ca.crt /etc/containerd/harbor.secure.mydomain.com/ca.crt', 0);
    const login = await run('echo Harbor12345 | nerdctl login --username "admin" --password-stdin harbor.secure.mydomain.com:443', 1);
    expect(login.stderr).toContain(
      'error="failed to call rh.Client.Do: Get \\"https://harbor.secure.mydomain.com:443/v2/\\": dial tcp: lookup harbor.secure.mydomain.com on 127.0.0.53:53: no such host" i=0\n',
    );
    // The file's `server` (docker.io) is tried last; login's credentials are not for it.
    expect(fatal(login)).toBe('failed to call rh.Authorizer.AddResponses: expected acArg to be "harbor.secure.mydomain.com:443", got "docker.io"');
    await run('nerdctl -n k8s.io pull -q registry.k8s.io/pause:3.6', 0);
    await run('nerdctl -n k8s.io tag registry.k8s.io/pause:3.6 harbor.secure.mydomain.com:443/k8s/pause:1.25.1', 0);
    const push = await run('nerdctl --insecure-registry --namespace=k8s.io push harbor.secure.mydomain.com:443/k8s/pause:1.25.1', 1);
    expect(push.stderr).toContain('level=warning msg="skipping verifying HTTPS certs for \\"harbor.secure.mydomain.com:443\\""\n');
    expect(fatal(push)).toMatch(/dial tcp: lookup harbor\.secure\.mydomain\.com on 127\.0\.0\.53:53: no such host$/);
  });

  it('the same steps against the harbor the node knows succeed: CA in certs.d, login, push', async () => {
    await run('mkdir -p /etc/containerd/certs.d/harbor.mydomain.com', 0);
    await run('cp /etc/containerd/harbor.mydomain.com/ca.crt /etc/containerd/certs.d/harbor.mydomain.com/', 0);
    const login = await run('echo Harbor12345 | nerdctl login --username "admin" --password-stdin harbor.mydomain.com', 0);
    expect(login.stdout).toMatch(/\nLogin Succeeded\n$/);
    const push = await run('nerdctl push harbor.mydomain.com/library/nginx:alpine', 0);
    expect(push.stdout).toMatch(/\nelapsed: \d+\.\d s +total: {2}19\.4 M \(/);
    await run('nerdctl logout harbor.mydomain.com', 0);
  });
});
