// The docker oracle's test images, as `docker save` archives that Docker 20.10's `docker load`
// takes (it reads manifest.json; an OCI layout alone it refuses): busybox:latest, one layer of
// Debian's busybox-static, and the nginx:alpine stand-in of ../build-images.ts (the same busybox
// layer plus the nginx overlay). Every byte is reproducible, so both daemons compute the same
// image ids, layer digests and sizes, and none of them needs normalising.

import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildInScratch, buildOracleArchives, busyboxRootfs, imageConfig, reproducibleTar, sha256 } from '../build-images';

const BUSYBOX_CREATED = '2023-05-31T00:00:00Z';

export interface DockerArchives {
  /** docker save archive of busybox:latest. */
  busyboxDocker: string;
  /** docker save archive of nginx:alpine (a busybox httpd stand-in). */
  nginxDocker: string;
}

export function buildDockerArchives(outDir: string): DockerArchives {
  const { nginxDocker } = buildOracleArchives(outDir);
  const busyboxDocker = buildInScratch(outDir, 'ctrlab-docker-images-', (work) => {
    const root = join(work, 'busybox');
    busyboxRootfs(root);
    const layer = reproducibleTar(root);
    const layerId = sha256(layer);
    const save = join(work, 'save');
    mkdirSync(join(save, layerId), { recursive: true });
    writeFileSync(join(save, layerId, 'layer.tar'), layer);
    // A day older than the nginx stand-in: dockerd lists images newest first and keeps no order
    // among equal times, so distinct times make `docker images` deterministic.
    const config = imageConfig('amd64', undefined, [layerId], { Cmd: ['sh'] }).replaceAll('2023-06-01T00:00:00Z', BUSYBOX_CREATED);
    const configHex = sha256(config);
    writeFileSync(join(save, `${configHex}.json`), config);
    writeFileSync(
      join(save, 'manifest.json'),
      JSON.stringify([{ Config: `${configHex}.json`, RepoTags: ['busybox:latest'], Layers: [`${layerId}/layer.tar`] }]),
    );
    writeFileSync(join(save, 'repositories'), JSON.stringify({ busybox: { latest: layerId } }));
    const out = join(outDir, 'busybox-docker.tar');
    writeFileSync(out, reproducibleTar(save));
    return out;
  });
  return { busyboxDocker, nginxDocker };
}

/**
 * The ids the test images fix — each archive's image config digest and layer diff ids, as their
 * first 12 hex — which the normaliser keeps literal (they must be equal on both sides).
 */
export function stableIdsOf(archives: DockerArchives): Set<string> {
  const ids = new Set<string>();
  for (const archive of [archives.busyboxDocker, archives.nginxDocker]) {
    const manifest = spawnSync('tar', ['-xOf', archive, './manifest.json'], { encoding: 'utf8' }).stdout;
    for (const entry of JSON.parse(manifest) as Array<{ Config: string; Layers: string[] }>) {
      for (const name of [entry.Config, ...entry.Layers]) ids.add(name.slice(0, 12));
      // Layer chain ids (image/spec: ChainID(n) = sha256(ChainID(n-1) + " " + DiffID(n))), which
      // `docker rmi` prints as Deleted.
      let chain = '';
      for (const layer of entry.Layers) {
        const diffId = `sha256:${layer.slice(0, 64)}`;
        chain = chain ? `sha256:${sha256(`${chain} ${diffId}`)}` : diffId;
        ids.add(chain.slice(7, 19));
      }
    }
  }
  return ids;
}
