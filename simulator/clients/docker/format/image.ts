// formatter.imageContext (docker/cli@v20.10.24 cli/command/formatter/image.go): the columns
// `docker images --format` offers, the header row of `table` formats, and NewImageFormat's
// `table` (with DIGEST for --digests) and `raw` formats.

import { humanSizeWithPrecision } from '../../../cli/units';
import { humanDuration, type ImageSummary } from '../../../dockerd/index';
import { rowContext } from './raw-json';
import { goTimeString, truncateId } from './text';

export const IMAGE_HEADER = {
  ID: 'IMAGE ID',
  Repository: 'REPOSITORY',
  Tag: 'TAG',
  Digest: 'DIGEST',
  CreatedSince: 'CREATED',
  CreatedAt: 'CREATED AT',
  Size: 'SIZE',
  Containers: 'CONTAINERS',
  // image.go: VirtualSize's column is headed SIZE too (real 20.10.24 prints `SIZE … SIZE`).
  VirtualSize: 'SIZE',
  SharedSize: 'SHARED SIZE',
  UniqueSize: 'UNIQUE SIZE',
};

const TABLE = 'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}';
const DIGEST_TABLE = 'table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}';
const RAW = 'repository: {{ .Repository }}\ntag: {{.Tag}}\nimage_id: {{.ID}}\ncreated_at: {{.CreatedAt}}\nvirtual_size: {{.Size}}\n';
const DIGEST_RAW = 'repository: {{ .Repository }}\ntag: {{.Tag}}\ndigest: {{.Digest}}\nimage_id: {{.ID}}\ncreated_at: {{.CreatedAt}}\nvirtual_size: {{.Size}}\n';

/** NewImageFormat(source, quiet, digest). */
export function imageFormat(source: string, quiet: boolean, digest: boolean): string {
  if (source === 'table') return quiet ? '{{.ID}}' : digest ? DIGEST_TABLE : TABLE;
  if (source === 'raw') return quiet ? 'image_id: {{.ID}}' : digest ? DIGEST_RAW : RAW;
  return source;
}

/** One `docker images` row: an image under one repository, tag and digest. */
export interface ImageRow {
  image: ImageSummary;
  repo: string;
  tag: string;
  digest: string;
}

/** formatter.imageContext: one row; per-row data in private fields. */
class ImageRowContext {
  readonly #row: ImageRow;
  readonly #trunc: boolean;
  readonly #nowMs: number;

  constructor(row: ImageRow, trunc: boolean, nowMs: number) {
    this.#row = row;
    this.#trunc = trunc;
    this.#nowMs = nowMs;
  }

  ID(): string {
    return this.#trunc ? truncateId(this.#row.image.Id) : this.#row.image.Id;
  }

  Repository(): string {
    return this.#row.repo;
  }

  Tag(): string {
    return this.#row.tag;
  }

  Digest(): string {
    return this.#row.digest;
  }

  CreatedSince(): string {
    return `${humanDuration(this.#nowMs - this.#row.image.Created * 1000)} ago`;
  }

  CreatedAt(): string {
    return goTimeString(this.#row.image.Created * 1000);
  }

  Size(): string {
    return humanSizeWithPrecision(this.#row.image.Size, 3);
  }

  Containers(): string {
    return this.#row.image.Containers === -1 ? 'N/A' : String(this.#row.image.Containers);
  }

  VirtualSize(): string {
    // units.HumanSize: precision 4 (`1.984MB` where Size says `1.98MB`).
    return humanSizeWithPrecision(this.#row.image.VirtualSize, 4);
  }

  SharedSize(): string {
    return this.#row.image.SharedSize === -1 ? 'N/A' : humanSizeWithPrecision(this.#row.image.SharedSize, 3);
  }

  UniqueSize(): string {
    const { SharedSize: shared, Size: size } = this.#row.image;
    return shared === -1 ? 'N/A' : humanSizeWithPrecision(size - shared, 3);
  }
}

export function imageContext(row: ImageRow, trunc: boolean, nowMs: number): ImageRowContext {
  return rowContext(new ImageRowContext(row, trunc, nowMs), '*formatter.imageContext');
}
