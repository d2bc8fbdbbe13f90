// How a docker container runs (moby v20.10.24 daemon/start.go containerStart, libcontainerd/
// remote/client.go Create/Start): its rootfs mounted from dockerd's layer store, its hostname,
// hosts and resolv.conf written under /var/lib/docker/containers/<id>/, then a containerd
// container made WithSpec only (no image, no snapshot; label com.docker/engine.bundle.path) and
// its task started in namespace moby, its networks connected, its output copied to the json log.
// A failed start leaves nothing in containerd and the container `Created`, with State.Error and
// the exit code the CLI reports (127 not found, 126 cannot invoke). When the task ends, the
// containerd container and task go, the rootfs is unmounted and the networks released.

import { linkHostEntries } from '../containers/legacy-links';
import { checkTmpfsOptions } from '../volumes/mounts';
import type { OutputChunk, Task } from '../../containerd/client/index';
import { isNotFound } from '../../errdefs/errdefs';
import * as vfs from '../../host/vfs';
import { sha256Hex } from '../../host/native-codecs';
import type { Node } from '../../node';
import { systemError } from '../errors';
import { findContainer } from '../containers/lookup';
import { connectEndpoints, releaseEndpoints, sandboxOf } from '../network/endpoints';
import { imageLayers } from '../images/layers';
import { randomHex } from '../images/random-hex';
import { hostsAddressesOf, resolvConfFor } from '../network/embedded-dns';
import type { DockerContainerRecord } from '../store/container-record';
import { logFilePath, startCopier, syncLogs } from './json-log';
import { logConfigOf } from './json-log-options';
import { startLogger, type LoggerPlan } from './log-drivers';
import { translateStartError } from './start-error';
import { initHealthMonitor, stopHealthMonitor } from './health';
import { mountRootfs, unmountRootfs } from './rootfs';
import { containerDir, containerSpec } from './spec';
import { hostsFile, resolvConfWith } from './etc-files';
import { MOBY_NAMESPACE, mobyClient } from './moby-client';
import { logContainerEvent, logVolumeEvent } from '../events/event-log';

export { MOBY_NAMESPACE, mobyClient };

/** dockerd's exec-root (/var/run/docker): libcontainerd keeps the bundles there. */
const EXEC_ROOT = '/var/run/docker';

export interface StartIO {
  /** Bytes fed to stdin then EOF; undefined keeps it open. */
  stdin?: string;
  stdinOpen: boolean;
}

export interface StartedContainer {
  task: Task;
  out: OutputChunk[];
}

/** resolv.conf as libnetwork copies the node's: without localhost nameservers, Google's if none is left. */
function resolvConf(node: Node): string {
  const files = node.state.host.files;
  const text = files['/etc/resolv.conf']?.kind === 'file' ? vfs.binaryToText(vfs.readFile(files, '/etc/resolv.conf')) : '';
  const kept = text.split('\n').filter((l) => !/^\s*nameserver\s+(127\.|::1)/.test(l));
  const hasServer = kept.some((l) => /^\s*nameserver\s/.test(l));
  const body = kept.join('\n').replace(/\n+$/, '');
  return hasServer ? `${body}\n` : `${body === '' ? '' : `${body}\n`}\nnameserver 8.8.8.8\nnameserver 8.8.4.4`.replace(/^\n/, '');
}

/**
 * The names of the container's own /etc/hosts line (libnetwork sandbox updateHostsFile): the
 * FQDN (the host name, `.domainname` added) and, when it has a dot, its first label too.
 */
function hostsNames(hostname: string, domainname: string): string {
  const fqdn = domainname === '' ? hostname : `${hostname}.${domainname}`;
  const dot = fqdn.indexOf('.');
  return dot < 0 ? fqdn : `${fqdn} ${fqdn.slice(0, dot)}`;
}

function writeContainerFiles(node: Node, record: DockerContainerRecord, ips: readonly string[]): void {
  const files = node.state.host.files;
  const dir = containerDir(record.id);
  const at = { mtimeMs: node.nowMs(), parents: true, mode: 0o644 };
  const hostname = (record.config.Hostname as string | undefined) ?? record.id.slice(0, 12);
  vfs.writeFile(files, `${dir}/hostname`, `${hostname}\n`, at);
  vfs.writeFile(files, `${dir}/hosts`, hostsFile(node, record.hostConfig, hostsNames(hostname, (record.config.Domainname as string | undefined) ?? ''), ips, linkHostEntries(node, record)), at);
  // On a user-defined network the embedded DNS's (network/embedded-dns.ts), else the host's;
  // --dns, --dns-search and --dns-option take their parts' places.
  const base = resolvConf(node);
  vfs.writeFile(files, `${dir}/resolv.conf`, resolvConfWith(record.hostConfig, resolvConfFor(node, record, base)), at);
  // setupDNS keeps the hash of the file it built (before the embedded DNS's rewrite) beside it;
  // --network host copies the node's file and keeps none (libnetwork sandbox_dns_unix.go).
  if (record.hostConfig.NetworkMode !== 'host') {
    const hash = sha256Hex(new TextEncoder().encode(resolvConfWith(record.hostConfig, base)));
    vfs.writeFile(files, `${dir}/resolv.conf.hash`, `sha256:${hash}`, at);
  }
}

/** setupMounts' `mount` and UnmountVolumes' `unmount` events of the container's volumes. */
function volumeEvents(node: Node, record: DockerContainerRecord, action: 'mount' | 'unmount'): void {
  for (const m of record.mounts ?? []) {
    if (m.Type !== 'volume' || typeof m.Name !== 'string') continue;
    const attributes: Record<string, string> = { driver: String(m.Driver ?? 'local'), container: record.id };
    if (action === 'mount') Object.assign(attributes, { destination: String(m.Destination), 'read/write': String(m.RW !== false), propagation: String(m.Propagation ?? '') });
    logVolumeEvent(node, m.Name, action, attributes);
  }
}

/** The exit code the daemon records for a start that failed (daemon/start.go). */
function failedStartCode(message: string): number {
  if (message.includes('executable file not found') || message.includes('no such file or directory')) return 127;
  if (message.includes('permission denied')) return 126;
  if (message.includes('not a directory')) return 127;
  return 128;
}

/** The container's logger (log-drivers.ts); its driver's error fails the start. */
function loggerPlan(node: Node, record: DockerContainerRecord): LoggerPlan | undefined {
  try {
    return startLogger(node, logConfigOf(record));
  } catch (err) {
    if (err instanceof Error && err.name === 'DockerdError') throw err;
    throw new Error(`failed to initialize logging driver: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** The host PID of the running container whose network `--network container:X` shares, if any. */
function joinedContainerPid(node: Node, record: DockerContainerRecord): number | undefined {
  const mode = String(record.hostConfig.NetworkMode ?? '');
  if (!mode.startsWith('container:')) return undefined;
  try {
    const pid = findContainer(node, mode.slice('container:'.length)).state.pid;
    return pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** containerStart: runs the container; DockerdError 500 with runc's text when it cannot. */
export function startTask(node: Node, record: DockerContainerRecord, io: StartIO): StartedContainer {
  // The image's layers, or those kept for it after `docker rmi -f` (images/layers.ts).
  const diffIds = imageLayers(node, record.imageId);
  const root = mountRootfs(node, record, diffIds);
  const moby = mobyClient(node);
  let task: Task | undefined;
  let connected = false;
  try {
    // libnetwork's sandbox first (its netns under /var/run/docker/netns), so the process finds
    // its address in /etc/hosts from its first instant; the task joins that namespace.
    const hostNet = record.hostConfig.NetworkMode === 'host';
    const sandbox = sandboxOf(node, record);
    if (!sandbox.id) sandbox.id = randomHex(node, 32);
    const netnsPath = `${EXEC_ROOT}/netns/${sandbox.id.slice(0, 12)}`;
    const settings = connectEndpoints(node, record, hostNet ? {} : { netnsPath });
    // --network container:X joins X's namespace through its process (oci_linux.go: /proc/<pid>/ns/net).
    const joined = joinedContainerPid(node, record);
    connected = true;
    record.ipAddress = settings.IPAddress;
    // The container's mounts dir (setupIpcDirs, at start: a created container has none yet).
    vfs.mkdir(node.state.host.files, `${containerDir(record.id)}/mounts`, { parents: true, mode: 0o710, mtimeMs: node.nowMs() });
    // /etc/hosts names the container by its address on its first network (a user-defined one too).
    writeContainerFiles(node, record, hostsAddressesOf(node, record));
    volumeEvents(node, record, 'mount');
    checkTmpfsOptions(record.hostConfig.Tmpfs);
    const spec = containerSpec(node, record, root, diffIds, record.specMounts ?? [], hostNet ? undefined : joined ? `/proc/${joined}/ns/net` : netnsPath);
    const container = moby.containers.newContainerWithSpec({ id: record.id, labels: { 'com.docker/engine.bundle.path': `${EXEC_ROOT}/containerd/${record.id}` }, spec });
    let started;
    let logger: LoggerPlan | undefined;
    try {
      // The task's IO starts the logger (container.StartLogger), whose bad options fail the start.
      logger = loggerPlan(node, record);
      started = container.newTask({ stdin: io.stdin, stdinOpen: io.stdinOpen });
    } catch (err) {
      container.delete();
      throw err;
    }
    task = started.process;
    record.state = { status: 'running', pid: task.pid(), exitCode: 0, startedAt: nanoIso(node.nowMs(), `${record.id}:${task.pid()}`), ...(record.state.finishedAt ? { finishedAt: record.state.finishedAt } : {}) };
    record.startedBefore = true;
    delete record.error;
    if (logger) startCopier(node, record.id, task, started.out, logFilePath(record.id, logger.file), logger.rotation);
    initHealthMonitor(node, record);
    logContainerEvent(node, record, 'start');
    return { task, out: started.out };
  } catch (err) {
    if (task) {
      try {
        task.delete({ processKill: true });
        moby.containers.loadContainer(record.id).delete();
      } catch {
        // already gone
      }
    }
    if (connected) releaseEndpoints(node, record);
    record.ipAddress = '';
    unmountRootfs(node, record);
    const message = translateStartError(err instanceof Error ? err.message : String(err));
    record.state = { ...record.state, status: record.startedBefore ? 'exited' : 'created', pid: 0, exitCode: failedStartCode(message) };
    record.error = message;
    if (err instanceof Error && err.name === 'DockerdError') throw err;
    throw systemError(message);
  }
}

/** What handleContainerExit does before the restart policy decides: the task and its container go. */
export function cleanupAfterExit(node: Node, record: DockerContainerRecord, exitCode: number, finishedAtMs: number): void {
  const wasRunning = record.state.status === 'running' || record.state.status === 'paused';
  syncLogs(node);
  const moby = mobyClient(node);
  try {
    const container = moby.containers.loadContainer(record.id);
    try {
      container.task().delete({ processKill: true });
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
    container.delete();
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
  // handleContainerExit: `die` before Cleanup releases the networks and unmounts the volumes.
  if (wasRunning) logContainerEvent(node, record, 'die', { exitCode: String(exitCode) });
  releaseEndpoints(node, record);
  if (wasRunning) volumeEvents(node, record, 'unmount');
  record.ipAddress = '';
  unmountRootfs(node, record);
  stopHealthMonitor(record);
  record.state = { status: 'exited', pid: 0, exitCode, ...(record.state.startedAt ? { startedAt: record.state.startedAt } : {}), finishedAt: nanoIso(finishedAtMs, `${record.id}:${exitCode}`) };
}

/**
 * A moment as Go's time.Time marshals it (RFC3339Nano): the clock's milliseconds and six more
 * digits, as a real daemon's StartedAt/FinishedAt carry nanoseconds (`…:37.123456789Z`). The
 * extra digits come from `salt` (no draw on the node's generator, so ids stay where they were);
 * trailing zeros are dropped when printed (inspect's goTime).
 */
function nanoIso(ms: number, salt: string): string {
  let h = 0;
  for (let i = 0; i < salt.length; i++) h = (h * 31 + salt.charCodeAt(i)) % 1_000_000;
  const frac = `${String(((ms % 1000) + 1000) % 1000).padStart(3, '0')}${String(h).padStart(6, '0')}`;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, `.${frac}Z`);
}
