// ConfigureHosts as containerd 1.6.20 reads hosts directories (remotes/docker/config/hosts.go
// and config_unix.go @v1.6.20): the default host, hosts.toml's tables in file order with the
// root's server last, capabilities, skip_verify, ca (string or list, relative to the host
// dir), client pairs, the host:port → host_port_ directory, _default, Docker's certs layout,
// and the 1.6 quirk that a file without any [host] table is not decoded.

import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../index';
import * as vfs from '../../host/vfs';
import { configureHosts, hostDirFromRoot, hostPaths, type HostsLog } from './hosts-dir';

const ROOT = '/etc/containerd/certs.d';
const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

function nodeWith(files: Record<string, string>) {
  const node = createSimulator({ seed: 1, now: () => Date.UTC(2026, 11, 4, 22) });
  for (const [path, content] of Object.entries(files)) vfs.writeFile(node.state.host.files, path, vfs.textToBinary(content), { parents: true });
  return node;
}

function hostsOf(files: Record<string, string>, host: string, logs: HostsLog[] = []) {
  const node = nodeWith(files);
  return configureHosts(node, host, { hostDir: hostDirFromRoot(node, ROOT) }, logs);
}

describe('configureHosts without a host directory', () => {
  it('docker.io goes to https://registry-1.docker.io/v2 with every capability', () => {
    const [h, ...rest] = hostsOf({}, 'docker.io');
    expect(rest).toEqual([]);
    expect(h?.config).toEqual({ scheme: 'https', host: 'registry-1.docker.io', path: '/v2', capabilities: ['pull', 'resolve', 'push'] });
    expect(h?.remote).toEqual({});
  });

  it('a localhost registry is plain http without verification; any other host is https', () => {
    const [local] = hostsOf({}, 'localhost:5000');
    expect(local?.config).toMatchObject({ scheme: 'http', host: 'localhost:5000', skipVerify: true });
    expect(local?.remote).toEqual({ plainHttp: true, skipVerify: true });
    const [harbor] = hostsOf({}, 'harbor.mydomain.com');
    expect(harbor?.config).toMatchObject({ scheme: 'https', host: 'harbor.mydomain.com', path: '/v2' });
  });
});

describe('hosts.toml', () => {
  it('lists [host."…"] tables in file order, then the root server; ca relative to the host dir, absolute, or a list', () => {
    const hosts = hostsOf(
      {
        [`${ROOT}/harbor.mydomain.com/hosts.toml`]: [
          'server = "https://docker.io"',
          '[host."http://myharbor-minio.com"]',
          '  capabilities = ["pull", "resolve"]',
          '[host."https://b.example.com"]',
          '  ca = "ca.crt"',
          '  skip_verify = false',
          '[host."https://c.example.com:8443/sub"]',
          '  ca = ["/opt/auth/ca.crt", "more.crt"]',
          '  override_path = true',
        ].join('\n'),
        [`${ROOT}/harbor.mydomain.com/ca.crt`]: PEM,
        [`${ROOT}/harbor.mydomain.com/more.crt`]: PEM,
        '/opt/auth/ca.crt': PEM,
      },
      'harbor.mydomain.com',
    );
    expect(hosts.map((h) => `${h.config.scheme}://${h.config.host}${h.config.path}`)).toEqual([
      'http://myharbor-minio.com/v2',
      'https://b.example.com/v2',
      'https://c.example.com:8443/sub',
      'https://docker.io/v2',
    ]);
    expect(hosts[0]?.config.capabilities).toEqual(['pull', 'resolve']);
    expect(hosts[0]?.remote).toEqual({ plainHttp: true, host: 'myharbor-minio.com' });
    expect(hosts[1]?.config.caCerts).toEqual([`${ROOT}/harbor.mydomain.com/ca.crt`]);
    expect(hosts[1]?.config.skipVerify).toBe(false);
    expect(hosts[2]?.config.caCerts).toEqual(['/opt/auth/ca.crt', `${ROOT}/harbor.mydomain.com/more.crt`]);
    expect(hosts[2]?.remote.tlsCaCert).toBe(`${PEM}\n${PEM}`);
  });

  it('a file with only `server` fails getSortedHosts in 1.6 ("invalid `host` tree"): logged, then the default host', () => {
    const logs: HostsLog[] = [];
    const hosts = hostsOf({ [`${ROOT}/harbor.mydomain.com/hosts.toml`]: 'server = "https://other.example.com"\n' }, 'harbor.mydomain.com', logs);
    expect(hosts.map((h) => h.config.host)).toEqual(['harbor.mydomain.com']);
    expect(logs).toContainEqual({ level: 'error', message: 'failed to decode hosts.toml', fields: { error: 'invalid `host` tree' } });
  });

  it('a missing CA file fails with ConfigureHosts\' text; a file without a certificate cannot be loaded', () => {
    const toml = '[host."https://harbor.mydomain.com"]\n  ca = "/etc/containerd/harbor.secure.mydomain.com/ca.crt"\n';
    expect(() => hostsOf({ [`${ROOT}/harbor.mydomain.com/hosts.toml`]: toml }, 'harbor.mydomain.com')).toThrow(
      'unable to read CA cert "/etc/containerd/harbor.secure.mydomain.com/ca.crt": open /etc/containerd/harbor.secure.mydomain.com/ca.crt: no such file or directory',
    );
    expect(() =>
      hostsOf({ [`${ROOT}/harbor.mydomain.com/hosts.toml`]: toml, '/etc/containerd/harbor.secure.mydomain.com/ca.crt': 'not a pem\n' }, 'harbor.mydomain.com'),
    ).toThrow('unable to load CA cert "/etc/containerd/harbor.secure.mydomain.com/ca.crt"');
  });

  it('an unknown capability and a ca of the wrong type are errors', () => {
    expect(() => hostsOf({ [`${ROOT}/x.io/hosts.toml`]: '[host."https://x.io"]\n  capabilities = ["pull", "fly"]\n' }, 'x.io')).toThrow('unknown capability fly');
    expect(() => hostsOf({ [`${ROOT}/x.io/hosts.toml`]: '[host."https://x.io"]\n  ca = 5\n' }, 'x.io')).toThrow('invalid type 5 for "ca"');
  });

  it('skip_verify = true and a header table reach the host', () => {
    const [h] = hostsOf({ [`${ROOT}/x.io/hosts.toml`]: '[host."https://x.io"]\n  skip_verify = true\n  [host."https://x.io".header]\n    x-a = "1"\n    x-b = ["2", "3"]\n' }, 'x.io');
    expect(h?.remote).toEqual({ skipVerify: true });
    expect(h?.config.header).toEqual({ 'x-a': ['1'], 'x-b': ['2', '3'] });
  });
});

describe('host directories', () => {
  it('host:port is looked up as host_port_ first, then as typed, then _default', () => {
    expect(hostPaths(ROOT, 'harbor.secure.mydomain.com:443')).toEqual([
      `${ROOT}/harbor.secure.mydomain.com_443_`,
      `${ROOT}/harbor.secure.mydomain.com:443`,
      `${ROOT}/_default`,
    ]);
    const node = nodeWith({ [`${ROOT}/_default/hosts.toml`]: '[host."https://mirror.example.com"]\n' });
    expect(hostDirFromRoot(node, ROOT)('anything.io')).toBe(`${ROOT}/_default`);
  });

  it("Docker's layout without hosts.toml: *.crt are CAs, *.cert with its *.key a client pair", () => {
    const [h] = hostsOf(
      {
        [`${ROOT}/harbor.mydomain.com/ca.crt`]: PEM,
        [`${ROOT}/harbor.mydomain.com/client.cert`]: PEM,
        [`${ROOT}/harbor.mydomain.com/client.key`]: '-----BEGIN RSA PRIVATE KEY-----\nx\n-----END RSA PRIVATE KEY-----\n',
      },
      'harbor.mydomain.com',
    );
    expect(h?.config).toMatchObject({
      scheme: 'https',
      host: 'harbor.mydomain.com',
      caCerts: [`${ROOT}/harbor.mydomain.com/ca.crt`],
      clientPairs: [[`${ROOT}/harbor.mydomain.com/client.cert`, `${ROOT}/harbor.mydomain.com/client.key`]],
    });
  });
});
