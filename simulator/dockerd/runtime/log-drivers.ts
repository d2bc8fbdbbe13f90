// dockerd's log drivers (moby v20.10.24 daemon/logger): which exist, what each accepts at create
// (logger.ValidateLogOpts and the driver's ValidateLogOpt), what starting its logger does
// (container.StartLogger: the driver's New, then the dual-logging cache for a driver that cannot
// be read back), and where `docker logs` reads. Checked on a real dockerd 20.10.24.
//
// Simulated: json-file, local and none; gelf over UDP (datagrams to the address, which nothing on
// the node receives) and the TCP drivers (gelf, syslog, fluentd) against an IP address, whose
// logger cannot start while nothing listens there (connection refused); the required options of
// awslogs, logentries, splunk and gcplogs. A driver that would reach a real log server, syslog
// over /dev/log and journald (a Debian node has both) are refused at create as not simulated.

import { connectTcp, HOST_NETNS } from '../../host/network/index';
import type { Node } from '../../node';
import { ramInBytes } from '../../go/units-size';
import { goParseBool } from '../../go/strconv';
import { invalidParameter, systemError } from '../errors';
import type { Rotation } from '../../host/log-rotation';
import { jsonFileSettings, verifyJsonFileLogOpts, type JsonFileSettings } from './json-log-options';
import { jsonLogRotation } from './json-log-rotation';
import { logFilePath } from './json-log';
import * as vfs from '../../host/vfs';
import { localLogRotation, localSettings, verifyLocalLogOpts } from './local-log';

const DOCS = 'https://docs.docker.com/config/containers/logging/configure/';

export interface LogConfig {
  Type: string;
  Config: Record<string, string>;
}

/** `docker info`'s Plugins.Log: the drivers built into 20.10.24 on Linux. */
export const LOG_DRIVERS = ['awslogs', 'fluentd', 'gcplogs', 'gelf', 'journald', 'json-file', 'local', 'logentries', 'splunk', 'syslog'];

/** Options every driver takes (logger.builtInLogOpts and the cache's): left out of the driver's own check. */
const CACHE_KEYS = ['cache-disabled', 'cache-max-file', 'cache-max-size', 'cache-compress'];
const BUILT_IN = new Set(['mode', 'max-buffer-size', ...CACHE_KEYS]);
const ATTRIBUTES = ['tag', 'labels', 'labels-regex', 'env', 'env-regex'];

const notSimulated = (what: string) => systemError(`${what} is not simulated here; see ${DOCS}`);

/** The driver's own options, the built-in ones left out. */
function ownOptions(config: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(config).filter(([k]) => !BUILT_IN.has(k)));
}

const GELF_KEYS = ['gelf-address', 'gelf-compression-level', 'gelf-compression-type', 'gelf-tcp-max-reconnect', 'gelf-tcp-reconnect-delay', ...ATTRIBUTES];
const SYSLOG_KEYS = ['syslog-address', 'syslog-facility', 'syslog-tls-ca-cert', 'syslog-tls-cert', 'syslog-tls-key', 'syslog-tls-skip-verify', 'syslog-format', ...ATTRIBUTES];
const FLUENTD_KEYS = ['fluentd-address', 'fluentd-buffer-limit', 'fluentd-retry-wait', 'fluentd-max-retries', 'fluentd-async-connect', 'fluentd-async', 'fluentd-sub-second-precision', 'fluentd-request-ack', ...ATTRIBUTES];

/** A `proto://ip:port` address (or `ip:port` where `bare` allows it; localhost as 127.0.0.1), undefined when it is none of these. */
function ipAddress(address: string, bare: boolean): { proto: string; ip: string; port: number } | undefined {
  const m = (bare ? /^(?:(tcp|udp):\/\/)?(\d+\.\d+\.\d+\.\d+|localhost):(\d+)$/ : /^(tcp|udp):\/\/(\d+\.\d+\.\d+\.\d+|localhost):(\d+)$/).exec(address);
  if (!m) return undefined;
  return { proto: m[1] ?? 'tcp', ip: m[2] === 'localhost' ? '127.0.0.1' : (m[2] ?? ''), port: Number(m[3]) };
}

/** A driver's ValidateLogOpt for the keys it knows (`quote`: gelf words the key with %q). */
function unknownKeys(driver: string, config: Readonly<Record<string, string>>, known: (key: string) => boolean, quote = false): void {
  for (const key of Object.keys(config)) {
    if (!known(key)) throw invalidParameter(quote ? `unknown log opt "${key}" for ${driver} log driver` : `unknown log opt '${key}' for ${driver} log driver`);
  }
}

/** gelf's ValidateLogOpt: its keys, its compression values, then the address (parseAddress). */
function validateGelf(own: Readonly<Record<string, string>>): void {
  unknownKeys('gelf', own, (k) => GELF_KEYS.includes(k), true);
  const level = own['gelf-compression-level'];
  if (level !== undefined && !(/^[+-]?\d+$/.test(level) && Number(level) >= -1 && Number(level) <= 9)) throw invalidParameter(`unknown value "${level}" for log opt "gelf-compression-level" for gelf log driver`);
  const type = own['gelf-compression-type'];
  if (type !== undefined && !['gzip', 'zlib', 'none'].includes(type)) throw invalidParameter(`unknown value "${type}" for log opt "gelf-compression-type" for gelf log driver`);
  const address = own['gelf-address'] ?? '';
  if (address === '') throw invalidParameter('gelf-address is a required parameter');
  if (!/^(udp|tcp):\/\//.test(address)) throw invalidParameter(`gelf-address should be in form proto://address, got ${address}`);
  if (!/^[a-z]+:\/\/[^/:]*:\d*$/.test(address)) throw invalidParameter('gelf: please provide gelf-address as proto://host:port');
}

/** ValidateLogOpts (daemon/logger/factory.go) and the driver's own check; 400 with their text. */
function validate(config: LogConfig): void {
  const { Type: name, Config: cfg } = config;
  if (name === 'none') return;
  const mode = cfg.mode ?? '';
  if (mode !== '' && mode !== 'blocking' && mode !== 'non-blocking') throw invalidParameter(`logger: logging mode not supported: ${mode}`);
  const buffer = cfg['max-buffer-size'];
  if (buffer !== undefined) {
    if (mode !== 'non-blocking') throw invalidParameter("logger: max-buffer-size option is only supported with 'mode=non-blocking'");
    try {
      ramInBytes(buffer);
    } catch (err) {
      throw invalidParameter(`error parsing option max-buffer-size: ${(err as Error).message}`);
    }
  }
  const disabled = cfg['cache-disabled'];
  if (disabled) {
    try {
      goParseBool(disabled);
    } catch {
      throw invalidParameter(`invalid value for option cache-disabled: ${disabled}`);
    }
  }
  if (!LOG_DRIVERS.includes(name)) throw invalidParameter(`error looking up logging plugin ${name}: plugin "${name}" not found`);
  const own = ownOptions(cfg);
  // The drivers only partly simulated know their own prefixed keys here; which of those run is
  // requireSimulated's question.
  const prefixed = (prefix: string) => (k: string) => k.startsWith(prefix) || ATTRIBUTES.includes(k);
  switch (name) {
    case 'json-file':
      return verifyJsonFileLogOpts(own);
    case 'local':
      try {
        return verifyLocalLogOpts(own);
      } catch (err) {
        throw invalidParameter((err as Error).message);
      }
    case 'gelf':
      return validateGelf(own);
    case 'syslog': {
      unknownKeys('syslog', own, (k) => SYSLOG_KEYS.includes(k));
      const address = own['syslog-address'];
      if (address && !/^[a-z+]+:\/\//.test(address)) throw invalidParameter(`syslog-address should be in form proto://address, got ${address}`);
      return;
    }
    case 'fluentd':
      return unknownKeys('fluentd', own, (k) => FLUENTD_KEYS.includes(k));
    case 'journald':
      return unknownKeys('journald', own, (k) => ATTRIBUTES.includes(k));
    case 'splunk':
      return unknownKeys('splunk', own, prefixed('splunk-'));
    case 'awslogs':
      unknownKeys('awslogs', own, prefixed('awslogs-'));
      if (!own['awslogs-group']) throw invalidParameter("must specify a value for log opt 'awslogs-group'");
      return;
    case 'logentries':
      unknownKeys('logentries', own, (k) => k.startsWith('logentries-') || k === 'line-only' || ATTRIBUTES.includes(k));
      if (!own['logentries-token']) throw invalidParameter('Missing logentries token');
      return;
    default:
      return;
  }
}

/** What the simulator can run of a valid config; a system error saying so where it cannot. */
function requireSimulated(config: LogConfig): void {
  const own = ownOptions(config.Config);
  const only = (...keys: string[]) => Object.keys(own).every((k) => keys.includes(k));
  switch (config.Type) {
    case 'json-file':
    case 'local':
    case 'none':
      return;
    case 'gelf':
      if (ipAddress(own['gelf-address'] ?? '', false) && only('gelf-address', ...ATTRIBUTES)) return;
      throw notSimulated(`the gelf log driver at ${own['gelf-address']} (only udp:// and tcp:// to an IP address or localhost, without other gelf options)`);
    case 'syslog':
      if (ipAddress(own['syslog-address'] ?? '', false) && only('syslog-address', ...ATTRIBUTES)) return;
      throw notSimulated("the syslog log driver through the node's /dev/log (journald's socket on a Debian node), over TLS or with its format options");
    case 'fluentd':
      if (ipAddress(own['fluentd-address'] ?? '127.0.0.1:24224', true) && only('fluentd-address', ...ATTRIBUTES)) return;
      throw notSimulated('the fluentd log driver with an address other than [tcp://]IP:port, or its async, retry and buffer options');
    case 'splunk':
    case 'gcplogs':
      // Without its options the logger cannot start, as on any node (newDriver's errors).
      if (Object.keys(own).length === 0) return;
      throw notSimulated(`the ${config.Type} log driver (sending to a logging service)`);
    default:
      throw notSimulated(`the ${config.Type} log driver (${config.Type === 'journald' ? "the node's systemd journal" : 'sending to a logging service'})`);
  }
}

/** mergeAndVerifyLogConfig (daemon/logs.go) at create: the daemon's defaults merged in, then checked. */
export function mergeAndVerifyLogConfig(given: Partial<LogConfig> | undefined, defaults: LogConfig): LogConfig {
  const config: LogConfig = { Type: given?.Type || defaults.Type, Config: { ...(given?.Config ?? {}) } };
  for (const [k, v] of Object.entries(defaults.Config)) {
    if (config.Config[k] !== undefined) continue;
    // The default driver's options, and the cache's options whatever the driver (MergeDefaultLogConfig).
    if (config.Type === defaults.Type || CACHE_KEYS.includes(k)) config.Config[k] = v;
  }
  validate(config);
  requireSimulated(config);
  return config;
}

/**
 * The daemon's default log config as dockerd checks it at start (daemon.go: the driver's
 * validator); the message dockerd exits with, or undefined.
 */
export function verifyDefaultLogConfig(config: LogConfig): string | undefined {
  try {
    validate(config);
    return undefined;
  } catch (err) {
    return `failed to set log opts: ${(err as Error).message}`;
  }
}

/** Where a started logger writes, and how (undefined: nothing is kept, as with `none`). */
export interface LoggerPlan {
  /** `<id>-json.log`, `local-logs/container.log` or the cache's `container-cached.log`. */
  file: 'json' | 'local' | 'cache';
  rotation?: Rotation;
  /** json-file's reading needs its max-file. */
  settings: JsonFileSettings;
}

/** A TCP connection from the node to ip:port: the driver's dial error, or not simulated where it would connect. */
function dial(node: Node, ip: string, port: number, words: (dialError: string) => string): void {
  const result = connectTcp(node, HOST_NETNS, ip, port);
  if (result.kind === 'connected') throw notSimulated(`sending logs to the server listening at ${ip}:${port}`);
  if (result.failure === 'refused') throw new Error(words(`dial tcp ${ip}:${port}: connect: connection refused`));
  throw notSimulated(`a log server at ${ip}:${port} the node cannot reach (${result.failure})`);
}

/** The driver's New (its error text as is; StartLogger's caller wraps it). */
function newDriver(node: Node, config: LogConfig): void {
  const own = config.Config;
  if (config.Type === 'gelf') {
    const addr = ipAddress(own['gelf-address'] ?? '', false);
    if (addr?.proto === 'tcp') dial(node, addr.ip, addr.port, (e) => `gelf: cannot connect to GELF endpoint: ${addr.ip}:${addr.port} ${e}`);
  } else if (config.Type === 'syslog') {
    const addr = ipAddress(own['syslog-address'] ?? '', false);
    if (addr?.proto === 'tcp') dial(node, addr.ip, addr.port, (e) => e);
  } else if (config.Type === 'fluentd') {
    const addr = ipAddress(own['fluentd-address'] ?? '127.0.0.1:24224', true);
    if (addr) dial(node, addr.ip, addr.port, (e) => e);
  } else if (config.Type === 'splunk') throw new Error('splunk: splunk-url is expected');
  else if (config.Type === 'gcplogs') throw new Error("No project was specified and couldn't read project from the metadata server. Please specify a project");
}

/**
 * container.StartLogger: the driver's logger and, for a driver that cannot be read back, the
 * local cache (unless cache-disabled). Throws Error with the driver's text.
 */
export function startLogger(node: Node, config: LogConfig): LoggerPlan | undefined {
  switch (config.Type) {
    case 'none':
      return undefined;
    case 'json-file': {
      const settings = jsonFileSettings(config.Config);
      return { file: 'json', settings, ...(settings.capacity === -1 ? {} : { rotation: jsonLogRotation(settings) }) };
    }
    case 'local': {
      const settings = localSettings(config.Config);
      return { file: 'local', settings, rotation: localLogRotation(settings) };
    }
    default: {
      newDriver(node, config);
      if (!usesCache(config)) return undefined;
      // The cache's local driver gets the container's options, which a driver with a cache
      // never has (its validator refuses max-size …): local's defaults, whatever cache-max-size
      // says (20.10.24 accepts cache-max-size=abc and runs).
      const settings = localSettings({});
      const cache = localLogRotation(settings);
      return { file: 'cache', settings, rotation: config.Type === 'gelf' ? everyOther(cache) : cache };
    }
  }
}

/**
 * gelf's cache on a real dockerd 20.10.24 keeps the first, third, fifth … message of a logger
 * and loses the others, with or without pauses between lines and in either mode (measured: six
 * lines leave l1 l3 l5; syslog's cache keeps all six). 20.10's loggerWithCache.Log hands the
 * message to gelf, whose Log puts it back into the message pool, while the cache's copy shares
 * it; later moby logs the duplicate first.
 */
function everyOther(rotation: Rotation): Rotation {
  let n = 0;
  return {
    write(files, path, entry, stream, nowMs) {
      n += 1;
      return n % 2 === 1 ? rotation.write(files, path, entry, stream, nowMs) : true;
    },
  };
}

/** A driver other than json-file and local keeps a readable copy unless cache-disabled is true. */
function usesCache(config: LogConfig): boolean {
  const disabled = config.Config['cache-disabled'];
  if (!disabled) return true;
  try {
    return !goParseBool(disabled);
  } catch {
    return false;
  }
}

/**
 * What `docker logs` does first for a container that does not run (daemon.getLogger): it starts
 * a logger of its config, whose driver's error comes back as is.
 */
export function loggerForReading(node: Node, id: string, config: LogConfig): void {
  if (config.Type === 'none') return;
  if (config.Type !== 'json-file' && config.Type !== 'local') return newDriver(node, config);
  // json-file's and local's New open their file: a container never started gets an empty one.
  const files = node.state.host.files;
  const path = logFilePath(id, config.Type === 'local' ? 'local' : 'json');
  if (vfs.exists(files, path)) return;
  if (config.Type === 'local') vfs.mkdir(files, vfs.dirname(path), { mode: 0o700, parents: true, mtimeMs: node.nowMs() });
  vfs.writeFile(files, path, '', { mode: 0o640, mtimeMs: node.nowMs() });
}

/** Whether `docker logs` can read this config's logs (ErrReadLogsNotSupported otherwise). */
export function readable(config: LogConfig): boolean {
  return config.Type === 'json-file' || config.Type === 'local' || (config.Type !== 'none' && usesCache(config));
}

/** max-file for a reader (bad values read as the defaults). */
export function readerMaxFiles(config: LogConfig): number {
  try {
    if (config.Type === 'json-file') return jsonFileSettings(config.Config).maxFiles;
    return localSettings(config.Type === 'local' ? config.Config : {}).maxFiles;
  } catch {
    return config.Type === 'json-file' ? 1 : 5;
  }
}
