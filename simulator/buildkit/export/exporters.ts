// The exporters a solve's result goes to (--output type=…): `docker` and `oci` send an image
// tarball to the client ("exporting to oci image format" … "sending tarball"), `image` names
// it in buildkitd's own image store ("exporting to image" … "naming to …"), `local` and `tar`
// send the final filesystem ("exporting to client"). The image's buildinfo (0.10's
// moby.buildkit.buildinfo.v1) records the frontend, its attributes and the pinned sources.

import type { Node } from '../../node';
import type { LayerFile } from '../../oci/blob';
import { textToBinary } from '../../host/vfs';
import { mergedView } from '../fs/rootfs';
import type { Trace } from '../progress/trace';
import type { DispatchResult } from '../solver/dispatch';
import { SolveError } from '../solver/solve-error';
import { dockerArchive } from './docker-archive';
import { imageBlobs } from './image-blobs';

export interface ExportRequest {
  type: string;
  attrs: Readonly<Record<string, string>>;
}

export interface ExportResult {
  /** The exporter's response (containerimage.digest, containerimage.config.digest, image.name). */
  response: Record<string, string>;
  /** docker/oci: the tarball the client writes to stdout or to `dest`. */
  tarball?: string;
  /** local: the files the client writes below `dest`. */
  files?: Array<{ path: string; file: LayerFile }>;
}

/** reference normalisation of each comma-separated name (exporter normalizedNames). */
function names(raw: string | undefined): string[] {
  if (!raw) return [];
  return raw.split(',').filter((n) => n !== '').map((n) => {
    const at = n.indexOf('@');
    const base = at === -1 ? n : n.slice(0, at);
    const tagged = base.lastIndexOf(':') > base.lastIndexOf('/') || at !== -1 ? base : `${base}:latest`;
    const first = tagged.split('/')[0] ?? '';
    const host = tagged.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
    const full = host ? tagged : tagged.includes('/') ? `docker.io/${tagged}` : `docker.io/library/${tagged}`;
    return at === -1 ? full : `${full}${n.slice(at)}`;
  });
}

function buildInfo(dispatched: DispatchResult, attrs: Readonly<Record<string, string>>): string {
  const sortedAttrs = Object.fromEntries(Object.keys(attrs).sort().map((k) => [k, attrs[k]]));
  const info = { frontend: 'dockerfile.v0', attrs: sortedAttrs, ...(dispatched.sources.length > 0 ? { sources: dispatched.sources } : {}) };
  return btoa(textToBinary(JSON.stringify(info)));
}

export function exportResult(node: Node, trace: Trace, dispatched: DispatchResult, request: ExportRequest, attrs: Readonly<Record<string, string>>): ExportResult {
  void node;
  const { target } = dispatched;
  if (request.type === 'local' || request.type === 'tar') {
    const v = trace.start('exporting to client');
    const view = mergedView(target.chain);
    const files = [...view.files.entries()].filter(([p]) => p !== '/').map(([path, file]) => ({ path, file }));
    const size = files.reduce((n, f) => n + (f.file.size ?? f.file.content?.length ?? 0), 0);
    trace.status(v, 'copying files', 20 + size / 100_000, size);
    trace.done(v);
    return { response: {}, files };
  }
  if (request.type !== 'docker' && request.type !== 'oci' && request.type !== 'image') {
    throw new SolveError(`exporter "${request.type}" could not be found`);
  }
  if (request.attrs.push === 'true') throw new SolveError('pushing from buildkitd (push=true) is not simulated here; push with `nerdctl push`');
  const image = imageBlobs(target, buildInfo(dispatched, attrs));
  const imageNames = names(request.attrs.name);
  const response: Record<string, string> = {
    'containerimage.config.digest': image.configDigest,
    'containerimage.digest': image.manifestDigest,
  };
  if (imageNames.length > 0) response['image.name'] = imageNames.join(',');
  const isTarball = request.type !== 'image';
  const v = trace.start(isTarball ? 'exporting to oci image format' : 'exporting to image');
  const fresh = target.chain.filter((l) => !l.pulled && l.createdMs >= trace.startMs).reduce((n, l) => n + l.blob.size, 0);
  trace.status(v, 'exporting layers', fresh === 0 ? 4 : 30 + fresh / 20_000);
  trace.status(v, `exporting manifest ${image.manifestDigest}`, 4);
  trace.status(v, `exporting config ${image.configDigest}`, 4);
  if (!isTarball) {
    for (const n of imageNames) {
      trace.status(v, `naming to ${n}`, 3);
      if (request.attrs.unpack === 'true') trace.status(v, `unpacking to ${n}`, 40);
    }
    trace.done(v);
    return { response };
  }
  const tarball = dockerArchive(image, imageNames, request.type === 'oci' ? 'oci' : 'docker');
  trace.status(v, 'sending tarball', 15 + tarball.length / 150_000);
  trace.done(v);
  return { response, tarball };
}
