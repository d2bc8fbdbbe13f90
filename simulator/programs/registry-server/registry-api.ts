// The Distribution API v2 routes the registry answers (distribution v2.8 registry/api/v2/
// routes.go and registry/handlers): the base check, the catalog, tag lists, manifests and
// blobs (GET/HEAD), monolithic blob uploads (POST …/blobs/uploads/?digest=, with
// cross-repository mounts) and manifest PUTs. Errors carry the API's JSON error codes.

import type { HttpRequest } from '../../host/network/http-types';
import { digestText } from '../../oci/digest';
import type { HttpReply } from '../program';
import type { RegistryStorage } from './registry-storage';

type Headers = Array<[string, string]>;

const JSON_TYPE = 'application/json; charset=utf-8';

function reply(status: number, body: string, headers: Headers = []): HttpReply {
  return { status, body, headers: [...headers, ['Docker-Distribution-Api-Version', 'registry/2.0'], ['X-Content-Type-Options', 'nosniff']] };
}

function json(status: number, value: unknown, headers: Headers = []): HttpReply {
  return reply(status, `${JSON.stringify(value)}\n`, [['Content-Type', JSON_TYPE], ...headers]);
}

function apiError(status: number, code: string, message: string, detail: unknown): HttpReply {
  return json(status, { errors: [{ code, message, detail }] });
}

function header(request: HttpRequest | undefined, name: string): string | undefined {
  return request?.headers.find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
}

/** Answers one request over `storage`. */
export function registryApi(storage: RegistryStorage, path: string, request: HttpRequest | undefined): HttpReply {
  const method = request?.method ?? 'GET';
  const [route = '', query = ''] = path.split('?');
  const params = new URLSearchParams(query);
  if (route === '/v2/' || route === '/v2') return json(200, {});
  if (route === '/v2/_catalog') return json(200, { repositories: storage.repositories() });
  const tags = /^\/v2\/(.+)\/tags\/list$/.exec(route);
  if (tags?.[1]) {
    const list = storage.tags(tags[1]);
    if (!list) return apiError(404, 'NAME_UNKNOWN', 'repository name not known to registry', { name: tags[1] });
    return json(200, { name: tags[1], tags: list });
  }
  const manifest = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(route);
  if (manifest?.[1] && manifest[2]) {
    const [, name, reference] = manifest;
    if (method === 'PUT') {
      const body = request?.body ?? '';
      const digest = digestText(body);
      storage.putManifest(name, reference, digest, body);
      return reply(201, '', [['Docker-Content-Digest', digest], ['Location', `/v2/${name}/manifests/${digest}`], ['Content-Length', '0']]);
    }
    const digest = storage.manifestDigest(name, reference);
    const blob = digest ? storage.blob(digest) : undefined;
    if (!digest || !blob) return apiError(404, 'MANIFEST_UNKNOWN', 'manifest unknown', reference.startsWith('sha256:') ? { Digest: reference } : { Tag: reference });
    const mediaType = (JSON.parse(blob.content) as { mediaType?: string }).mediaType ?? 'application/vnd.docker.distribution.manifest.v2+json';
    return reply(200, blob.content, [['Content-Type', mediaType], ['Docker-Content-Digest', digest], ['Etag', `"${digest}"`]]);
  }
  const blob = /^\/v2\/(.+)\/blobs\/(sha256:[0-9a-f]{64})$/.exec(route);
  if (blob?.[1] && blob[2]) {
    const [, name, digest] = blob;
    const found = storage.repoHasBlob(name, digest) ? storage.blob(digest) : undefined;
    if (!found) return apiError(404, 'BLOB_UNKNOWN', 'blob unknown to registry', digest);
    return reply(200, found.content, [['Content-Type', 'application/octet-stream'], ['Docker-Content-Digest', digest], ['Content-Length', String(found.size)]]);
  }
  const upload = /^\/v2\/(.+)\/blobs\/uploads\/?$/.exec(route);
  if (upload?.[1] && method === 'POST') {
    const name = upload[1];
    const mount = params.get('mount');
    if (mount) {
      const existing = storage.blob(mount);
      if (existing) {
        storage.putBlob(name, mount, existing.content, existing.size);
        return reply(201, '', [['Docker-Content-Digest', mount], ['Location', `/v2/${name}/blobs/${mount}`]]);
      }
    }
    const digest = params.get('digest');
    if (!digest) return reply(202, '', [['Location', `/v2/${name}/blobs/uploads/0`], ['Range', '0-0']]);
    const size = Number(header(request, 'Content-Length') ?? (request?.body ?? '').length);
    storage.putBlob(name, digest, request?.body ?? '', size);
    return reply(201, '', [['Docker-Content-Digest', digest], ['Location', `/v2/${name}/blobs/${digest}`]]);
  }
  return apiError(404, 'UNSUPPORTED', 'The operation is unsupported.', null);
}
