// The shapes the snapshots service hands out (containerd's snapshots.Info, mount.Mount,
// snapshots.Usage), separate from the stored SnapshotRecord so callers never edit state.

import type { SnapshotKind } from '../metadata/schema';

/** containerd's default snapshotter on Linux. */
export const DEFAULT_SNAPSHOTTER = 'overlayfs';

/** Snapshotters this node loads (ctr plugins ls: aufs, btrfs, zfs skip; devmapper errors). */
export const LOADED_SNAPSHOTTERS: readonly string[] = ['native', 'overlayfs'];

/** Root of the containerd state directory on the node. */
export const CONTAINERD_ROOT = '/var/lib/containerd';

export interface SnapshotInfo {
  /** The key (active/view) or name (committed). */
  name: string;
  kind: SnapshotKind;
  /** Parent's name, "" for none. */
  parent: string;
  labels: Record<string, string>;
  /** RFC3339Nano. */
  created: string;
  updated: string;
}

/** A mount as containerd returns it: `mount -t <type> <source> <target> -o <options>`. */
export interface Mount {
  type: string;
  source: string;
  options: string[];
}

export interface SnapshotUsage {
  /** Bytes on disk (du-like: 4 KiB blocks). */
  size: number;
  inodes: number;
}
