// The client's snapshots calls: client.SnapshotService(name) of containerd's Go client, a
// snapshots.Snapshotter for one snapshotter in the request's namespace. Every call goes to the
// snapshots service, which checks the snapshotter's name, the namespace and the keys itself
// and throws errdefs errors worded as the daemon's.

import { ContainerdError, unknown } from '../../errdefs/errdefs';
import * as service from '../snapshots/snapshots';
import type { Mount, SnapshotInfo, SnapshotUsage } from '../snapshots/snapshots';
import type { ClientContext } from './context';

export { DEFAULT_SNAPSHOTTER, type Mount, type SnapshotInfo, type SnapshotUsage } from '../snapshots/snapshots';

/** Labels to set on a new or committed snapshot (snapshots.WithLabels). */
export type SnapshotLabels = Readonly<Record<string, string>>;

/** One snapshotter as the Go client's snapshots.Snapshotter interface presents it. */
export interface Snapshotter {
  /**
   * Prepare(ctx, key, parent, WithLabels): a new active snapshot on committed `parent` ("" for
   * an empty one); returns its mounts. alreadyExists, notFound (parent), invalidArgument
   * (parent not committed, bad label, namespace or snapshotter).
   */
  prepare(key: string, parent: string, labels?: SnapshotLabels): Mount[];
  /** View(ctx, key, parent, WithLabels): like prepare, read-only. */
  view(key: string, parent: string, labels?: SnapshotLabels): Mount[];
  /**
   * Commit(ctx, name, key, WithLabels): active `key` becomes committed `name`. alreadyExists
   * (name), notFound (key), failedPrecondition (key not active).
   */
  commit(name: string, key: string, labels?: SnapshotLabels): void;
  /** Remove(ctx, key). notFound, failedPrecondition (`cannot remove snapshot with child`). */
  remove(key: string): void;
  /** Stat(ctx, key). notFound `snapshot <key> does not exist`. */
  stat(key: string): SnapshotInfo;
  /**
   * Update(ctx, Info{Name: key, Labels}, "labels.<k>"...): only label paths, as ctr sends; an
   * empty value removes the label. Returns the updated info. notFound, invalidArgument.
   */
  update(key: string, labels: SnapshotLabels): SnapshotInfo;
  /** Mounts(ctx, key). notFound, failedPrecondition for a committed snapshot. */
  mounts(key: string): Mount[];
  /** Usage(ctx, key): disk usage. notFound. */
  usage(key: string): SnapshotUsage;
  /**
   * Walk(ctx, fn): every snapshot, in key order. Walk is a stream: the snapshotter's name is
   * checked first (an invalidArgument status), a refused namespace then ends the stream,
   * which gRPC reports with code Unknown (`namespace is required: failed precondition: unknown`).
   */
  walk(): SnapshotInfo[];
}

function snapshotter(ctx: ClientContext, name: string): Snapshotter {
  const { node, namespace: ns } = ctx;
  return {
    prepare: (key, parent, labels = {}) => service.prepare(node, ns, name, key, parent, { ...labels }),
    view: (key, parent, labels = {}) => service.view(node, ns, name, key, parent, { ...labels }),
    commit: (commitName, key, labels = {}) => service.commit(node, ns, name, commitName, key, { ...labels }),
    remove: (key) => service.remove(node, ns, name, key),
    stat: (key) => service.stat(node, ns, name, key),
    update: (key, labels) => service.updateLabels(node, ns, name, key, { ...labels }),
    mounts: (key) => service.mounts(node, ns, name, key),
    usage: (key) => service.usage(node, ns, name, key),
    walk: () => {
      service.checkSnapshotter(name);
      try {
        return service.list(node, ns, name);
      } catch (err) {
        throw err instanceof ContainerdError ? unknown(err.message) : err;
      }
    },
  };
}

export function snapshotsApi(ctx: ClientContext) {
  return {
    /** client.SnapshotService(name): `name` "" stands for the default, overlayfs. */
    service(name: string): Snapshotter {
      return snapshotter(ctx, name || service.DEFAULT_SNAPSHOTTER);
    },
  };
}

export type SnapshotsApi = ReturnType<typeof snapshotsApi>;
