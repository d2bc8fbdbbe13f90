// criService.ImageFsInfo (containerd 1.6 pkg/cri/server/imagefs_info.go): the overlayfs
// snapshotter's directory and what the snapshots of k8s.io use on it. The real plugin adds
// up the usage a syncer collects every 10 s (StatsCollectPeriod) and stamps the answer with the
// oldest collection time; here usage is read at the call and stamped with the last 10 s tick.

import type { FilesystemUsage } from '../api/runtime-v1';
import type { CriContext } from '../context';
import { randomInt } from '../../host/random';

/** imageFSPath(root, snapshotter): <root>/io.containerd.snapshotter.v1.<snapshotter>. */
const IMAGE_FS_PATH = '/var/lib/containerd/io.containerd.snapshotter.v1.overlayfs';
const SYNC_PERIOD_MS = 10_000;

export function imageFsInfo(ctx: CriContext): { imageFilesystems: FilesystemUsage[] } {
  const overlayfs = ctx.k8s.snapshots.service('overlayfs');
  let usedBytes = 0n;
  let inodesUsed = 0n;
  let any = false;
  for (const info of overlayfs.walk()) {
    try {
      const usage = overlayfs.usage(info.name);
      usedBytes += BigInt(usage.size);
      inodesUsed += BigInt(usage.inodes);
      any = true;
    } catch {
      // A snapshot removed during the walk is left out, as the syncer does.
    }
  }
  const nowMs = Math.floor(ctx.node.nowMs());
  const ms = any ? Math.floor(nowMs / SYNC_PERIOD_MS) * SYNC_PERIOD_MS : nowMs;
  const timestamp = (BigInt(ms) * 1_000_000n + BigInt(randomInt(ctx.node.state.random, 0, 999_999))).toString();
  return {
    imageFilesystems: [
      {
        timestamp,
        fsId: { mountpoint: IMAGE_FS_PATH },
        usedBytes: { value: usedBytes.toString() },
        inodesUsed: { value: inodesUsed.toString() },
      },
    ],
  };
}
