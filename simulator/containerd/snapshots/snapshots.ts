// The snapshots service's public surface: one import for callers (images unpack, containers,
// ctr snapshots). Each function's contract is documented where it is defined.

export { checkSnapshotter, commit, getSnapshot, list, mounts, prepare, remove, requireSnapshot, stat, updateLabels, view, walk } from './snapshotter';
export { activeUsage, applyLayer, normalizePath, removeFile, snapshotFiles, usage, writeFile } from './files';
export { snapshotDir } from './mounts';
export { chainId, chainIds } from './chain-id';
export { CONTAINERD_ROOT, DEFAULT_SNAPSHOTTER, LOADED_SNAPSHOTTERS, type Mount, type SnapshotInfo, type SnapshotUsage } from './snapshot-types';
