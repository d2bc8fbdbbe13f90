// The registry part of `crictl info`'s config: json.Marshal of criconfig.Registry (containerd
// 1.6.20 pkg/cri/config/config.go: field order and json tags as declared there; map keys sorted
// as encoding/json sorts them; a RegistryConfig's missing auth or tls is null).

import type { CriRegistryConfig } from './registry-config-schema';

function sortedEntries<T>(record: Readonly<Record<string, T>>): Array<[string, T]> {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function sorted<T, U>(record: Readonly<Record<string, T>>, map: (value: T) => U): Record<string, U> {
  return Object.fromEntries(sortedEntries(record).map(([k, x]) => [k, map(x)]));
}

const authJson = (a: { username: string; password: string; auth: string; identityToken: string }) => ({
  username: a.username,
  password: a.password,
  auth: a.auth,
  identitytoken: a.identityToken,
});

/** The `registry` object of the plugin's config JSON (the stock config: all maps empty). */
export function registryJson(config: CriRegistryConfig | undefined): Record<string, unknown> {
  if (!config) return { configPath: '', mirrors: {}, configs: {}, auths: {}, headers: {} };
  return {
    configPath: config.configPath,
    mirrors: sorted(config.mirrors, (endpoints) => ({ endpoint: endpoints })),
    configs: sorted(config.configs, (c) => ({
      auth: c.auth ? authJson(c.auth) : null,
      tls: c.tls ? { insecure_skip_verify: c.tls.insecureSkipVerify, caFile: c.tls.caFile, certFile: c.tls.certFile, keyFile: c.tls.keyFile } : null,
    })),
    auths: sorted(config.auths, authJson),
    headers: sorted(config.headers, (values) => values),
  };
}
