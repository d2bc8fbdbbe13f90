// The media types containerd's image code switches on (images/mediatypes.go and the OCI
// image-spec): what a descriptor points at decides how a walk reads it.

export const MEDIA_TYPE = {
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayer: 'application/vnd.docker.image.rootfs.diff.tar',
  dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  dockerForeignLayerGzip: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar',
  ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  ociLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
  ociLayerNondistributable: 'application/vnd.oci.image.layer.nondistributable.v1.tar',
  ociLayerNondistributableGzip: 'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip',
  checkpointConfig: 'application/vnd.containerd.container.checkpoint.config.v1+proto',
} as const;

export function isIndexType(mediaType: string): boolean {
  return mediaType === MEDIA_TYPE.ociIndex || mediaType === MEDIA_TYPE.dockerManifestList;
}

export function isManifestType(mediaType: string): boolean {
  return mediaType === MEDIA_TYPE.ociManifest || mediaType === MEDIA_TYPE.dockerManifest;
}

export function isConfigType(mediaType: string): boolean {
  return mediaType === MEDIA_TYPE.ociConfig || mediaType === MEDIA_TYPE.dockerConfig;
}

/** images.IsLayerType: any docker rootfs diff or OCI layer type. */
export function isLayerType(mediaType: string): boolean {
  return (
    mediaType.startsWith('application/vnd.oci.image.layer.') ||
    mediaType.startsWith('application/vnd.docker.image.rootfs.')
  );
}

/** images.IsNonDistributable: foreign / non-distributable layers (Windows base layers). */
export function isNonDistributable(mediaType: string): boolean {
  return mediaType.includes('nondistributable') || mediaType.includes('.foreign.');
}

/** True for a compressed (gzip or zstd) layer type. */
export function isCompressedLayer(mediaType: string): boolean {
  return /(\+gzip|\+zstd|\.gzip)$/.test(mediaType);
}
