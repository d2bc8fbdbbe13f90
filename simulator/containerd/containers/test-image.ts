// Test support: puts a one-layer image straight into a node's content and image stores, so
// the containers and tasks services can be tested before (and without) pulls and imports.

import type { Node } from '../../node';
import { writeBlob } from '../content/content-store';
import { digestText, textSize } from '../../oci/digest';
import { createImage } from '../images/image-store';
import type { LayerFile } from '../../oci/blob';
import type { NewContainerOptions } from './new-container';
import { busyboxRootfs } from '../../registry/catalogue/rootfs-busybox';

export interface TestImageOptions {
  files?: Record<string, LayerFile>;
  config?: Record<string, unknown>;
  labels?: Record<string, string>;
}

/** Adds image `name` (one layer, linux/amd64 docker manifest). Returns the layer's diff id. */
export function addTestImage(node: Node, ns: string, name: string, o: TestImageOptions = {}): string {
  const files = o.files ?? busyboxRootfs(1_000_000);
  const layerText = JSON.stringify(Object.keys(files).sort());
  const diffId = digestText(`diff:${name}:${layerText}`);
  const layerDigest = digestText(`layer:${name}:${layerText}`);
  writeBlob(node, ns, {
    digest: layerDigest,
    size: 1000,
    mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
    files,
    diffId,
    unpackedSize: 2000,
  });
  const config = JSON.stringify({
    architecture: 'amd64',
    os: 'linux',
    config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['sh'], ...(o.config ?? {}) },
    rootfs: { type: 'layers', diff_ids: [diffId] },
  });
  const configDigest = digestText(config);
  writeBlob(node, ns, { digest: configDigest, size: textSize(config), mediaType: 'application/vnd.docker.container.image.v1+json', data: config });
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    config: { mediaType: 'application/vnd.docker.container.image.v1+json', size: textSize(config), digest: configDigest },
    layers: [{ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', size: 1000, digest: layerDigest }],
  });
  const manifestDigest = digestText(manifest);
  writeBlob(node, ns, {
    digest: manifestDigest,
    size: textSize(manifest),
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    data: manifest,
  });
  createImage(node, ns, {
    name,
    target: { mediaType: 'application/vnd.docker.distribution.manifest.v2+json', digest: manifestDigest, size: textSize(manifest) },
    labels: o.labels,
  });
  return diffId;
}

/** NewContainer options with ctr's defaults, for image busybox:latest. */
export function containerOpts(id: string, over: Partial<NewContainerOptions> = {}): NewContainerOptions {
  return {
    ref: 'docker.io/library/busybox:latest', id, snapshotter: '', snapshotterLabels: {}, labels: {}, annotations: {}, env: [], args: [], cwd: '',
    terminal: false, netHost: false, mounts: [], readOnly: false, allowNewPrivileges: false, capAdd: [], capDrop: [],
    user: '', runtime: '', platform: '', ...over,
  };
}

