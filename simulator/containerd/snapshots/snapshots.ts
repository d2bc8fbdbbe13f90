// The snapshots service's public surface: one import for callers (images unpack, containers,
// ctr snapshots). Each function's contract is documented where it is defined.

export { checkSnapshotter, commit, getSnapshot, list, mounts, prepare, remove, stat, updateLabels, view } from './snapshotter';
export { applyLayer, normalizePath, removeFile, snapshotFileLookup, snapshotFileMap, snapshotFiles, snapshotView, usage, writeFile } from './files';
export { chainId, chainIds } from './chain-id';
export { DEFAULT_SNAPSHOTTER, type Mount, type SnapshotInfo, type SnapshotUsage } from './snapshot-types';
