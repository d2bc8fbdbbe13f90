// The docker CLI's words for a plugin the daemon does not have (docker/cli 20.10 client
// plugin_inspect.go and plugin_remove.go wrap the 404 as objectNotFoundError: `Error: No such
// plugin: x`; enable, disable and set print the daemon's own `plugin "x" not found`).

import { isDockerdError } from '../../../dockerd/index';

/** The text inspect and rm print for `ref`, or undefined for any other failure. */
export function noSuchPluginText(err: unknown, ref: string): string | undefined {
  return isDockerdError(err) && err.status === 404 ? `Error: No such plugin: ${ref}` : undefined;
}
