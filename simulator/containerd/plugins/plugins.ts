// The plugins a stock containerd 1.6.20 on Debian bookworm loads, in load order, with what
// the introspection service reports for each (ctr plugins ls [-d]). aufs, btrfs and zfs skip
// themselves on an ext4 root without those modules; devmapper fails for lack of configuration.

import { getOwn } from '../namespaces/records';

type PluginStatus = 'ok' | 'skip' | 'error';

export interface PluginInfo {
  /** e.g. io.containerd.snapshotter.v1. Fixed. */
  type: string;
  id: string;
  /** Plugin types it needs, in declaration order. */
  requires?: readonly string[];
  /** Platforms as os/arch[/variant]. */
  platforms?: readonly string[];
  /** Exported properties in the order this node printed them (a Go map: no fixed order). */
  exports?: ReadonlyArray<readonly [string, string]>;
  /** Why initialisation did not succeed (gRPC code name and message). */
  initError?: { code: string; message: string };
  status: PluginStatus;
}

/** Every plugin, in the order containerd initialised them. */
export const PLUGINS: readonly PluginInfo[] = [
  {
    type: 'io.containerd.content.v1',
    id: 'content',
    exports: [['root', '/var/lib/containerd/io.containerd.content.v1.content']],
    status: 'ok',
  },
  {
    type: 'io.containerd.snapshotter.v1',
    id: 'aufs',
    platforms: ['linux/amd64'],
    exports: [['root', '/var/lib/containerd/io.containerd.snapshotter.v1.aufs']],
    initError: {
      code: 'Unknown',
      message: 'aufs is not supported (modprobe aufs failed: exec: "modprobe": executable file not found in $PATH ""): skip plugin',
    },
    status: 'skip',
  },
  {
    type: 'io.containerd.snapshotter.v1',
    id: 'btrfs',
    platforms: ['linux/amd64'],
    exports: [['root', '/var/lib/containerd/io.containerd.snapshotter.v1.btrfs']],
    initError: {
      code: 'Unknown',
      message: 'path /var/lib/containerd/io.containerd.snapshotter.v1.btrfs (ext4) must be a btrfs filesystem to be used with the btrfs snapshotter: skip plugin',
    },
    status: 'skip',
  },
  {
    type: 'io.containerd.snapshotter.v1',
    id: 'devmapper',
    platforms: ['linux/amd64'],
    initError: {
      code: 'Unknown',
      message: 'devmapper not configured',
    },
    status: 'error',
  },
  { type: 'io.containerd.snapshotter.v1', id: 'native', platforms: ['linux/amd64'], status: 'ok' },
  {
    type: 'io.containerd.snapshotter.v1',
    id: 'overlayfs',
    platforms: ['linux/amd64'],
    exports: [['root', '/var/lib/containerd/io.containerd.snapshotter.v1.overlayfs']],
    status: 'ok',
  },
  {
    type: 'io.containerd.snapshotter.v1',
    id: 'zfs',
    platforms: ['linux/amd64'],
    exports: [['root', '/var/lib/containerd/io.containerd.snapshotter.v1.zfs']],
    initError: {
      code: 'Unknown',
      message: 'path /var/lib/containerd/io.containerd.snapshotter.v1.zfs must be a zfs filesystem to be used with the zfs snapshotter: skip plugin',
    },
    status: 'skip',
  },
  {
    type: 'io.containerd.metadata.v1',
    id: 'bolt',
    requires: ['io.containerd.content.v1', 'io.containerd.snapshotter.v1'],
    exports: [['path', '/var/lib/containerd/io.containerd.metadata.v1.bolt/meta.db'], ['policy', 'shared']],
    status: 'ok',
  },
  {
    type: 'io.containerd.differ.v1',
    id: 'walking',
    requires: ['io.containerd.metadata.v1'],
    platforms: ['linux/amd64'],
    status: 'ok',
  },
  { type: 'io.containerd.event.v1', id: 'exchange', status: 'ok' },
  {
    type: 'io.containerd.gc.v1',
    id: 'scheduler',
    requires: ['io.containerd.metadata.v1'],
    exports: [['ScheduleDelay', '0s'], ['MutationThreshold', '100'], ['DeletionThreshold', '0'], ['PauseThreshold', '0.02']],
    status: 'ok',
  },
  { type: 'io.containerd.service.v1', id: 'introspection-service', status: 'ok' },
  {
    type: 'io.containerd.service.v1',
    id: 'containers-service',
    requires: ['io.containerd.event.v1', 'io.containerd.metadata.v1'],
    status: 'ok',
  },
  {
    type: 'io.containerd.service.v1',
    id: 'content-service',
    requires: ['io.containerd.event.v1', 'io.containerd.metadata.v1'],
    status: 'ok',
  },
  { type: 'io.containerd.service.v1', id: 'diff-service', requires: ['io.containerd.differ.v1'], status: 'ok' },
  {
    type: 'io.containerd.service.v1',
    id: 'images-service',
    requires: ['io.containerd.metadata.v1', 'io.containerd.gc.v1'],
    status: 'ok',
  },
  { type: 'io.containerd.service.v1', id: 'leases-service', requires: ['io.containerd.metadata.v1'], status: 'ok' },
  {
    type: 'io.containerd.service.v1',
    id: 'namespaces-service',
    requires: ['io.containerd.event.v1', 'io.containerd.metadata.v1'],
    status: 'ok',
  },
  {
    type: 'io.containerd.service.v1',
    id: 'snapshots-service',
    requires: ['io.containerd.event.v1', 'io.containerd.metadata.v1'],
    status: 'ok',
  },
  {
    type: 'io.containerd.runtime.v1',
    id: 'linux',
    requires: ['io.containerd.event.v1', 'io.containerd.metadata.v1'],
    platforms: ['linux/amd64'],
    status: 'ok',
  },
  {
    type: 'io.containerd.runtime.v2',
    id: 'task',
    requires: ['io.containerd.event.v1', 'io.containerd.metadata.v1'],
    platforms: ['linux/amd64'],
    status: 'ok',
  },
  {
    type: 'io.containerd.monitor.v1',
    id: 'cgroups',
    requires: ['io.containerd.event.v1'],
    platforms: ['linux/amd64'],
    status: 'ok',
  },
  {
    type: 'io.containerd.service.v1',
    id: 'tasks-service',
    requires: ['io.containerd.event.v1', 'io.containerd.runtime.v1', 'io.containerd.runtime.v2', 'io.containerd.metadata.v1', 'io.containerd.monitor.v1'],
    status: 'ok',
  },
  { type: 'io.containerd.grpc.v1', id: 'introspection', requires: ['io.containerd.service.v1'], status: 'ok' },
  {
    type: 'io.containerd.internal.v1',
    id: 'restart',
    requires: ['io.containerd.event.v1', 'io.containerd.service.v1'],
    status: 'ok',
  },
  { type: 'io.containerd.grpc.v1', id: 'containers', requires: ['io.containerd.service.v1'], status: 'ok' },
  { type: 'io.containerd.grpc.v1', id: 'content', requires: ['io.containerd.service.v1'], status: 'ok' },
  { type: 'io.containerd.grpc.v1', id: 'diff', requires: ['io.containerd.service.v1'], status: 'ok' },
  { type: 'io.containerd.grpc.v1', id: 'events', requires: ['io.containerd.event.v1'], status: 'ok' },
  { type: 'io.containerd.grpc.v1', id: 'healthcheck', status: 'ok' },
  { type: 'io.containerd.grpc.v1', id: 'images', requires: ['io.containerd.service.v1'], status: 'ok' },
  { type: 'io.containerd.grpc.v1', id: 'leases', requires: ['io.containerd.service.v1'], status: 'ok' },
  { type: 'io.containerd.grpc.v1', id: 'namespaces', requires: ['io.containerd.service.v1'], status: 'ok' },
  { type: 'io.containerd.internal.v1', id: 'opt', exports: [['path', '/opt/containerd']], status: 'ok' },
  { type: 'io.containerd.grpc.v1', id: 'snapshots', requires: ['io.containerd.service.v1'], status: 'ok' },
  { type: 'io.containerd.grpc.v1', id: 'tasks', requires: ['io.containerd.service.v1'], status: 'ok' },
  { type: 'io.containerd.grpc.v1', id: 'version', status: 'ok' },
  {
    type: 'io.containerd.grpc.v1',
    id: 'cri',
    requires: ['io.containerd.event.v1', 'io.containerd.service.v1'],
    platforms: ['linux/amd64'],
    exports: [['CRIVersionAlpha', 'v1alpha2'], ['CRIVersion', 'v1']],
    status: 'ok',
  },
];

/** Introspection's filter fields for a plugin: `type`, `id` (others never match). */
export function pluginField(plugin: PluginInfo, fieldpath: readonly string[]): string | undefined {
  if (fieldpath.length !== 1) return undefined;
  return getOwn<string | undefined>({ type: plugin.type, id: plugin.id }, fieldpath[0] ?? '');
}
