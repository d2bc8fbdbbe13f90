// The volume endpoints of dockerd's API (/volumes…), as connectDockerd hands them to clients.

import type { Node } from '../../node';
import type { PruneFilters } from '../system/prune-filters';
import { createVolume, findVolume, listVolumes, pruneVolumes, removeVolume, volumeResource, type VolumeCreateRequest, type VolumeResource } from './volume-store';

export type { VolumeResource };

export interface VolumeApi {
  /** GET /volumes: the local volumes matching the filters; 400 `Invalid filter 'x'`. */
  list(filters?: readonly string[]): VolumeResource[];
  /** GET /volumes/{name}: 404 `get x: no such volume`. */
  inspect(name: string): VolumeResource;
  /** POST /volumes/create: the volume (an existing one for a name in use); 400 for a bad name. */
  create(request?: VolumeCreateRequest): VolumeResource;
  /** DELETE /volumes/{name}: 404, 409 in use; force forgives a missing one. */
  remove(name: string, force?: boolean): void;
  /** POST /volumes/prune: the names removed and the bytes freed (label and label! filters). */
  prune(filters?: PruneFilters): { VolumesDeleted: string[]; SpaceReclaimed: number };
}

export function volumeApi(node: Node): VolumeApi {
  return {
    list: (filters) => listVolumes(node, filters),
    inspect: (name) => volumeResource(findVolume(node, name)),
    create: (request) => volumeResource(createVolume(node, request)),
    remove: (name, force) => removeVolume(node, name, force === true),
    prune: (filters) => pruneVolumes(node, filters),
  };
}
