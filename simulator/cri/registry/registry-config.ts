// The registry part of the CRI plugin's config (containerd 1.6.20 pkg/cri/config/config.go:
// Registry, Mirror, RegistryConfig, TLSConfig, AuthConfig), as the daemon decodes it from
// `[plugins."io.containerd.grpc.v1.cri".registry]` of /etc/containerd/config.toml when it
// starts, and what ValidatePluginConfig (config.go:399-440) then does with it: refuse
// `mirrors` or `configs.tls` beside `config_path`, fold the deprecated `auths` into `configs`,
// and warn about each deprecated table.

import { parse, TomlError } from 'smol-toml';
import { type CriPluginSettings, isTable, pluginSettingsFrom, SettingTypeError } from '../config/plugin-settings';
import { emptyRegistryConfig, type CriRegistryConfig, type RegistryAuth, type RegistryTls } from './registry-config-schema';

/** The daemon could not start with this config.toml (it exits with this message). */
export class ConfigLoadError extends Error {}

/** The CRI plugin refuses its config (ValidatePluginConfig): containerd runs on without CRI. */
export class PluginConfigError extends Error {}

/** A successful load: the settings and the warnings the plugin logs about them. */
interface LoadedRegistryConfig {
  config: CriRegistryConfig;
  warnings: string[];
}

/** A successful load of the plugin's section: the registry and the other settings. */
interface LoadedPluginConfig extends LoadedRegistryConfig {
  settings: CriPluginSettings;
}

type Table = Record<string, unknown>;

function tableAt(root: Table, keys: readonly string[]): Table | undefined {
  let at: unknown = root;
  for (const k of keys) {
    if (!isTable(at) || !Object.hasOwn(at, k)) return undefined;
    at = at[k];
  }
  return isTable(at) ? at : undefined;
}

/** Go's TOML decoder refusing a value of the wrong type for a field. */
function typeError(path: string, want: string, got: unknown): ConfigLoadError {
  const kind = Array.isArray(got) ? 'array' : typeof got;
  return new ConfigLoadError(`toml: cannot decode ${kind} into ${want} (${path})`);
}

function stringField(t: Table, key: string, path: string): string {
  const x = t[key];
  if (x === undefined) return '';
  if (typeof x !== 'string') throw typeError(`${path}.${key}`, 'string', x);
  return x;
}

function boolField(t: Table, key: string, path: string): boolean {
  const x = t[key];
  if (x === undefined) return false;
  if (typeof x !== 'boolean') throw typeError(`${path}.${key}`, 'bool', x);
  return x;
}

function authOf(t: Table, path: string): RegistryAuth {
  return {
    username: stringField(t, 'username', path),
    password: stringField(t, 'password', path),
    auth: stringField(t, 'auth', path),
    identityToken: stringField(t, 'identitytoken', path),
  };
}

function tlsOf(t: Table, path: string): RegistryTls {
  return {
    caFile: stringField(t, 'ca_file', path),
    certFile: stringField(t, 'cert_file', path),
    keyFile: stringField(t, 'key_file', path),
    insecureSkipVerify: boolField(t, 'insecure_skip_verify', path),
  };
}

/**
 * A sub-table, without a `__proto__` key: no registry, header or endpoint is named so, and
 * the plugin's records (and the node's save) keep only own, ordinary keys.
 */
function subTable(t: Table, key: string, path: string): Table | undefined {
  const x = t[key];
  if (x === undefined) return undefined;
  if (!isTable(x)) throw typeError(`${path}.${key}`, 'struct', x);
  return Object.fromEntries(Object.entries(x).filter(([k]) => k !== '__proto__'));
}

/** url.Parse(endpoint).Host when it has a scheme, else the key itself (config.go:428-433). */
function authsKey(endpoint: string): string {
  const m = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/([^/?#]*)/.exec(endpoint);
  return m ? (m[1] ?? '') : endpoint;
}

/** The registry table of a decoded config.toml, validated as the plugin's init does. */
function registryFrom(doc: Table): LoadedRegistryConfig {
  const path = 'plugins.io.containerd.grpc.v1.cri.registry';
  const reg = tableAt(doc, ['plugins', 'io.containerd.grpc.v1.cri', 'registry']) ?? {};
  const config = emptyRegistryConfig();
  config.configPath = stringField(reg, 'config_path', path);
  for (const [host, mirror] of Object.entries(subTable(reg, 'mirrors', path) ?? {})) {
    if (!isTable(mirror)) throw typeError(`${path}.mirrors.${host}`, 'struct', mirror);
    const endpoints = mirror.endpoint ?? [];
    if (!Array.isArray(endpoints) || !endpoints.every((e) => typeof e === 'string')) {
      throw typeError(`${path}.mirrors.${host}.endpoint`, '[]string', endpoints);
    }
    config.mirrors[host] = endpoints;
  }
  for (const [host, hostConfig] of Object.entries(subTable(reg, 'configs', path) ?? {})) {
    const at = `${path}.configs.${host}`;
    if (!isTable(hostConfig)) throw typeError(at, 'struct', hostConfig);
    const tls = subTable(hostConfig, 'tls', at);
    const auth = subTable(hostConfig, 'auth', at);
    config.configs[host] = {
      ...(tls ? { tls: tlsOf(tls, `${at}.tls`) } : {}),
      ...(auth ? { auth: authOf(auth, `${at}.auth`) } : {}),
    };
  }
  for (const [name, values] of Object.entries(subTable(reg, 'headers', path) ?? {})) {
    if (!Array.isArray(values) || !values.every((x) => typeof x === 'string')) throw typeError(`${path}.headers.${name}`, '[]string', values);
    config.headers[name] = values;
  }
  const warnings: string[] = [];
  if (Object.keys(config.mirrors).length > 0) {
    if (config.configPath !== '') throw new PluginConfigError('`mirrors` cannot be set when `config_path` is provided');
    warnings.push('`mirrors` is deprecated, please use `config_path` instead');
  }
  if (Object.values(config.configs).some((c) => c.tls !== undefined)) {
    if (config.configPath !== '') throw new PluginConfigError('`configs.tls` cannot be set when `config_path` is provided');
    warnings.push('`configs.tls` is deprecated, please use `config_path` instead');
  }
  const auths = subTable(reg, 'auths', path) ?? {};
  if (Object.keys(auths).length > 0) {
    for (const [endpoint, auth] of Object.entries(auths)) {
      if (!isTable(auth)) throw typeError(`${path}.auths.${endpoint}`, 'struct', auth);
      const key = authsKey(endpoint);
      config.auths[endpoint] = authOf(auth, `${path}.auths.${endpoint}`);
      config.configs[key] = { ...config.configs[key], auth: authOf(auth, `${path}.auths.${endpoint}`) };
    }
    warnings.push('`auths` is deprecated, please use `configs` instead');
  }
  return { config, warnings };
}

/**
 * Decodes config.toml's text. Throws ConfigLoadError with what the daemon dies of: a TOML
 * syntax error (`failed to load TOML: <path>: (line, col): …`) or a value of the wrong type;
 * PluginConfigError for a combination ValidatePluginConfig refuses.
 */
export function loadRegistryConfig(text: string, path: string): LoadedPluginConfig {
  let doc: Table;
  try {
    doc = parse(text) as Table;
  } catch (err) {
    if (!(err instanceof TomlError)) throw err;
    // go-toml v1 words its errors as "(line, column): message"; the message is smol-toml's.
    const message = err.message.split('\n')[0]?.replace(/^Invalid TOML document: /, '') ?? '';
    throw new ConfigLoadError(`failed to load TOML: ${path}: (${err.line}, ${err.column}): ${message}`);
  }
  let settings: CriPluginSettings;
  try {
    settings = pluginSettingsFrom(doc, text);
  } catch (err) {
    if (err instanceof SettingTypeError) throw new ConfigLoadError(err.message);
    throw err;
  }
  return { ...registryFrom(doc), settings };
}
