// POST /images/create?fromSrc=- (moby 20.10 daemon/images/image_import.go ImportImage): the
// request body (a rootfs tarball, gzip'd or not) becomes one layer, the --change lines are
// applied to an empty config, and the image is stored with one history entry whose comment is
// the -m message or `Imported from -`. The daemon answers with the new id.

import { readTar, TarError } from '../../host/tar';
import type { Node } from '../../node';
import { layerFilesOf } from '../../oci/archive/layer-files';
import { digestBinary } from '../../oci/digest';
import { formatNamed, parseDockerRef } from '../../oci/docker-reference';
import { gunzipBinary, isGzipBinary, packRaw } from '../../oci/raw-bytes';
import { invalidParameter, systemError } from '../errors';
import { ENGINE_VERSION } from '../system/version';
import { applyChanges } from './build/changes';
import { goContainerConfig } from './inspect';
import { goTimeJson } from './go-time';
import { addLayer, diffSize } from './layers';
import { marshalImageConfig, v1Image } from './image-config';
import { storeImage } from './store-image';
import { logImageEvent } from '../events/event-log';
import { familiarName } from './familiar-name';

export interface ImportRequest {
  /** The tarball's bytes (binary string). */
  source: string;
  /** `repo[:tag]` to name the image, if given. */
  reference?: string;
  changes: readonly string[];
  message: string;
}

export function importImage(node: Node, req: ImportRequest): string {
  let full: string | undefined;
  if (req.reference !== undefined && req.reference !== '') {
    try {
      full = formatNamed(parseDockerRef(req.reference));
    } catch (err) {
      throw invalidParameter(err instanceof Error ? err.message : 'invalid reference format');
    }
  }
  const config = applyChanges(goContainerConfig({}), req.changes);
  let tar = req.source;
  if (isGzipBinary(tar)) {
    try {
      tar = gunzipBinary(tar);
    } catch {
      throw systemError('Error processing tar file(exit status 1): unexpected EOF');
    }
  }
  let files = {};
  if (tar !== '') {
    try {
      files = layerFilesOf(readTar(tar));
    } catch (err) {
      throw systemError(`Error processing tar file(exit status 1): ${err instanceof TarError ? err.message : 'unexpected EOF'}`);
    }
  }
  const diffId = digestBinary(tar);
  const size = diffSize(files);
  addLayer(node, { diffId, size, files, rawDeflated: packRaw(tar) });
  const created = goTimeJson(node.nowMs());
  const comment = req.message !== '' ? req.message : 'Imported from -';
  const v1 = v1Image({ comment, created, docker_version: ENGINE_VERSION, config, architecture: 'amd64', os: 'linux' });
  const text = marshalImageConfig(v1, [{ created, comment }], [diffId]);
  const id = storeImage(node, text, size);
  if (full !== undefined) {
    node.state.dockerd.references[full] = id;
    // TagImageWithReference (daemon/images/image_import.go@v20.10.24) logs `tag` before `import`.
    logImageEvent(node, `sha256:${id}`, familiarName(full), 'tag');
  }
  logImageEvent(node, `sha256:${id}`, `sha256:${id}`, 'import');
  return `sha256:${id}`;
}
