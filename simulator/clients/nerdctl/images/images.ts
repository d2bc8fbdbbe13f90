// `nerdctl images` / `nerdctl image ls` (cmd/nerdctl/images.go@v0.22.2): one row per platform
// an image has content for — REPOSITORY TAG [DIGEST] IMAGE ID CREATED PLATFORM SIZE BLOB SIZE
// through tabwriter (4, 8, 4, ' '), the ID the target digest's first 12 hex (not the config
// digest, unlike Docker), SIZE the unpacked snapshots and BLOB SIZE the content, both as
// containerd's progress.Bytes ("7.3 MiB"). -q prints ids, --names a NAME column, --format
// wide adds DIGEST, any other format is a Go template per row (`json` = `{{json .}}`).
// 0.22 has no --filter; the one argument is a name (also in its normalized form).

import { humanDuration, progressBytes } from '../../../cli/units';
import type { ImageRecord, NamespacedClient } from '../../../containerd/client/index';
import { tabwrite } from '../../../cli/tabwriter';
import type { Platform } from '../../../oci/descriptor';
import { parseIndex } from '../../../oci/documents';
import { isIndexType } from '../../../oci/media-types';
import { DEFAULT_PLATFORM, formatPlatform, onlyPlatforms } from '../../../oci/platform';
import { GoTemplateError, goStruct } from '../../../go/template/index';
import { fprintfLine, parseNerdctlTemplate } from '../format/template';
import { clientOf, globalOptions, type NerdctlCommand, type NerdctlContext } from '../nerdctl-env';
import { readConfig, unpackedSize } from './image-info';
import { normalizeRef, parseRepoTag } from './reference';

const LONG = `List images

Properties:
- REPOSITORY: Repository
- TAG:        Tag
- NAME:       Name of the image, --names for skip parsing as repository and tag.
- IMAGE ID:   OCI Digest. Usually different from Docker image ID. Shared for multi-platform images.
- CREATED:    Created time
- PLATFORM:   Platform
- SIZE:       Size of the unpacked snapshots
- BLOB SIZE:  Size of the blobs (such as layer tarballs) in the content store
`;

/** imagePrintable, its fields in Go's order (what `{{json .}}` prints). */
interface ImagePrintable {
  CreatedAt: string;
  CreatedSince: string;
  Digest: string;
  ID: string;
  Repository: string;
  Tag: string;
  Name: string;
  Size: string;
  BlobSize: string;
  Platform: string;
}

/** time.Time.Round(time.Second).Local().String() on a UTC node: `2026-12-04 22:00:00 +0000 UTC`. */
function goLocalTime(iso: string): string {
  const ms = Math.round(Date.parse(iso) / 1000) * 1000;
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000 UTC`;
}

/** formatter.TimeSinceInHuman: go-units HumanDuration of now − since, plus " ago". */
export function timeSinceInHuman(nowMs: number, iso: string): string {
  return `${humanDuration(nowMs - Date.parse(iso))} ago`;
}

/**
 * The platforms of an index whose manifest blob is absent: images.Check answers "not
 * available" for them without more reading (most platforms of a pulled multi-arch image).
 */
function absentPlatforms(client: NamespacedClient, img: ImageRecord, present: ReadonlySet<string>): Set<string> {
  const absent = new Set<string>();
  if (!isIndexType(img.target.mediaType) || !present.has(img.target.digest)) return absent;
  const seen = new Set<string>();
  for (const m of parseIndex(client.content.read(img.target.digest).data ?? '{}').manifests) {
    if (!m.platform) continue;
    const key = formatPlatform(m.platform);
    // The first manifest of a platform is the one images.Manifest picks.
    if (seen.has(key)) continue;
    seen.add(key);
    if (!present.has(m.digest)) absent.add(key);
  }
  return absent;
}

/** printImageSinglePlatform's values, or undefined when the platform's content is not all there. */
function printable(c: NerdctlContext, client: NamespacedClient, img: ImageRecord, platform: Platform, noTrunc: boolean, namesFlag: boolean, absent: ReadonlySet<string>): ImagePrintable | undefined {
  const matcher = onlyPlatforms([platform]);
  if (absent.has(formatPlatform(platform))) return undefined;
  if (!client.images.check(img.target, matcher).available) return undefined;
  let configDigest = '';
  let diffIds: string[] = [];
  try {
    const { descriptor, config } = readConfig(client, img.target, platform);
    configDigest = descriptor.digest;
    diffIds = config.rootfs?.diff_ids ?? [];
  } catch (err) {
    c.env.log.warn(`failed to get config of image ${JSON.stringify(img.name)} for platform ${JSON.stringify(formatPlatform(platform))}`, { error: (err as Error).message });
  }
  // The CRI plugin names an image after its config digest too: that name is not parsed.
  const { repository, tag } = namesFlag || configDigest !== img.name ? parseRepoTag(img.name) : { repository: '', tag: '' };
  let blobSize = 0;
  try {
    blobSize = client.images.size(img.target, matcher);
  } catch (err) {
    c.env.log.warn(`failed to get blob size of image ${JSON.stringify(img.name)} for platform ${JSON.stringify(formatPlatform(platform))}`, { error: (err as Error).message });
  }
  const size = unpackedSize(client, globalOptions(c).snapshotter, diffIds);
  const digest = img.target.digest;
  return {
    CreatedAt: goLocalTime(img.createdAt),
    CreatedSince: timeSinceInHuman(c.env.node.nowMs(), img.createdAt),
    Digest: digest,
    ID: noTrunc ? digest : (digest.split(':')[1] ?? '').slice(0, 12),
    Repository: repository || '<none>',
    Tag: tag || '<none>',
    Name: img.name,
    Size: progressBytes(size),
    BlobSize: progressBytes(blobSize),
    Platform: formatPlatform(platform),
  };
}

/** printImages: the table, ids, or the template's lines for `images`. */
function printImages(c: NerdctlContext, images: readonly ImageRecord[]): void {
  const client = clientOf(c);
  const quiet = c.bool('quiet');
  const noTrunc = c.bool('no-trunc');
  const namesFlag = c.bool('names');
  const format = c.string('format');
  let digestsFlag = c.bool('digests') || format === 'wide';
  const table = format === '' || format === 'table' || format === 'wide';
  if (format === 'raw') throw new Error('unsupported format: "raw"');
  if (!table && quiet) throw new Error('format and quiet must not be specified together');
  if (!table) digestsFlag = false;
  // The template is parsed before any image is looked at: a parse error ends the command.
  const tmpl = table ? undefined : parseNerdctlTemplate(format);
  const rows: Array<{ row: ImagePrintable; image: string }> = [];
  const present = new Set(client.content.list().map((i) => i.digest));
  for (const img of images) {
    const absent = absentPlatforms(client, img, present);
    let platforms: Platform[];
    try {
      platforms = client.images.platforms(img.target);
    } catch (err) {
      c.env.log.warn(`failed to get the platform list of image ${JSON.stringify(img.name)}`, { error: (err as Error).message });
      platforms = [DEFAULT_PLATFORM];
    }
    for (const p of platforms) {
      const row = printable(c, client, img, p, noTrunc, namesFlag, absent);
      if (row) rows.push({ row, image: img.name });
    }
  }
  if (tmpl) {
    for (const { row, image } of rows) {
      try {
        c.io.stdout(fprintfLine(tmpl.execute(goStruct({ ...row }, 'main.imagePrintable'))));
      } catch (err) {
        // printImageSinglePlatform's error is a warning about that platform (images.go:220-224).
        if (!(err instanceof GoTemplateError)) throw err;
        c.env.log.warn(`failed to get platform ${JSON.stringify(row.Platform)} of image ${JSON.stringify(image)}`, { error: err.message });
      }
    }
    return;
  }
  if (quiet) {
    c.io.stdout(rows.map(({ row }) => `${row.ID}\n`).join(''));
    return;
  }
  let text = `${namesFlag ? 'NAME\t' : 'REPOSITORY\tTAG\t'}${digestsFlag ? 'DIGEST\t' : ''}IMAGE ID\tCREATED\tPLATFORM\tSIZE\tBLOB SIZE\n`;
  for (const { row: r } of rows) {
    text += `${namesFlag ? `${r.Name}\t` : `${r.Repository}\t${r.Tag}\t`}${digestsFlag ? `${r.Digest}\t` : ''}${r.ID}\t${r.CreatedSince}\t${r.Platform}\t${r.Size}\t${r.BlobSize}\n`;
  }
  c.io.stdout(tabwrite(text, { minwidth: 4, tabwidth: 8, padding: 4, padchar: ' ' }));
}

function imagesFlags() {
  return [
    { names: ['quiet', 'q'], kind: 'bool' as const, usage: 'Only show numeric IDs' },
    { names: ['no-trunc'], kind: 'bool' as const, usage: "Don't truncate output" },
    { names: ['format'], kind: 'string' as const, usage: "Format the output using the given Go template, e.g, '{{json .}}', 'wide'" },
    { names: ['digests'], kind: 'bool' as const, usage: 'Show digests (compatible with Docker, unlike ID)' },
    { names: ['names'], kind: 'bool' as const, usage: 'Show image names' },
    { names: ['all', 'a'], kind: 'bool' as const, usage: '(unimplemented yet, always true)', value: true },
  ];
}

async function imagesAction(c: NerdctlContext): Promise<void> {
  const filters: string[] = [];
  const arg = c.args[0];
  if (arg !== undefined) {
    filters.push(`name==${normalizeRef(arg)}`, `name==${arg}`);
  }
  const client = clientOf(c);
  printImages(c, client.images.list(filters));
}

export const imagesCommand: NerdctlCommand = {
  name: 'images',
  usage: 'List images',
  description: LONG,
  args: { max: 1 },
  flags: imagesFlags(),
  action: imagesAction,
};

/** `nerdctl image ls` (alias list): the same command under another name (image.go:55-60). */
export const imageLsCommand: NerdctlCommand = { ...imagesCommand, name: 'ls', aliases: ['list'] };
