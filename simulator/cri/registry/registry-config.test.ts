// The CRI registry settings as containerd 1.6.20 decodes and validates them
// (pkg/cri/config/config.go:399-440 ValidatePluginConfig; services/server/config/config.go:281).

import { describe, expect, it } from 'vitest';
import { CONTAINERD_DEFAULT_CONFIG } from '../../host/containerd-default-config';
import { ConfigLoadError, loadRegistryConfig, PluginConfigError } from './registry-config';

const PATH = '/etc/containerd/config.toml';
const R = '[plugins."io.containerd.grpc.v1.cri".registry';

describe('loadRegistryConfig', () => {
  it('the stock config has no registry settings and no warnings', () => {
    expect(loadRegistryConfig(CONTAINERD_DEFAULT_CONFIG, PATH)).toEqual({
      config: { configPath: '', mirrors: {}, configs: {}, auths: {}, headers: {} },
      warnings: [],
      settings: { sandboxImage: 'registry.k8s.io/pause:3.6', systemdCgroup: false },
    });
  });

  it('reads mirrors, tls and auth with their TOML key names', () => {
    const text = `${R}.mirrors."docker.io"]
endpoint = ["https://m1", "m2:5000"]
${R}.configs."harbor.mydomain.com".tls]
ca_file = "/ca.crt"
insecure_skip_verify = true
${R}.configs."harbor.mydomain.com".auth]
username = "admin"
password = "Harbor12345"
identitytoken = "tok"
`;
    const { config, warnings } = loadRegistryConfig(text, PATH);
    expect(config.mirrors).toEqual({ 'docker.io': ['https://m1', 'm2:5000'] });
    expect(config.configs['harbor.mydomain.com']).toEqual({
      tls: { caFile: '/ca.crt', certFile: '', keyFile: '', insecureSkipVerify: true },
      auth: { username: 'admin', password: 'Harbor12345', auth: '', identityToken: 'tok' },
    });
    expect(warnings).toEqual(['`mirrors` is deprecated, please use `config_path` instead', '`configs.tls` is deprecated, please use `config_path` instead']);
  });

  it('an auth-only configs entry is not deprecated in 1.6; auths is, and lands under the URL host', () => {
    const onlyAuth = loadRegistryConfig(`${R}.configs."h".auth]\nusername = "u"\n`, PATH);
    expect(onlyAuth.warnings).toEqual([]);
    const auths = loadRegistryConfig(`${R}.auths."https://h:5000/v2"]\nusername = "u"\n${R}.auths."plain"]\nauth = "eDp5"\n`, PATH);
    expect(Object.keys(auths.config.configs)).toEqual(['h:5000', 'plain']);
    expect(auths.config.configs['h:5000']?.auth?.username).toBe('u');
    expect(auths.warnings).toEqual(['`auths` is deprecated, please use `configs` instead']);
  });

  it('mirrors or configs.tls beside config_path: the plugin refuses its config', () => {
    const both = `${R}]\nconfig_path = "/etc/containerd/certs.d"\n${R}.mirrors."docker.io"]\nendpoint = ["https://m"]\n`;
    expect(() => loadRegistryConfig(both, PATH)).toThrow(new PluginConfigError('`mirrors` cannot be set when `config_path` is provided'));
    const tls = `${R}]\nconfig_path = "/d"\n${R}.configs."h".tls]\nca_file = "/c"\n`;
    expect(() => loadRegistryConfig(tls, PATH)).toThrow('`configs.tls` cannot be set when `config_path` is provided');
    expect(loadRegistryConfig(`${R}]\nconfig_path = "/d"\n`, PATH).config.configPath).toBe('/d');
  });

  it('text that is not TOML, or a value of the wrong type, stops the daemon', () => {
    expect(() => loadRegistryConfig('version = 2\n[plugins\n', PATH)).toThrow(ConfigLoadError);
    expect(() => loadRegistryConfig('version = 2\n[plugins\n', PATH)).toThrow(/^failed to load TOML: \/etc\/containerd\/config\.toml: \(2, \d+\): /);
    expect(() => loadRegistryConfig(`${R}.mirrors."docker.io"]\nendpoint = "https://m"\n`, PATH)).toThrow(ConfigLoadError);
    expect(() => loadRegistryConfig(`${R}.configs."h".tls]\ninsecure_skip_verify = "yes"\n`, PATH)).toThrow(ConfigLoadError);
    expect(() => loadRegistryConfig(`${R}.configs."h"]\nauth = 3\n`, PATH)).toThrow(ConfigLoadError);
  });
});
