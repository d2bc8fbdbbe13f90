// What containerd does with /etc/containerd/config.toml as it starts, for the CRI plugin's
// registry and other settings (config/plugin-settings.ts): read the file once (a missing file
// means the built-in defaults, as cmd/containerd/command/main.go:122-129 skips it), keep what
// it says until the next start,
// and log the plugin's deprecation warnings. An edit without `systemctl restart containerd`
// changes nothing, as on a real node.

import type { Node } from '../../node';
import { appendJournal, daemonLogLine } from '../../host/journal';
import { exists, readFile } from '../../host/vfs';
import { isStockSettings } from '../config/plugin-settings';
import { ConfigLoadError, loadRegistryConfig, PluginConfigError } from './registry-config';

const CONTAINERD_CONFIG_PATH = '/etc/containerd/config.toml';


/** One logrus text line of containerd's: `time="…" level=… msg="…"` and, when given, ` error="…"`. */
function logLine(node: Node, level: 'warning' | 'info', msg: string, error?: string): string {
  return daemonLogLine(node.nowMs(), level, msg, error);
}

/**
 * Loads the registry settings into the CRI plugin's state as the daemon (main PID `pid`)
 * starts. Returns the message containerd exits with when config.toml cannot be loaded (the
 * caller fails the start), or undefined once it runs.
 */
export function loadCriConfigAtStart(node: Node, pid: number): string | undefined {
  const files = node.state.host.files;
  const log = (line: string): void => appendJournal(node, 'containerd', 'containerd', pid, line);
  let text: string;
  try {
    if (!exists(files, CONTAINERD_CONFIG_PATH)) {
      delete node.state.cri.registry;
      delete node.state.cri.settings;
      return undefined;
    }
    text = readFile(files, CONTAINERD_CONFIG_PATH);
  } catch (err) {
    // A directory or an unreadable path: LoadFile's open error.
    const message = `containerd: failed to load TOML: ${CONTAINERD_CONFIG_PATH}: ${(err as Error).message}`;
    log(message);
    return message;
  }
  try {
    const { config, warnings, settings } = loadRegistryConfig(text, CONTAINERD_CONFIG_PATH);
    for (const w of warnings) log(logLine(node, 'warning', w));
    node.state.cri.registry = config;
    if (isStockSettings(settings)) delete node.state.cri.settings;
    else node.state.cri.settings = settings;
    return undefined;
  } catch (err) {
    if (err instanceof PluginConfigError) {
      // The plugin's init fails; containerd logs it and runs on (a gap: the simulated CRI stays
      // served, with no registry settings).
      log(logLine(node, 'warning', 'failed to load plugin io.containerd.grpc.v1.cri', `invalid plugin config: ${err.message}`));
      delete node.state.cri.registry;
      delete node.state.cri.settings;
      return undefined;
    }
    if (!(err instanceof ConfigLoadError)) throw err;
    const message = `containerd: ${err.message}`;
    log(message);
    return message;
  }
}
