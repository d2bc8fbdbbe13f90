// What the registry reads from its configuration file (distribution v2.8 configuration/
// configuration.go): the listen address (http.addr) and the filesystem driver's root
// (storage.filesystem.rootdirectory), overridable by REGISTRY_HTTP_ADDR and
// REGISTRY_STORAGE_FILESYSTEM_ROOTDIRECTORY as its environment parser allows. Only these two
// settings change what ctrlab's registry does; the rest of the YAML is read past.

import { envValue, followLinks, resolvePath, type ContainerFs } from '../program';

export interface RegistryConfig {
  port: number;
  root: string;
}

/** The config at `path`, or the error text `registry serve` prints when it cannot read it. */
export function readRegistryConfig(fs: ContainerFs, cwd: string, path: string, env: readonly string[]): RegistryConfig | { error: string } {
  const file = followLinks(fs, resolvePath(cwd, path));
  if (!file || file.file.kind !== 'file') return { error: `configuration error: open ${path}: no such file or directory` };
  const text = file.file.content ?? '';
  const addr = envValue(env, 'REGISTRY_HTTP_ADDR') ?? /^\s+addr:\s*(\S+)\s*$/m.exec(text)?.[1] ?? ':5000';
  const root = envValue(env, 'REGISTRY_STORAGE_FILESYSTEM_ROOTDIRECTORY') ?? /^\s+rootdirectory:\s*(\S+)\s*$/m.exec(text)?.[1] ?? '/var/lib/registry';
  const port = Number(/:(\d+)$/.exec(addr)?.[1] ?? '5000');
  return { port, root };
}
