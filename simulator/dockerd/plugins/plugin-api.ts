// Managed plugins (moby 20.10 plugin/manager.go, api/server/router/plugin): node1's dockerd has
// none and installs none (a plugin's rootfs and its config from a registry are not simulated), so
// its answers are those of a daemon with no plugins, as a private real dockerd 20.10.24 gave them:
// an empty list, `plugin "x" not found` (404) for every name, the registry's error for an install.

import type { Node } from '../../node';
import { DockerdError, invalidParameter, notFound } from '../errors';

/** The filters GET /plugins accepts (plugin/backend_linux.go acceptedPluginFilterTags). */
const ACCEPTED_FILTERS = new Set(['enabled', 'capability']);

export interface PluginApi {
  /** GET /plugins: none; 400 `Invalid filter 'x'` for an unknown filter key. */
  list(filters: ReadonlyMap<string, readonly string[]>): [];
  /** Any call naming one plugin (inspect, remove, enable, disable, set, push): 404 `plugin "<name>" not found`. */
  find(name: string): never;
  /** POST /plugins/pull: with the registries unreachable, the resolve error; else not simulated (undefined). */
  pullError(repository: string, tag: string): DockerdError | undefined;
}

export function pluginApi(node: Node): PluginApi {
  return {
    list: (filters) => {
      for (const key of filters.keys()) if (!ACCEPTED_FILTERS.has(key)) throw invalidParameter(`Invalid filter '${key}'`);
      return [];
    },
    find: (name) => {
      throw notFound(`plugin ${JSON.stringify(name)} not found`);
    },
    pullError: (repository, tag) => {
      if (!node.state.registries.offline || repository.includes('.') || repository.includes(':')) return undefined;
      const path = repository.includes('/') ? repository : `library/${repository}`;
      const url = `https://registry-1.docker.io/v2/${path}/manifests/${tag}`;
      return new DockerdError(500, `error resolving plugin reference: failed to do request: Head ${JSON.stringify(url)}: dial tcp: lookup registry-1.docker.io on 127.0.0.53:53: no such host`);
    },
  };
}
