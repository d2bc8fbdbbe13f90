// The image blobs the exporter writes for a solved stage (exporter/containerimage/writer.go
// @v0.10.4): the config (image-config.ts), a Docker schema 2 manifest indented with three
// spaces — layers with Docker media types, no annotations — and their digests.

import type { Blob } from '../../oci/blob';
import { digestText, textSize } from '../../oci/digest';
import { isCompressedLayer, MEDIA_TYPE } from '../../oci/media-types';
import { imageConfigJson } from '../solver/image-config';
import type { StageState } from '../solver/stage-state';

export interface ExportedImage {
  manifestText: string;
  manifestDigest: string;
  configText: string;
  configDigest: string;
  layers: Blob[];
}

export function imageBlobs(target: StageState, buildInfo: string): ExportedImage {
  const layers = target.chain.map((l) => l.blob);
  const diffIds = layers.map((b) => b.diffId ?? b.digest);
  const configText = imageConfigJson(target.image, diffIds, target.baseHistoryCount, target.newLayerTimes, buildInfo);
  const configDigest = digestText(configText);
  const manifest = {
    mediaType: MEDIA_TYPE.dockerManifest,
    schemaVersion: 2,
    config: { mediaType: MEDIA_TYPE.dockerConfig, digest: configDigest, size: textSize(configText) },
    layers: layers.map((b) => ({
      mediaType: isCompressedLayer(b.mediaType) ? MEDIA_TYPE.dockerLayerGzip : MEDIA_TYPE.dockerLayer,
      digest: b.digest,
      size: b.size,
    })),
  };
  const manifestText = JSON.stringify(manifest, null, 3);
  return { manifestText, manifestDigest: digestText(manifestText), configText, configDigest, layers };
}
