// crictl pull against the registry settings of /etc/containerd/config.toml, read by containerd
// when it starts (containerd 1.6.20 pkg/cri/server/image_pull.go:325-420 registryHosts,
// getTLSConfig and registryEndpoints; pkg/cri/config/config.go:399-440 for the deprecation
// warnings; cmd/containerd/command/main.go:122-129 and services/server/config/config.go:276-282
// for a config.toml that does not load). The harbor facts are the notes': its CA at
// /etc/containerd/harbor.mydomain.com/ca.crt, the private project k8s, admin / Harbor12345.

import { describe, expect, it } from 'vitest';
import { imagesSession } from '../../clients/crictl/images/test-support';
import { createSession } from '../../index';
import { nodeStateProblems } from '../../shell/saved-state-check';

const HARBOR_PAUSE = 'harbor.mydomain.com/k8s/pause:1.25.1';
const CA = '/etc/containerd/harbor.mydomain.com/ca.crt';

/** config.toml with only the CRI registry settings (a version 2 config needs no more). */
function config(registry: string): string {
  return `cat > /etc/containerd/config.toml <<'EOF'
version = 2

[plugins."io.containerd.grpc.v1.cri".registry]
${registry}
EOF`;
}

const HARBOR_TLS = `[plugins."io.containerd.grpc.v1.cri".registry.configs."harbor.mydomain.com".tls]
  ca_file = "${CA}"`;
const HARBOR_AUTH = `[plugins."io.containerd.grpc.v1.cri".registry.configs."harbor.mydomain.com".auth]
  username = "admin"
  password = "Harbor12345"`;

/** The plugin's error for a pull, as crictl's logrus.Fatal prints it (quotes escaped). */
function fatal(desc: string, code = 'Unknown'): string {
  return `level=fatal msg="pulling image: rpc error: code = ${code} desc = ${desc.replaceAll('"', '\\"')}"\n`;
}

const x509 = `failed to pull and unpack image "${HARBOR_PAUSE}": failed to resolve reference "${HARBOR_PAUSE}": failed to do request: Head "https://harbor.mydomain.com/v2/k8s/pause/manifests/1.25.1": x509: certificate signed by unknown authority`;

describe('crictl pull with the registry settings of config.toml', () => {
  it('a stock node does not trust harbor; the CA in configs.tls does, after a restart only', async () => {
    const run = await imagesSession();
    const stock = await run(`crictl pull ${HARBOR_PAUSE}`);
    expect(stock.code).toBe(1);
    expect(stock.err.endsWith(fatal(x509))).toBe(true);

    await run(config(`${HARBOR_TLS}\n${HARBOR_AUTH}`));
    // The daemon read its config when it started: an edit alone changes nothing.
    expect((await run(`crictl pull ${HARBOR_PAUSE}`)).err.endsWith(fatal(x509))).toBe(true);

    expect(await run('systemctl restart containerd')).toEqual({ out: '', err: '', code: 0 });
    const ok = await run(`crictl pull ${HARBOR_PAUSE}`);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^Image is up to date for sha256:[0-9a-f]{64}\n$/);
    expect((await run('crictl images')).out).toContain('harbor.mydomain.com/k8s/pause');
    // configs.tls is deprecated in 1.6 (config.go:410-417): one warning per start.
    expect((await run('journalctl -u containerd --no-pager')).out).toMatch(/containerd\[\d+\]: time="[^"]+" level=warning msg="`configs.tls` is deprecated, please use `config_path` instead"\n/);
  });

  it('auth from the config when the request has none; --creds wins over it; a wrong password is a 401', async () => {
    const run = await imagesSession();
    await run(config(HARBOR_TLS));
    await run('systemctl restart containerd');
    // CA trusted, no credentials anywhere: the private project refuses.
    const anonymous = await run(`crictl pull ${HARBOR_PAUSE}`);
    expect(anonymous.err.endsWith(
      fatal(`failed to pull and unpack image "${HARBOR_PAUSE}": failed to resolve reference "${HARBOR_PAUSE}": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`),
    )).toBe(true);
    expect((await run(`crictl pull --creds admin:Harbor12345 ${HARBOR_PAUSE}`)).code).toBe(0);

    await run(config(`${HARBOR_TLS}\n${HARBOR_AUTH}`));
    await run('systemctl restart containerd');
    await run(`crictl rmi ${HARBOR_PAUSE}`);
    expect((await run(`crictl pull ${HARBOR_PAUSE}`)).code).toBe(0);
    // The request's auth replaces the config's (image_pull.go: `if auth == nil && config.Auth != nil`).
    const wrong = await run(`crictl pull --creds admin:wrong ${HARBOR_PAUSE}`);
    expect(wrong.err.endsWith(
      fatal(`failed to pull and unpack image "${HARBOR_PAUSE}": failed to resolve reference "${HARBOR_PAUSE}": failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized`),
    )).toBe(true);
  });

  it('a wrong password in the config is the same 401; `auth` (base64 user:password) works as well', async () => {
    const run = await imagesSession();
    await run(config(`${HARBOR_TLS}\n${HARBOR_AUTH.replace('Harbor12345', 'nope')}`));
    await run('systemctl restart containerd');
    expect((await run(`crictl pull ${HARBOR_PAUSE}`)).err).toContain('failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized');
    const auth = btoa('admin:Harbor12345');
    await run(config(`${HARBOR_TLS}\n[plugins."io.containerd.grpc.v1.cri".registry.configs."harbor.mydomain.com".auth]\n  auth = "${auth}"`));
    await run('systemctl restart containerd');
    expect((await run(`crictl pull ${HARBOR_PAUSE}`)).code).toBe(0);
  });

  it('insecure_skip_verify instead of a CA; a CA file that is missing fails getTLSConfig', async () => {
    const run = await imagesSession();
    await run(config(`[plugins."io.containerd.grpc.v1.cri".registry.configs."harbor.mydomain.com".tls]\n  insecure_skip_verify = true\n${HARBOR_AUTH}`));
    await run('systemctl restart containerd');
    expect((await run(`crictl pull ${HARBOR_PAUSE}`)).code).toBe(0);

    await run(config(`${HARBOR_TLS.replace(CA, '/etc/containerd/nope.crt')}\n${HARBOR_AUTH}`));
    await run('systemctl restart containerd');
    expect((await run(`crictl pull ${HARBOR_PAUSE}`)).err.endsWith(
      fatal(`failed to pull and unpack image "${HARBOR_PAUSE}": failed to resolve reference "${HARBOR_PAUSE}": get TLSConfig for registry "https://harbor.mydomain.com": failed to load CA file: open /etc/containerd/nope.crt: no such file or directory`),
    )).toBe(true);
    // A CA that is not harbor's is no trust at all.
    await run('cp /etc/crictl.yaml /tmp/other.crt');
    await run(config(`${HARBOR_TLS.replace(CA, '/tmp/other.crt')}\n${HARBOR_AUTH}`));
    await run('systemctl restart containerd');
    expect((await run(`crictl pull ${HARBOR_PAUSE}`)).err).toContain('x509: certificate signed by unknown authority');
  });

  it('mirrors: the endpoints are tried in order, then the default host; the first failure is the answer', async () => {
    const run = await imagesSession();
    // registry.k8s.io mirrored by harbor: a repository only harbor has is pulled under the
    // reference's own name.
    await run(config(`[plugins."io.containerd.grpc.v1.cri".registry.mirrors."registry.k8s.io"]
  endpoint = ["https://mirror.invalid", "harbor.mydomain.com"]
${HARBOR_TLS}
${HARBOR_AUTH}`));
    await run('systemctl restart containerd');
    const mirrored = await run('crictl pull registry.k8s.io/k8s/pause:1.25.1');
    expect(mirrored.code).toBe(0);
    expect((await run('crictl images registry.k8s.io/k8s/pause')).out).toContain('registry.k8s.io/k8s/pause   1.25.1');
    expect((await run('ctr -n k8s.io content ls')).out).toContain('containerd.io/distribution.source.registry.k8s.io=k8s/pause');
    // Not on the mirrors: the default host (registry.k8s.io itself) still serves pause:3.6.
    expect((await run('crictl pull registry.k8s.io/pause:3.6')).code).toBe(0);
    // Nowhere: the first host's failure (the unknown mirror) is what the pull says.
    const none = await run('crictl pull registry.k8s.io/k8s/none:1');
    expect(none.err).toContain(
      'failed to resolve reference \\"registry.k8s.io/k8s/none:1\\": failed to do request: Head \\"https://mirror.invalid/v2/k8s/none/manifests/1\\": dial tcp: lookup mirror.invalid on 127.0.0.53:53: no such host"',
    );
    expect((await run('journalctl -u containerd --no-pager')).out).toContain('level=warning msg="`mirrors` is deprecated, please use `config_path` instead"');
  });

  it('the deprecated auths table is folded into configs (keyed by the URL host)', async () => {
    const run = await imagesSession();
    await run(config(`${HARBOR_TLS}
[plugins."io.containerd.grpc.v1.cri".registry.auths."https://harbor.mydomain.com"]
  username = "admin"
  password = "Harbor12345"`));
    await run('systemctl restart containerd');
    expect((await run(`crictl pull ${HARBOR_PAUSE}`)).code).toBe(0);
    expect((await run('journalctl -u containerd --no-pager')).out).toContain('level=warning msg="`auths` is deprecated, please use `configs` instead"');
    // crictl info shows them as the plugin holds them: auths kept, and folded into configs.
    const info = JSON.parse((await run('crictl info')).out) as { config: { registry: unknown } };
    const admin = { username: 'admin', password: 'Harbor12345', auth: '', identitytoken: '' };
    expect(info.config.registry).toEqual({
      configPath: '',
      mirrors: {},
      configs: { 'harbor.mydomain.com': { auth: admin, tls: { insecure_skip_verify: false, caFile: CA, certFile: '', keyFile: '' } } },
      auths: { 'https://harbor.mydomain.com': admin },
      headers: {},
    });
  });

  it('a config.toml that is not TOML: containerd exits at start, crictl cannot connect until it is fixed', async () => {
    const run = await imagesSession();
    await run("echo 'version = [' >> /etc/containerd/config.toml");
    // Without a restart the running daemon does not notice.
    expect((await run('crictl images')).code).toBe(0);
    expect(await run('systemctl restart containerd')).toEqual({
      out: '',
      err: 'Job for containerd.service failed because the control process exited with error code.\nSee "systemctl status containerd.service" and "journalctl -xe" for details.\n',
      code: 1,
    });
    expect((await run('systemctl is-active containerd')).out).toBe('inactive\n');
    expect((await run('journalctl -u containerd --no-pager')).out).toMatch(/containerd\[\d+\]: containerd: failed to load TOML: \/etc\/containerd\/config\.toml: \(\d+, \d+\): /);
    expect((await run('crictl images')).code).toBe(1);
    await run('containerd config default > /etc/containerd/config.toml');
    expect((await run('systemctl start containerd')).code).toBe(0);
    expect((await run('crictl images')).code).toBe(0);
  });

  it('no config.toml: containerd starts with the defaults (main.go:122-129 skips a missing file)', async () => {
    const run = await imagesSession();
    await run(config(`${HARBOR_TLS}\n${HARBOR_AUTH}`));
    await run('systemctl restart containerd');
    expect((await run(`crictl pull ${HARBOR_PAUSE}`)).code).toBe(0);
    await run('rm /etc/containerd/config.toml');
    expect((await run('systemctl restart containerd')).code).toBe(0);
    expect((await run(`crictl pull ${HARBOR_PAUSE}`)).err.endsWith(fatal(x509))).toBe(true);
  });

  it('the loaded settings are part of the node save, and pass its check (odd host names too)', async () => {
    const session = createSession({ seed: 3 });
    await session.run(config(`${HARBOR_TLS}
[plugins."io.containerd.grpc.v1.cri".registry.configs."constructor".auth]
  username = "u"
[plugins."io.containerd.grpc.v1.cri".registry.mirrors."__proto__"]
  endpoint = ["https://m"]`));
    expect((await session.run('systemctl restart containerd')).exitCode).toBe(0);
    const saved: unknown = JSON.parse(JSON.stringify(session.node.state));
    expect(nodeStateProblems(saved)).toEqual([]);
    expect(Object.keys(session.node.state.cri.registry?.configs ?? {})).toEqual(['harbor.mydomain.com', 'constructor']);
    expect(session.node.state.cri.registry?.mirrors).toEqual({});
  });
});
