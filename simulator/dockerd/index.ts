// Docker Engine's API as its clients reach it over /var/run/docker.sock: what the docker CLI
// may import. `connectDockerd` is the dial; a stopped daemon refuses it, as the socket does.
// dockerd itself is a client of containerd through the client library (namespace moby), with
// its own image store and container records in state.dockerd.

import type { Node } from '../node';
import { DOCKER_HOST, dockerdRunning } from './daemon';
import { DaemonUnreachableError } from './errors';
import { listContainers, type ContainerListOptions, type ContainerSummary } from './containers/list';
import { removeContainer } from './containers/remove';
import { inspectContainer } from './containers/inspect';
import { execInContainer, type ExecOptions, type ExecStarted } from './containers/exec';
import { inspectExec, type ExecInspect } from './containers/exec-store';
import { topContainer, type ContainerTop } from './containers/top';
import { containerStats, type StatsSample } from './containers/stats';
import { containerChanges, type ContainerChange } from './containers/changes';
import { exportContainer } from './containers/export';
import { containerMergedDir, containerRootfs, extractsOntoReadOnlyRootfs } from './containers/archive';
import { findContainer } from './containers/lookup';
import { logContainerEvent } from './events/event-log';
import type { ContainerFs } from '../containerd/client/index';
import type { EventMessage } from './events/event-log';
import { lifecycleApi, type LifecycleApi } from './containers/lifecycle-api';
import { listImages, type ImageListOptions, type ImageSummary } from './images/list';
import { inspectImage } from './images/inspect';
import { pullImage, type PullMessage } from './images/pull';
import { removeImage, type DeleteResponse } from './images/remove';
import { tagImage } from './images/tag';
import { saveImages } from './images/save';
import { loadImages, type LoadOutcome } from './images/load';
import { importImage, type ImportRequest } from './images/import';
import { imageHistory, type HistoryResponseItem } from './images/history';
import { pushImage, type PushOutcome } from './images/push';
import { login, type AuthRequest } from './images/auth';
import type { RegistryAuth } from './images/registry-access';
import { pruneImages, type ImagesPruneReport } from './images/prune';
import { diskUsage, type DiskUsage } from './system/df';
import { pruneContainers, type ContainersPruneReport } from './system/prune';
import type { PruneFilters } from './system/prune-filters';
import { classicBuild, type BuildOutcome, type BuildRequest } from './images/build/classic';
import { buildWithBuildkit, type NextBuildOutcome, type NextBuildRequest } from './images/build/next/builder';
import { searchImages } from './images/search';
import { commitContainer, type CommitRequest } from './images/commit';
import { systemInfo, type SystemInfo } from './system/info';
import { serverVersion, type ServerVersion } from './system/version';
import { networkApi, type NetworkApi } from './network/api';
import { volumeApi, type VolumeApi } from './volumes/api';
import { installEmbeddedDns } from './network/embedded-dns';
import { tracedApi } from '../trace/call-path';
import { updateContainer, type UpdateConfig } from './containers/update';
import { subscribeEvents, type EventsRequest, type EventsSubscription } from './events/api';
import { swarmApi, type SwarmApi } from './swarm/swarm-api';
import { pluginApi, type PluginApi } from './plugins/plugin-api';
import { pruneBuildCache, type BuildCachePruneReport } from './system/build-cache-prune';

// The embedded DNS (127.0.0.11) of containers on user-defined networks answers from the node's network.
installEmbeddedDns();

export { DOCKER_HOST, DOCKER_UNIT } from './daemon';
export { DaemonUnreachableError, isDockerdError } from './errors';
export { API_VERSION, BUILD_TIME, ENGINE_VERSION, GO_VERSION } from './system/version';
export { humanDuration } from './containers/list';
export { startExitMonitor as startDockerdExitMonitor } from './runtime/monitor';
export { restoreContainers as restoreDockerContainers, shutdownContainers as shutdownDockerContainers } from './runtime/daemon-lifecycle';
export { loadDaemonConfigAtStart as loadDockerDaemonConfig } from './runtime/daemon-config';
export type { ContainerSummary, ImageSummary, ServerVersion, SystemInfo };
export type { StatsSample };
export type { HistoryResponseItem, DiskUsage };
export type { AttachedStreams, ContainerConfig, CreateRequest, HealthConfig, HostConfig, LogEntry, LogsOptions } from './containers/lifecycle-api';
export type { NetworkResource } from './network/api';
export type { VolumeResource } from './volumes/api';
export type { UpdateConfig };
export type { EventMessage } from './events/event-log';

export interface DockerdApi {
  version(): ServerVersion;
  info(): SystemInfo;
  images: {
    list(options?: ImageListOptions): ImageSummary[];
    /** The messages of the pull, in order (allTags: every tag of a bare repository); DockerdError for a bad reference or registry failure. */
    pull(ref: string, options?: { allTags?: boolean }): PullMessage[];
    tag(source: string, target: string): void;
    remove(ref: string, options?: { force?: boolean }): DeleteResponse[];
    /** types.ImageInspect as plain JSON-ready data; DockerdError 404 `No such image: x`. */
    inspect(ref: string): Record<string, unknown>;
    /** GET /images/get: a docker-archive tar (binary string) of the named images. */
    save(names: readonly string[]): string;
    /** POST /images/load: the messages of the load, and the error that ended it, if any. */
    load(archive: string, quiet: boolean): LoadOutcome;
    /** POST /images/create?fromSrc=-: the new image's `sha256:…` id. */
    import(request: ImportRequest): string;
    /** GET /images/{name}/history: newest entry first. */
    history(ref: string): HistoryResponseItem[];
    /** POST /images/{name}/push with the X-Registry-Auth the client sends. */
    push(ref: string, options: { all: boolean; auth?: RegistryAuth }): PushOutcome;
    /** POST /images/prune: dangling heads, or with `all` every image no container uses; filters as the CLI sends them. */
    prune(options: { all: boolean; filters?: ReadonlyMap<string, readonly string[]> }): ImagesPruneReport;
    /** GET /images/search: Docker Hub's index (its connection error when offline). */
    search(term: string, limit: number): undefined;
  };
  /** POST /build with the classic builder: the stream's messages, the id or the error. */
  build(request: BuildRequest): BuildOutcome;
  /** POST /build?version=2 (builder-next, DOCKER_BUILDKIT=1): the solve's trace, the id or the error. */
  buildWithBuildkit(request: NextBuildRequest): NextBuildOutcome;
  /** POST /commit: the new image's `sha256:…` id. */
  commit(request: CommitRequest): string;
  /** GET /system/df. */
  diskUsage(): DiskUsage;
  /** POST /containers/prune: every container that is not running (and that the filters let go). */
  pruneContainers(filters?: PruneFilters): ContainersPruneReport;
  /** POST /auth: `Login Succeeded`, or DockerdError with the registry's refusal. */
  login(request: AuthRequest): { Status: string };
  /**
   * GET /events: the buffered events between since and until (filters applied) and a
   * subscription to later ones; 400 when until is before since.
   */
  events(request: EventsRequest, onEvent: (e: EventMessage) => void): EventsSubscription;
  networks: NetworkApi;
  volumes: VolumeApi;
  /** Swarm mode: node1 is in no swarm (swarm/swarm-api.ts). */
  swarm: SwarmApi;
  /** Managed plugins: none (plugins/plugin-api.ts). */
  plugins: PluginApi;
  /** POST /build/prune: 400 for an unknown filter; nothing to delete (system/build-cache-prune.ts). */
  pruneBuildCache(filters: ReadonlyMap<string, readonly string[]>): BuildCachePruneReport;
  containers: LifecycleApi & {
    list(options?: ContainerListOptions): ContainerSummary[];
    /** DockerdError 404 `No such container: x`, 409 for a running one without force. */
    remove(ref: string, options?: { force?: boolean; volumes?: boolean }): void;
    /** types.ContainerJSON as JSON-ready data (SizeRw/SizeRootFs with size); 404 `No such container: x`. */
    inspect(ref: string, options?: { size?: boolean }): Record<string, unknown>;
    /** Exec create+start; 409 `Container <id> is not running`; a runc refusal as a failed exec (126). */
    exec(ref: string, options: ExecOptions): ExecStarted;
    /** GET /exec/{id}/json: whether it runs and, once the exit monitor saw it end, its exit code; 404 for an unknown id. */
    execInspect(execId: string): ExecInspect;
    /** `ps -ef` of its processes; 409 when not running. */
    top(ref: string, psArgs?: readonly string[]): ContainerTop;
    /** One stats sample (zeros for a stopped container). */
    stats(ref: string): StatsSample;
    /** Its own layer's changes, sorted by path. */
    changes(ref: string): ContainerChange[];
    /** Tar of its root filesystem; undefined when it is not running (not readable here). */
    export(ref: string): string | undefined;
    /** The archive endpoints' view of its root filesystem (writes go to its own layer); undefined when not running. */
    rootfs(ref: string): ContainerFs | undefined;
    /** Its GraphDriver MergedDir (the root the archive endpoints' lstat errors name). */
    mergedDir(ref: string): string;
    /** An extraction into `dir` is refused: the rootfs is --read-only and `dir` is in no mount. */
    readOnlyAt(ref: string, dir: string): boolean;
    /** What the archive endpoints log once a copy is done: GET `archive-path`, PUT `extract-to-dir`. */
    archived(ref: string, action: 'archive-path' | 'extract-to-dir'): void;
    /** POST /{id}/update: the warnings; 404, 400 for bad settings, 409 `Cannot update container <id>: …`. */
    update(ref: string, config: UpdateConfig): { Warnings: string[] };
  };
}

/** The API of the daemon at `host`; DaemonUnreachableError while the docker unit is down. */
export function connectDockerd(node: Node, host = DOCKER_HOST): DockerdApi {
  if (!dockerdRunning(node)) throw new DaemonUnreachableError(host);
  // Each API call records its crossing into dockerd (trace/call-path.ts).
  return tracedApi(node, 'dockerd', {
    version: () => serverVersion(),
    info: () => systemInfo(node),
    images: {
      list: (options) => listImages(node, options),
      pull: (ref, options) => pullImage(node, ref, options),
      tag: (source, target) => tagImage(node, source, target),
      remove: (ref, options = {}) => removeImage(node, ref, options.force === true),
      inspect: (ref) => inspectImage(node, ref),
      save: (names) => saveImages(node, names),
      load: (archive, quiet) => loadImages(node, archive, quiet),
      import: (request) => importImage(node, request),
      history: (ref) => imageHistory(node, ref),
      push: (ref, options) => pushImage(node, ref, options),
      prune: (options) => pruneImages(node, options),
      search: (term, limit) => searchImages(node, term, limit),
    },
    build: (request) => classicBuild(node, request),
    buildWithBuildkit: (request) => buildWithBuildkit(node, request),
    commit: (request) => commitContainer(node, request),
    diskUsage: () => diskUsage(node),
    pruneContainers: (filters) => pruneContainers(node, filters),
    login: (request) => login(node, request),
    events: (request, onEvent) => subscribeEvents(node, request, onEvent),
    networks: networkApi(node),
    volumes: volumeApi(node),
    swarm: swarmApi(),
    plugins: pluginApi(node),
    pruneBuildCache: (filters) => pruneBuildCache(filters),
    containers: {
      ...lifecycleApi(node),
      list: (options) => listContainers(node, options),
      remove: (ref, options = {}) => removeContainer(node, ref, options.force === true, options.volumes === true),
      inspect: (ref, options = {}) => inspectContainer(node, ref, options.size === true),
      exec: (ref, options) => execInContainer(node, ref, options),
      execInspect: (execId) => inspectExec(node, execId),
      top: (ref, psArgs) => topContainer(node, ref, psArgs),
      stats: (ref) => containerStats(node, ref),
      changes: (ref) => containerChanges(node, ref),
      export: (ref) => exportContainer(node, ref),
      rootfs: (ref) => containerRootfs(node, ref),
      mergedDir: (ref) => containerMergedDir(node, ref),
      readOnlyAt: (ref, dir) => extractsOntoReadOnlyRootfs(node, ref, dir),
      archived: (ref, action) => logContainerEvent(node, findContainer(node, ref), action),
      update: (ref, config) => updateContainer(node, ref, config),
    },
  });
}
