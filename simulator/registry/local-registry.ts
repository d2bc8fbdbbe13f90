// A registry a learner runs on the node (`nerdctl run -d -p 5000:5000 registry:2`), as the
// pushing and pulling clients on the node reach it: over TCP to 127.0.0.1:<port> (or the
// address a host written as an IPv4 address names), through
// whatever the network finds there (host/network connectTcp: the portmap DNAT of a published
// port, or a --net host task listening itself). Its answers are the registry program's own
// (programs/registry-server): existence and tags come from that container's files, so pushed
// images live in its copy-on-write layer (or volume) and vanish with it. Blob bytes a push
// carried are kept by digest in the registries' blob store as well, since a layer's files are
// not text the container's storage can hold; what decides whether the registry has a blob is
// always the container.

import type { Node } from '../node';
import type { Blob } from '../oci/blob';
import type { Descriptor } from '../oci/descriptor';
import { isIndexType, MEDIA_TYPE } from '../oci/media-types';
import { connectTcp, HOST_NETNS, httpRequest } from '../host/network/index';
import { ipv4Of, isLocalhost } from './hosts';

/** containerd 1.6.20's resolver sends this User-Agent. */
const USER_AGENT = 'containerd/v1.6.20';

export interface LocalRegistry {
  /** The manifest a tag (or digest) names in `repository`, or undefined (404). */
  resolve(repository: string, reference: string): Descriptor | undefined;
  /** True when the repository has at least one tag (GET …/tags/list answers 200). */
  hasRepository(repository: string): boolean;
  /** The repository's tags (GET …/tags/list), [] when it has none. */
  tags(repository: string): string[];
  /** True when `repository` links the blob (HEAD …/blobs/<digest>). */
  hasBlob(repository: string, digest: string): boolean;
  /** Uploads `blobs` (the image's, children first) and tags `target` as `tag`. */
  push(repository: string, tag: string, target: Descriptor, blobs: readonly Blob[]): void;
}

const MANIFEST_TYPES: ReadonlySet<string> = new Set([MEDIA_TYPE.ociManifest, MEDIA_TYPE.dockerManifest, MEDIA_TYPE.ociIndex, MEDIA_TYPE.dockerManifestList]);

/**
 * The registry serving `host` (localhost:5000, 127.0.0.1:5000, the node's 192.168.56.10:5000)
 * on the node's network at `port` (127.0.0.1 for a loopback name), or
 * undefined when nothing accepts a connection there (the client's `connection refused`).
 * The network decides who answers; any server there is asked, as a real client would.
 */
export function localRegistryAt(node: Node, host: string, port: number): LocalRegistry | undefined {
  const ip = isLocalhost(host) ? '127.0.0.1' : ipv4Of(host);
  if (ip === undefined) return undefined;
  const send = (method: string, path: string, extra: { body?: string; headers?: Array<[string, string]> } = {}) =>
    httpRequest(node, HOST_NETNS, ip, port, { method, path, host, userAgent: USER_AGENT, headers: extra.headers ?? [], body: extra.body });
  // Only a connection is tried here (no request, so the registry logs nothing for it).
  if (connectTcp(node, HOST_NETNS, ip, port).kind === 'failed') return undefined;
  const header = (headers: Array<[string, string]> | undefined, name: string) => headers?.find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
  return {
    resolve(repository, reference) {
      const r = send('GET', `/v2/${repository}/manifests/${reference}`);
      if (r.kind === 'failed' || r.reply.status !== 200) return undefined;
      const digest = header(r.reply.headers, 'Docker-Content-Digest');
      const mediaType = header(r.reply.headers, 'Content-Type');
      return digest && mediaType ? { mediaType, digest, size: r.reply.body.length } : undefined;
    },
    hasRepository(repository) {
      const r = send('GET', `/v2/${repository}/tags/list`);
      return r.kind === 'reply' && r.reply.status === 200;
    },
    tags(repository) {
      const r = send('GET', `/v2/${repository}/tags/list`);
      if (r.kind === 'failed' || r.reply.status !== 200) return [];
      return ((JSON.parse(r.reply.body) as { tags?: string[] | null }).tags ?? []).slice().sort();
    },
    hasBlob(repository, digest) {
      const r = send('HEAD', `/v2/${repository}/blobs/${digest}`);
      return r.kind === 'reply' && r.reply.status === 200;
    },
    push(repository, tag, target, blobs) {
      const manifests = blobs.filter((b) => MANIFEST_TYPES.has(b.mediaType) && b.data !== undefined);
      for (const b of blobs) {
        if (MANIFEST_TYPES.has(b.mediaType) && b.data !== undefined) continue;
        // A layer's data is a stand-in of its real size; a config's is its JSON.
        const body = b.data ?? `ctrlab layer ${b.digest}\n`;
        send('POST', `/v2/${repository}/blobs/uploads/?digest=${b.digest}`, { body, headers: [['Content-Length', String(b.size)], ['Content-Type', 'application/octet-stream']] });
      }
      // Children before the index that names them; the target last, under its tag.
      const ordered = [...manifests.filter((m) => !isIndexType(m.mediaType)), ...manifests.filter((m) => isIndexType(m.mediaType))];
      for (const m of ordered) {
        if (m.digest === target.digest) continue;
        send('PUT', `/v2/${repository}/manifests/${m.digest}`, { body: m.data, headers: [['Content-Type', m.mediaType]] });
      }
      const top = manifests.find((m) => m.digest === target.digest);
      if (top) send('PUT', `/v2/${repository}/manifests/${tag}`, { body: top.data, headers: [['Content-Type', top.mediaType]] });
    },
  };
}

/** The port of a `host:port` registry name (80 without one, as plain http on localhost). */
export function portOf(host: string): number {
  return Number(/:(\d+)$/.exec(host)?.[1] ?? '80');
}
