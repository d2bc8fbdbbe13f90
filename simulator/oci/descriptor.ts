// The OCI content descriptor (image-spec descriptor.md) and platform: how one blob names
// another, by media type, digest and size. Registry and containerd both speak in them. The
// schemas check a saved tree and give the types (schema/kit.ts).

import { bytes, digest, labels, shape, v } from '../schema/kit';

const PlatformSchema = shape({ architecture: v.string(), os: v.string(), variant: v.optional(v.string()) });

/** An OCI descriptor. */
export const DescriptorSchema = shape({
  mediaType: v.string(),
  /** "sha256:<64 hex>" */
  digest,
  size: bytes,
  platform: v.optional(PlatformSchema),
  annotations: v.optional(labels),
});

export type Platform = v.InferOutput<typeof PlatformSchema>;
export type Descriptor = v.InferOutput<typeof DescriptorSchema>;
