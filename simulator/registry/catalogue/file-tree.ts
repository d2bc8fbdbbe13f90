// A tiny builder for layer file lists (path → LayerFile): directories are added for every
// parent automatically, so a layer reads like the output of `tar t` of the real one.

import type { LayerFile } from '../../oci/blob';

export type FileTree = Record<string, LayerFile>;

export class TreeBuilder {
  readonly files: FileTree = {};

  dir(path: string, mode = 0o755): this {
    const parts = path.split('/').filter(Boolean);
    for (let i = 1; i <= parts.length; i++) {
      const p = `/${parts.slice(0, i).join('/')}`;
      if (!this.files[p]) this.files[p] = { kind: 'dir', mode: i === parts.length ? mode : 0o755 };
    }
    return this;
  }

  private parent(path: string): void {
    const cut = path.lastIndexOf('/');
    if (cut > 0) this.dir(path.slice(0, cut));
  }

  /** A small text file (its text is its content). */
  file(path: string, content: string, mode = 0o644): this {
    this.parent(path);
    this.files[path] = { kind: 'file', content, mode, size: content.length };
    return this;
  }

  /** A binary: content is a stand-in marker, `size` the real size. */
  binary(path: string, size: number, mode = 0o755): this {
    this.parent(path);
    this.files[path] = { kind: 'file', content: `\x7fELF ${path}\n`, mode, size };
    return this;
  }

  link(path: string, target: string): this {
    this.parent(path);
    this.files[path] = { kind: 'symlink', content: target, mode: 0o777 };
    return this;
  }
}
