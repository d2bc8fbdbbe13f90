// A container's mount as dockerd keeps it (container.MountPoint, what inspect's Mounts shows)
// and as it goes into the OCI spec: shared by the mounts of a new container (mounts.ts) and the
// ones it takes from others (volumes-from.ts).

export interface MountPoint {
  Type: 'bind' | 'volume' | 'tmpfs';
  Name?: string;
  Source: string;
  Destination: string;
  Driver?: string;
  Mode: string;
  RW: boolean;
  Propagation: string;
}

export interface SpecMount {
  destination: string;
  type: string;
  source: string;
  options: string[];
}
