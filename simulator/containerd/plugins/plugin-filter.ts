// Filters of the introspection service's Plugins call (its adaptor knows `type` and `id`;
// other fields never match). A malformed filter is refused by the daemon, which wraps the
// parser's invalid-argument error once more (`…: invalid argument: invalid argument`).

import { ContainerdError, invalidArgument, isInvalidArgument } from '../../errdefs/errdefs';
import { parseFilters } from '../filters/filters';
import { pluginField, type PluginInfo } from './plugins';

/** A predicate over plugins for these filter arguments; no arguments keeps everything. */
export function pluginFilter(args: readonly string[]): (plugin: PluginInfo) => boolean {
  let filter;
  try {
    filter = parseFilters(args);
  } catch (err) {
    throw isInvalidArgument(err) && err instanceof ContainerdError ? invalidArgument(err.message) : err;
  }
  return (plugin) =>
    filter((fieldpath) => {
      const value = pluginField(plugin, fieldpath);
      return value === undefined ? { value: '', present: false } : { value, present: true };
    });
}
