// The registry settings of the CRI plugin's config (containerd 1.6.20 pkg/cri/config/config.go:
// Registry, Mirror, RegistryConfig, TLSConfig, AuthConfig) as the running daemon holds them,
// saved with the plugin's state so that only a restart of containerd changes them.

import { fieldKey, recordOf, shape, v } from '../../schema/kit';

const str = v.optional(v.string(), '');

const RegistryTlsSchema = shape({
  caFile: str,
  certFile: str,
  keyFile: str,
  insecureSkipVerify: v.optional(v.boolean(), false),
});

const RegistryAuthSchema = shape({
  username: str,
  password: str,
  auth: str,
  identityToken: str,
});

const RegistryHostConfigSchema = shape({
  tls: v.optional(RegistryTlsSchema),
  auth: v.optional(RegistryAuthSchema),
});

/** The registry settings the running daemon loaded; saved with the CRI plugin's state. */
export const CriRegistryConfigSchema = shape({
  configPath: str,
  /** mirrors."<host>".endpoint, as written (schemes are added per pull). */
  mirrors: recordOf(fieldKey, v.array(v.string())),
  /** configs."<host>" after `auths` was folded in. */
  configs: recordOf(fieldKey, RegistryHostConfigSchema),
  /** The deprecated auths."<endpoint>" as written (the plugin keeps them beside configs). */
  auths: v.optional(recordOf(fieldKey, RegistryAuthSchema), {}),
  /** headers."<name>": what the plugin reports; the simulated registries ignore headers. */
  headers: v.optional(recordOf(fieldKey, v.array(v.string())), {}),
});

export type RegistryTls = v.InferOutput<typeof RegistryTlsSchema>;
export type RegistryAuth = v.InferOutput<typeof RegistryAuthSchema>;
export type CriRegistryConfig = v.InferOutput<typeof CriRegistryConfigSchema>;

/** What a config.toml without registry settings (the stock one) gives. */
export function emptyRegistryConfig(): CriRegistryConfig {
  return { configPath: '', mirrors: {}, configs: {}, auths: {}, headers: {} };
}
