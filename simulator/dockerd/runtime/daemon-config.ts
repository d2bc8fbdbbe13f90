// What dockerd reads of /etc/docker/daemon.json as it starts (moby v20.10.24
// daemon/config/config.go MergeDaemonConfigurations, cmd/dockerd/daemon.go): the default log
// driver and its options (`log-driver`, `log-opts`), kept until the next start, so an edit
// without `systemctl restart docker` changes nothing, as on a real node. A missing file means the
// built-in defaults (json-file, no options); a file that is not the JSON dockerd expects, or
// whose log-opts the driver refuses, makes dockerd exit at start with its message (in the
// journal). Checked on a real dockerd 20.10.24: only given log-opts are checked at start (a
// `log-driver` of `bogus` or `gelf` alone starts, and containers then fail at create), and their
// values wait for a container's start (`max-size: "abc"` starts).

import type { Node } from '../../node';
import * as vfs from '../../host/vfs';
import { appendJournal } from '../../host/journal';
import { DOCKER_UNIT } from '../daemon';
import { verifyDefaultLogConfig, type LogConfig } from './log-drivers';

const DAEMON_JSON = '/etc/docker/daemon.json';

const BUILT_IN: LogConfig = { Type: 'json-file', Config: {} };

/** The log driver and options a container created now gets where it names none. */
export function daemonLogConfig(node: Node): LogConfig {
  return node.state.dockerd.logConfig ?? BUILT_IN;
}

/** Go's encoding/json type names for the error of a value of the wrong type. */
function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : typeof value;
}

/**
 * Reads daemon.json's log settings as dockerd starts. Returns the message dockerd exits with
 * (the caller fails the start), or undefined once it runs.
 */
export function loadDaemonConfigAtStart(node: Node, pid: number): string | undefined {
  const message = readDaemonConfig(node);
  if (message !== undefined) appendJournal(node, DOCKER_UNIT, 'dockerd', pid, message);
  return message;
}

function readDaemonConfig(node: Node): string | undefined {
  const files = node.state.host.files;
  if (!vfs.exists(files, DAEMON_JSON)) {
    delete node.state.dockerd.logConfig;
    return undefined;
  }
  const unable = (why: string) => `unable to configure the Docker daemon with file ${DAEMON_JSON}: ${why}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(vfs.binaryToText(vfs.readFile(files, DAEMON_JSON)));
  } catch (err) {
    if (err instanceof vfs.VfsError) return unable(`open ${DAEMON_JSON}: ${err.code === 'EISDIR' ? 'is a directory' : err.message}`);
    return unable('the JSON in it is not valid (its exact decoder error is not simulated here)');
  }
  if (jsonType(parsed) !== 'object') return unable(`json: cannot unmarshal ${jsonType(parsed)} into Go value of type map[string]interface {}`);
  const raw = parsed as Record<string, unknown>;
  const driver = raw['log-driver'];
  if (driver !== undefined && typeof driver !== 'string') return unable(`json: cannot unmarshal ${jsonType(driver)} into Go struct field Config.log-driver of type string`);
  const opts = raw['log-opts'];
  if (opts !== undefined && opts !== null && jsonType(opts) !== 'object') return unable(`json: cannot unmarshal ${jsonType(opts)} into Go struct field Config.log-opts of type map[string]string`);
  const config: LogConfig = { Type: driver || 'json-file', Config: {} };
  for (const [k, v] of Object.entries((opts ?? {}) as Record<string, unknown>)) {
    if (typeof v !== 'string') return unable(`json: cannot unmarshal ${jsonType(v)} into Go struct field Config.log-opts of type string`);
    config.Config[k] = v;
  }
  const refused = Object.keys(config.Config).length > 0 ? verifyDefaultLogConfig(config) : undefined;
  if (refused !== undefined) return `failed to start daemon: ${refused}`;
  if (config.Type === 'json-file' && Object.keys(config.Config).length === 0) delete node.state.dockerd.logConfig;
  else node.state.dockerd.logConfig = config;
  return undefined;
}
