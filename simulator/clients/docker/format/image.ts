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
  VirtualSize: 'VIRTUAL SIZE',
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

export function imageContext(row: ImageRow, trunc: boolean, nowMs: number) {
  const { image } = row;
  const shared = image.SharedSize;
  return rowContext(
    {
      ID: () => (trunc ? truncateId(image.Id) : image.Id),
      Repository: () => row.repo,
      Tag: () => row.tag,
      Digest: () => row.digest,
      CreatedSince: () => `${humanDuration(nowMs - image.Created * 1000)} ago`,
      CreatedAt: () => goTimeString(image.Created * 1000),
      Size: () => humanSizeWithPrecision(image.Size, 3),
      Containers: () => (image.Containers === -1 ? 'N/A' : String(image.Containers)),
      VirtualSize: () => humanSizeWithPrecision(image.VirtualSize, 3),
      SharedSize: () => (shared === -1 ? 'N/A' : humanSizeWithPrecision(shared, 3)),
      UniqueSize: () => (shared === -1 ? 'N/A' : humanSizeWithPrecision(image.Size - shared, 3)),
    },
    '*formatter.imageContext',
  );
}
