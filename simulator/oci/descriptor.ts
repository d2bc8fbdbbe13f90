// The OCI content descriptor (image-spec descriptor.md) and platform: how one blob names
// another, by media type, digest and size. Registry and containerd both speak in them.

/** An OCI descriptor. */
export interface Descriptor {
  mediaType: string;
  digest: string; // "sha256:<64 hex>"
  size: number;
  platform?: Platform;
  annotations?: Record<string, string>;
}

export interface Platform {
  architecture: string;
  os: string;
  variant?: string;
}
