// The CRI oracle's sandbox image, built without a network like the other test images: a
// busybox-static root filesystem whose entrypoint /pause sleeps until it is signalled, named
// registry.k8s.io/pause:3.6 (the private daemon's `sandbox_image`) and imported into `k8s.io`
// before the first RunPodSandbox, so containerd never tries to pull it. Its config has the
// shape of the real pause:3.6 (Entrypoint /pause, User 65535:65535, WorkingDir /); its digests
// are our own, the same on every build.

import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { blobWriter, buildInScratch, busyboxRootfs, gzip, imageConfig, oneLayerManifest, reproducibleTar, sha256, writeLayoutIndex } from '../build-images';

export const PAUSE_IMAGE = 'registry.k8s.io/pause:3.6';

// Sleeps for 68 years as the container's init. (The real pause also exits on SIGINT/SIGTERM; the
// CRI plugin stops sandboxes with SIGKILL, so that makes no difference to what it shows. A plain
// exec of a long sleep is also what the simulator's shell runs for ever, where `trap` and
// `sleep infinity` are not.)
const PAUSE_SCRIPT = '#!/bin/sh\nexec sleep 2147483647\n';

/** Writes the pause image as an OCI layout tar (index.json names PAUSE_IMAGE) and returns its path. */
export function buildPauseArchive(outDir: string): string {
  return buildInScratch(outDir, 'ctrlab-pause-', (work) => {
    const root = join(work, 'rootfs');
    busyboxRootfs(root);
    writeFileSync(join(root, 'pause'), PAUSE_SCRIPT);
    chmodSync(join(root, 'pause'), 0o755);
    const layerTar = reproducibleTar(root);
    const layerGz = gzip(layerTar);

    const layout = join(work, 'oci');
    const put = blobWriter(layout);
    const layerHex = put(layerGz);
    const config = imageConfig('amd64', undefined, [sha256(layerTar)], {
      User: '65535:65535',
      Entrypoint: ['/pause'],
      WorkingDir: '/',
    });
    const configHex = put(config);
    const manifest = oneLayerManifest({ hex: configHex, size: config.length }, { hex: layerHex, size: layerGz.length });
    const manifestHex = put(manifest);
    const index = JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [{
        mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: `sha256:${manifestHex}`, size: manifest.length,
        platform: { architecture: 'amd64', os: 'linux' },
      }],
    });
    const indexHex = put(index);
    writeLayoutIndex(layout, { hex: indexHex, size: index.length }, PAUSE_IMAGE, '3.6');
    const out = join(outDir, 'pause-oci.tar');
    writeFileSync(out, reproducibleTar(layout));
    return out;
  });
}
