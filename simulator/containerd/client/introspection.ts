// The client's introspection calls: client.IntrospectionService().Plugins(filters...) and
// client.Server(), the daemon's own account of itself.

import { daemonRunning } from '../daemon';
import { collectIfDue } from '../gc/collector';
import { pluginFilter } from '../plugins/plugin-filter';
import { PLUGINS, type PluginInfo } from '../plugins/plugins';
import type { ClientContext } from './context';

export type { PluginInfo };

export function introspectionApi(ctx: ClientContext) {
  const { node } = ctx;
  return {
    /**
     * Plugins(filters...): the daemon's plugins in load order, those matching any filter.
     * Throws invalidArgument (wrapped once more by the daemon) for a malformed filter.
     */
    plugins(filters: readonly string[] = []): PluginInfo[] {
      return PLUGINS.filter(pluginFilter(filters));
    },

    /** Server(): the daemon's UUID (its version comes from the installed package). */
    serverUuid(): string {
      return node.state.containerd.uuid;
    },

    /**
     * The daemon's scheduled garbage collection, caught up before a request is served: the
     * simulator runs the daemon's timers lazily, so a client about to ask lets a collection
     * that came due since the last command happen first.
     */
    catchUpGarbageCollection(): void {
      if (daemonRunning(node)) collectIfDue(node);
    },
  };
}

export type IntrospectionApi = ReturnType<typeof introspectionApi>;
