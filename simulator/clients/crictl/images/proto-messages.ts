// The CRI messages the image commands print, as jsonpb walks them: every field of the .proto
// (k8s.io/cri-api v0.26 api.proto) in declaration order, unset messages as null.

import type { FilesystemUsage, Image, ImageSpec } from '../../../cri/index';
import { ProtoMap, type ProtoMessage } from './protobuf-output';

/** ImageSpec: image = 1, annotations = 2. */
function imageSpecMessage(spec: ImageSpec | undefined): ProtoMessage | null {
  if (!spec) return null;
  return { image: spec.image, annotations: new ProtoMap(spec.annotations ?? {}) };
}

/** Image: id, repo_tags, repo_digests, size, uid, username, spec, pinned (1–8). */
export function imageMessage(image: Image): ProtoMessage {
  return {
    id: image.id,
    repoTags: image.repoTags,
    repoDigests: image.repoDigests,
    size: image.size,
    uid: image.uid ? { value: image.uid.value } : null,
    username: image.username,
    spec: imageSpecMessage(image.spec),
    pinned: image.pinned,
  };
}

/** FilesystemUsage: timestamp, fs_id, used_bytes, inodes_used (1–4). */
export function filesystemUsageMessage(fs: FilesystemUsage): ProtoMessage {
  return {
    timestamp: fs.timestamp,
    fsId: { mountpoint: fs.fsId.mountpoint },
    usedBytes: fs.usedBytes ? { value: fs.usedBytes.value } : null,
    inodesUsed: fs.inodesUsed ? { value: fs.inodesUsed.value } : null,
  };
}
