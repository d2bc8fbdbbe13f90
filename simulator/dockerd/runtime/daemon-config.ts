// What dockerd does with /etc/docker/daemon.json as it starts (moby v20.10.24
// cmd/dockerd/daemon.go loadDaemonCliConfig, daemon/daemon.go NewDaemon): the file is read and
// checked as daemon-json.ts describes; then the registry service takes its mirrors and insecure
// registries (registry-service-config.ts), the cgroup driver of exec-opts is checked, and the
// default log driver and options are verified. What the node then shows of it (the log config
// for new containers; debug, labels, mirrors, insecure registries and live-restore in `docker
// info`) is kept until the next start, so an edit without `systemctl restart docker` changes
// nothing, as on a real node. A missing file means the built-in defaults; any failure makes
// dockerd exit at start with its message in the journal. Checked on a real dockerd 20.10.24:
// only given log-opts are checked at start (a `log-driver` of `bogus` or `gelf` alone starts,
// and containers then fail at create), and their values wait for a container's start
// (`max-size: "abc"` starts). Keys whose effect is not simulated (data-root, storage-driver,
// dns, …) are checked as dockerd checks them and otherwise change nothing here.

import type { Node } from '../../node';
import * as vfs from '../../host/vfs';
import { appendJournal, daemonLogLine } from '../../host/journal';
import { DOCKER_UNIT } from '../daemon';
import { verifyDefaultLogConfig, type LogConfig } from './log-drivers';
import { configBool, configList, configMap, configString, readDaemonJson, type SetFlag } from './daemon-json';
import { registryServiceConfig } from './registry-service-config';

const DAEMON_JSON = '/etc/docker/daemon.json';

const BUILT_IN: LogConfig = { Type: 'json-file', Config: {} };

/** The log driver and options a container created now gets where it names none. */
export function daemonLogConfig(node: Node): LogConfig {
  return node.state.dockerd.logConfig ?? BUILT_IN;
}

/**
 * Reads daemon.json's log settings as dockerd starts. Returns the message dockerd exits with
 * (the caller fails the start), or undefined once it runs.
 */
export function loadDaemonConfigAtStart(node: Node, pid: number): string | undefined {
  const warn = (msg: string) => appendJournal(node, DOCKER_UNIT, 'dockerd', pid, daemonLogLine(node.nowMs(), 'warning', msg));
  const message = readDaemonConfig(node, warn);
  if (message !== undefined) appendJournal(node, DOCKER_UNIT, 'dockerd', pid, message);
  return message;
}

/**
 * The flags of the docker unit's ExecStart (`dockerd -H fd:// --containerd=…`), by name as pflag
 * visits them, with their values as String() prints them: a daemon.json that sets `hosts` or
 * `containerd` again is refused.
 */
const UNIT_FLAGS: readonly SetFlag[] = [
  { name: 'containerd', value: '/run/containerd/containerd.sock' },
  { name: 'host', value: '[fd://]' },
];

/** native.cgroupdriver of exec-opts (daemon_unix.go getCD): the first such key=value, case-insensitive key. */
function cgroupDriverOption(execOpts: readonly string[]): string {
  for (const option of execOpts) {
    const eq = option.indexOf('=');
    if (eq < 0) continue;
    if (option.slice(0, eq).trim().toLowerCase() === 'native.cgroupdriver') return option.slice(eq + 1).trim();
  }
  return '';
}

function readDaemonConfig(node: Node, warn: (msg: string) => void): string | undefined {
  const files = node.state.host.files;
  if (!vfs.exists(files, DAEMON_JSON)) {
    delete node.state.dockerd.logConfig;
    delete node.state.dockerd.settings;
    return undefined;
  }
  const unable = (why: string) => `unable to configure the Docker daemon with file ${DAEMON_JSON}: ${why}`;
  let bytes: string;
  try {
    bytes = vfs.readFile(files, DAEMON_JSON);
  } catch (err) {
    if (!(err instanceof vfs.VfsError)) throw err;
    // os.ReadFile opens a directory and fails on its first read.
    return unable(err.code === 'EISDIR' ? `read ${DAEMON_JSON}: is a directory` : `open ${DAEMON_JSON}: ${err.message}`);
  }
  const read = readDaemonJson(bytes, UNIT_FLAGS);
  if (!read.ok) return read.bare ? read.message : unable(read.message);
  const file = read.config;
  for (const w of file.warnings) warn(w);

  // NewDaemon: the registry service first, then verifyDaemonSettings, then the default log config.
  const registry = registryServiceConfig(configList(file, 'registry-mirrors'), configList(file, 'insecure-registries'));
  for (const w of registry.warnings) warn(w);
  if (!registry.ok) return `failed to start daemon: ${registry.message}`;
  const cgroupDriver = cgroupDriverOption(configList(file, 'exec-opts'));
  if (cgroupDriver === 'none') return `failed to start daemon: native.cgroupdriver option none is internally used and cannot be specified manually`;
  if (cgroupDriver !== '' && cgroupDriver !== 'cgroupfs' && cgroupDriver !== 'systemd') return `failed to start daemon: native.cgroupdriver option ${cgroupDriver} not supported`;

  const config: LogConfig = { Type: configString(file, 'log-driver') || 'json-file', Config: configMap(file, 'log-opts') };
  const refused = Object.keys(config.Config).length > 0 ? verifyDefaultLogConfig(config) : undefined;
  if (refused !== undefined) return `failed to start daemon: ${refused}`;
  if (config.Type === 'json-file' && Object.keys(config.Config).length === 0) delete node.state.dockerd.logConfig;
  else node.state.dockerd.logConfig = config;
  node.state.dockerd.settings = {
    debug: configBool(file, 'debug'),
    labels: [...new Set(configList(file, 'labels'))],
    liveRestore: configBool(file, 'live-restore'),
    mirrors: registry.config.mirrors,
    insecureHosts: registry.config.insecureHosts,
    insecureCidrs: registry.config.insecureCidrs,
  };
  return undefined;
}
