// The docker CLI's own config file (docker/cli 20.10 cli/config/configfile/file.go):
// $DOCKER_CONFIG/config.json, else ~/.docker/config.json; credentials live in `auths` as
// base64 `user:password` (the file store, no credential helper on node1), written back with
// tabs as MarshalIndent(…, "", "\t") does. Other keys the file holds are kept.

import { goJsonMarshalIndent } from '../../go/json';
import { GoJsonSyntaxError, GoUnexpectedEof, scanGoJson } from '../../go/json-scan';
import { exists, mkdir, normalizePath, readFile, writeFile } from '../../host/vfs';
import type { DockerContext } from './docker-types';

/** Docker Hub's key in `auths` (registry.IndexServer). */
export const DOCKER_HUB_AUTH_KEY = 'https://index.docker.io/v1/';

/** The config directory: --config, else $DOCKER_CONFIG, else ~/.docker (cli/config config.Dir). */
function configDir(c: DockerContext): string {
  if (c.isSet('config')) return c.string('config');
  return c.io.environ.DOCKER_CONFIG ?? `${c.io.environ.HOME ?? '/root'}/.docker`;
}

export function configPath(c: DockerContext): string {
  return normalizePath(`${configDir(c)}/config.json`, c.io.cwd);
}

/**
 * cli/config LoadDefaultConfigFile, run by every command's Initialize: a config.json that does
 * not decode is warned about on stderr (`WARNING: Error loading config file: <dir>/config.json:
 * <json error>`, the path as filepath.Join gives it) and the command goes on with defaults.
 */
export function configLoadWarning(c: DockerContext): string | undefined {
  const files = c.env.node.state.host.files;
  if (!exists(files, configPath(c))) return undefined;
  try {
    scanGoJson(readFile(files, configPath(c)));
    return undefined;
  } catch (e) {
    if (!(e instanceof GoJsonSyntaxError) && !(e instanceof GoUnexpectedEof)) throw e;
    const shown = `${configDir(c).replace(/\/+$/, '')}/config.json`;
    return `WARNING: Error loading config file: ${shown}: ${e.message}\n`;
  }
}

/** A string setting of config.json (psFormat, imagesFormat), '' when unset. */
export function configString(c: DockerContext, key: string): string {
  const v = readConfig(c)[key];
  return typeof v === 'string' ? v : '';
}

type ConfigFile = Record<string, unknown> & { auths?: Record<string, { auth?: string; username?: string; password?: string }> };

export function readConfig(c: DockerContext): ConfigFile {
  const files = c.env.node.state.host.files;
  const path = configPath(c);
  if (!exists(files, path)) return {};
  try {
    const parsed = JSON.parse(new TextDecoder().decode(Uint8Array.from(readFile(files, path), (ch) => ch.charCodeAt(0)))) as unknown;
    return parsed !== null && typeof parsed === 'object' ? (parsed as ConfigFile) : {};
  } catch {
    return {};
  }
}

export function writeConfig(c: DockerContext, config: ConfigFile): void {
  const files = c.env.node.state.host.files;
  const path = configPath(c);
  mkdir(files, path.slice(0, path.lastIndexOf('/')), { parents: true, mode: 0o700, mtimeMs: c.env.node.nowMs() });
  const { auths, ...rest } = config;
  writeFile(files, path, goJsonMarshalIndent({ auths: auths ?? {}, ...rest }, '', '\t'), { mode: 0o600, mtimeMs: c.env.node.nowMs() });
}

/** The stored credentials for a registry key, decoded. */
export function credentialsFor(c: DockerContext, key: string): { username: string; password: string } | undefined {
  const entry = readConfig(c).auths?.[key];
  if (!entry) return undefined;
  if (entry.auth) {
    const text = atob(entry.auth);
    const colon = text.indexOf(':');
    return { username: text.slice(0, colon), password: text.slice(colon + 1) };
  }
  if (entry.username) return { username: entry.username, password: entry.password ?? '' };
  return undefined;
}
