// criService.registryEndpoints / registryHosts / getTLSConfig of containerd 1.6.20
// (pkg/cri/server/image_pull.go:325-420, 433-470).

import { describe, expect, it } from 'vitest';
import { makeTestNode } from '../../containerd/namespaces/test-support';
import { mkdir, writeFile } from '../../host/vfs';
import type { CriRegistryConfig } from './registry-config-schema';
import { registryEndpoints, registryHosts } from './registry-hosts';

function cfg(partial: Partial<CriRegistryConfig>): CriRegistryConfig {
  return { configPath: '', mirrors: {}, configs: {}, auths: {}, headers: {}, ...partial };
}

describe('registryEndpoints', () => {
  it('no mirrors: the default host, https (registry-1.docker.io for docker.io), http for localhost', () => {
    expect(registryEndpoints(undefined, 'docker.io')).toEqual(['https://registry-1.docker.io']);
    expect(registryEndpoints(undefined, 'harbor.mydomain.com')).toEqual(['https://harbor.mydomain.com']);
    expect(registryEndpoints(undefined, 'localhost:5000')).toEqual(['http://localhost:5000']);
  });

  it('mirrors first, schemes added; the default host left out when a mirror is the host itself; "*" for the rest', () => {
    const c = cfg({ mirrors: { 'docker.io': ['m1', 'http://m2'], h: ['https://h'], '*': ['https://all'] } });
    expect(registryEndpoints(c, 'docker.io')).toEqual(['https://m1', 'http://m2', 'https://registry-1.docker.io']);
    expect(registryEndpoints(c, 'h')).toEqual(['https://h']);
    expect(registryEndpoints(c, 'registry.k8s.io')).toEqual(['https://all', 'https://registry.k8s.io']);
  });
});

describe('registryHosts', () => {
  it('TLS and auth come from configs of the endpoint host; the request auth wins', () => {
    const node = makeTestNode();
    writeFile(node.state.host.files, '/etc/containerd/harbor.mydomain.com/ca.crt', '-----BEGIN CERTIFICATE-----\n', { parents: true });
    const c = cfg({
      mirrors: { 'registry.k8s.io': ['https://harbor.mydomain.com'] },
      configs: {
        'harbor.mydomain.com': {
          tls: { caFile: '/etc/containerd/harbor.mydomain.com/ca.crt', certFile: '', keyFile: '', insecureSkipVerify: false },
          auth: { username: 'admin', password: 'p', auth: '', identityToken: '' },
        },
      },
    });
    const [mirror, own] = registryHosts(node, c, 'registry.k8s.io', undefined);
    expect(mirror?.remote.host).toBe('harbor.mydomain.com');
    expect(mirror?.remote.tlsCaCert).toContain('BEGIN CERTIFICATE');
    expect(mirror?.auth).toEqual({ username: 'admin', password: 'p', auth: '', identityToken: '' });
    expect(own).toEqual({ url: 'https://registry.k8s.io', host: 'registry.k8s.io', remote: {}, auth: undefined });
    expect(registryHosts(node, c, 'registry.k8s.io', { username: 'me' })[0]?.auth).toEqual({ username: 'me' });
  });

  it('a localhost registry over http skips verification; cert without key and unreadable files fail getTLSConfig', () => {
    const node = makeTestNode();
    expect(registryHosts(node, undefined, 'localhost:5000', undefined)[0]?.remote).toEqual({ skipVerify: true, plainHttp: true });
    const tls = (t: Partial<{ caFile: string; certFile: string; keyFile: string }>) =>
      cfg({ configs: { h: { tls: { caFile: '', certFile: '', keyFile: '', insecureSkipVerify: false, ...t } } } });
    expect(() => registryHosts(node, tls({ certFile: '/c' }), 'h', undefined)).toThrow(
      'get TLSConfig for registry "https://h": cert file "/c" was specified, but no corresponding key file was specified',
    );
    expect(() => registryHosts(node, tls({ keyFile: '/k' }), 'h', undefined)).toThrow('key file "/k" was specified, but no corresponding cert file was specified');
    expect(() => registryHosts(node, tls({ certFile: '/c', keyFile: '/k' }), 'h', undefined)).toThrow('failed to load cert file: open /c: no such file or directory');
    writeFile(node.state.host.files, '/c', 'junk');
    writeFile(node.state.host.files, '/k', 'junk');
    expect(() => registryHosts(node, tls({ certFile: '/c', keyFile: '/k' }), 'h', undefined)).toThrow('failed to load cert file: tls: failed to find any PEM data in certificate input');
    mkdir(node.state.host.files, '/certs');
    expect(() => registryHosts(node, tls({ caFile: '/certs' }), 'h', undefined)).toThrow('failed to load CA file: read /certs: is a directory');
  });
});
