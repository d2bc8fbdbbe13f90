// GET /system/df (moby 20.10 daemon/disk_usage.go SystemDiskUsage): every image (intermediate
// ones too) with its SharedSize (layers another image also has) and the containers using it,
// LayersSize (each layer once), the containers with their SizeRw, the volumes with their size
// and reference count (volumes with mount options left out). The classic builder keeps no build cache, so that list is empty.

import type { Node } from '../../node';
import { listContainers, type ContainerSummary } from '../containers/list';
import { findLayer } from '../images/layers';
import { listImages, type ImageSummary } from '../images/list';
import { usersOf, mountpointOf, volumeSize } from '../volumes/volume-store';

interface VolumeUsage {
  Name: string;
  Mountpoint: string;
  UsageData: { Size: number; RefCount: number };
}

export interface DiskUsage {
  LayersSize: number;
  Images: ImageSummary[];
  Containers: ContainerSummary[];
  Volumes: VolumeUsage[];
  BuildCache: never[];
}

export function diskUsage(node: Node): DiskUsage {
  const store = node.state.dockerd;
  const users = new Map<string, number>();
  for (const image of Object.values(store.images)) for (const d of new Set(image.diffIds)) users.set(d, (users.get(d) ?? 0) + 1);
  const layerSize = (diffId: string) => findLayer(node, diffId)?.size ?? 0;
  let layersSize = 0;
  for (const diffId of users.keys()) layersSize += layerSize(diffId);
  // Images stored before the layer store (no layer records) count by their own size.
  for (const image of Object.values(store.images)) if (image.diffIds.length > 0 && image.diffIds.every((d) => !findLayer(node, d))) layersSize += image.size;
  const containers = listContainers(node, { all: true, size: true });
  const images = listImages(node, { all: true }).map((s) => {
    const record = store.images[s.Id.slice(7)];
    const shared = (record?.diffIds ?? []).filter((d) => (users.get(d) ?? 0) > 1).reduce((n, d) => n + layerSize(d), 0);
    return { ...s, SharedSize: shared, Containers: Object.values(store.containers).filter((c) => c.imageId === record?.id).length };
  });
  // LocalVolumesSize: a volume with mount options (-o type=tmpfs …) is not counted, as prune skips it.
  const volumes = Object.values(store.volumes ?? {}).filter((v) => Object.keys(v.options).length === 0).map((v) => ({
    Name: v.name,
    Mountpoint: mountpointOf(v.name),
    UsageData: { Size: volumeSize(node, v.name), RefCount: usersOf(node, v).length },
  }));
  return { LayersSize: layersSize, Images: images, Containers: containers, Volumes: volumes, BuildCache: [] };
}
