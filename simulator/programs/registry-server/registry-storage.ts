// The registry's filesystem driver layout (distribution v2.8 registry/storage/paths.go), kept
// in the container's own files under the root directory, so pushed images live in the
// container's copy-on-write layer (or its volume) and go with it:
//
//   <root>/docker/registry/v2/blobs/sha256/<first two hex>/<hex>/data
//   <root>/docker/registry/v2/repositories/<name>/_layers/sha256/<hex>/link
//   <root>/docker/registry/v2/repositories/<name>/_manifests/revisions/sha256/<hex>/link
//   <root>/docker/registry/v2/repositories/<name>/_manifests/tags/<tag>/current/link
//   <root>/docker/registry/v2/repositories/<name>/_manifests/tags/<tag>/index/sha256/<hex>/link
//
// A link file holds the digest it points at. A data file holds a manifest's exact JSON; a
// layer's data is a stand-in of the layer's real size (its files travel with the push).

import { followLinks, type ContainerFile, type ContainerFs } from '../program';

export class RegistryStorage {
  constructor(
    private readonly fs: ContainerFs,
    private readonly root: string,
    private readonly nowMs: number,
  ) {}

  private get v2(): string {
    return `${this.root}/docker/registry/v2`;
  }

  private blobPath(digest: string): string {
    const hex = digest.replace(/^sha256:/, '');
    return `${this.v2}/blobs/sha256/${hex.slice(0, 2)}/${hex}/data`;
  }

  private repo(name: string): string {
    return `${this.v2}/repositories/${name}`;
  }

  private read(path: string): string | undefined {
    const f = followLinks(this.fs, path);
    return f?.file.kind === 'file' ? (f.file.content ?? '') : undefined;
  }

  private write(path: string, content: string, size = content.length): void {
    const file: ContainerFile = { kind: 'file', content, mode: 0o644, size, mtime: Math.floor(this.nowMs / 1000) };
    this.fs.write?.(path, file, this.nowMs);
  }

  private link(path: string, digest: string): void {
    this.write(path, digest);
  }

  blob(digest: string): { content: string; size: number } | undefined {
    const f = followLinks(this.fs, this.blobPath(digest));
    if (f?.file.kind !== 'file') return undefined;
    return { content: f.file.content ?? '', size: f.file.size ?? (f.file.content ?? '').length };
  }

  /** A blob is served under a repository only once that repository links it. */
  repoHasBlob(name: string, digest: string): boolean {
    const hex = digest.replace(/^sha256:/, '');
    const linked = this.read(`${this.repo(name)}/_layers/sha256/${hex}/link`) ?? this.read(`${this.repo(name)}/_manifests/revisions/sha256/${hex}/link`);
    return linked !== undefined && this.blob(digest) !== undefined;
  }

  putBlob(name: string, digest: string, content: string, size: number): void {
    this.write(this.blobPath(digest), content, size);
    this.link(`${this.repo(name)}/_layers/sha256/${digest.replace(/^sha256:/, '')}/link`, digest);
  }

  putManifest(name: string, reference: string, digest: string, json: string): void {
    const hex = digest.replace(/^sha256:/, '');
    this.write(this.blobPath(digest), json);
    this.link(`${this.repo(name)}/_manifests/revisions/sha256/${hex}/link`, digest);
    if (!reference.startsWith('sha256:')) {
      this.link(`${this.repo(name)}/_manifests/tags/${reference}/current/link`, digest);
      this.link(`${this.repo(name)}/_manifests/tags/${reference}/index/sha256/${hex}/link`, digest);
    }
  }

  /** The manifest digest a tag or digest reference names in `name`, if any. */
  manifestDigest(name: string, reference: string): string | undefined {
    if (reference.startsWith('sha256:')) {
      return this.read(`${this.repo(name)}/_manifests/revisions/sha256/${reference.slice(7)}/link`);
    }
    return this.read(`${this.repo(name)}/_manifests/tags/${reference}/current/link`);
  }

  /** Repository names, sorted (the _catalog walk finds every directory holding _manifests). */
  repositories(): string[] {
    const found: string[] = [];
    const walk = (dir: string, prefix: string): void => {
      for (const entry of this.fs.list(dir) ?? []) {
        if (entry === '_manifests') found.push(prefix);
        else if (!entry.startsWith('_')) walk(`${dir}/${entry}`, prefix ? `${prefix}/${entry}` : entry);
      }
    };
    walk(`${this.v2}/repositories`, '');
    return found.sort();
  }

  tags(name: string): string[] | undefined {
    return this.fs.list(`${this.repo(name)}/_manifests/tags`);
  }
}
