// The docker CLI's own config file (docker/cli 20.10 cli/config/configfile/file.go):
// $DOCKER_CONFIG/config.json, else ~/.docker/config.json; credentials live in `auths` as
// base64 `user:password` (the file store, no credential helper on node1), written back with
// tabs as MarshalIndent(…, "", "\t") does. Other keys the file holds are kept.

import { goJsonMarshalIndent } from '../../go/json';
import { exists, mkdir, normalizePath, readFile, writeFile } from '../../host/vfs';
import type { DockerContext } from './docker-types';

/** Docker Hub's key in `auths` (registry.IndexServer). */
export const DOCKER_HUB_AUTH_KEY = 'https://index.docker.io/v1/';

export function configPath(c: DockerContext): string {
  const dir = c.io.environ.DOCKER_CONFIG ?? `${c.io.environ.HOME ?? '/root'}/.docker`;
  return normalizePath(`${dir}/config.json`, c.io.cwd);
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
