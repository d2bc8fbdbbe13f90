// `docker images` / `docker image ls` (docker/cli 20.10 cli/command/image/list.go and
// formatter/image.go): one row per repository:tag of each image (and, with --digests, per
// digest of a repository without a tag), `<none>` where there is nothing; -q prints the ids,
// --format a Go template per row (`table` for a header and tabwriter columns). Filters and the
// REPOSITORY[:TAG] pattern go to the daemon, which picks the images and references.

import type { FlagSpec } from '../../../cli/spec';
import { formatDockerRows } from '../../../go/template/index';
import type { ImageSummary } from '../../../dockerd/index';
import { daemonOf, type DockerCommand, type DockerContext } from '../docker-env';
import { filterArgs } from '../format/filters';
import { IMAGE_HEADER, imageContext, imageFormat, type ImageRow } from '../format/image';
import { configString } from '../docker-config';

/** Splits `repo:tag` / `repo@digest` at the last separator that is not part of a host:port. */
function splitRef(ref: string, sep: ':' | '@'): [string, string] {
  const at = ref.lastIndexOf(sep);
  if (at < 0 || (sep === ':' && ref.slice(at).includes('/'))) return [ref, ''];
  return [ref.slice(0, at), ref.slice(at + 1)];
}

/** imageFormat (formatter/image.go): the rows of one image. */
function rowsOf(image: ImageSummary, showDigests: boolean): ImageRow[] {
  const tags = new Map<string, string[]>();
  const digests = new Map<string, string[]>();
  for (const ref of image.RepoTags) {
    const [repo, tag] = splitRef(ref, ':');
    tags.set(repo, [...(tags.get(repo) ?? []), tag]);
  }
  for (const ref of image.RepoDigests) {
    const [repo, digest] = splitRef(ref, '@');
    digests.set(repo, [...(digests.get(repo) ?? []), digest]);
  }
  const repos = [...new Set([...tags.keys(), ...digests.keys()])];
  if (repos.length === 0) return [{ image, repo: '<none>', tag: '<none>', digest: '<none>' }];
  const rows: ImageRow[] = [];
  for (const repo of repos) {
    const repoTags = tags.get(repo) ?? [];
    const repoDigests = digests.get(repo) ?? [];
    if (repoTags.length === 0 && repoDigests.length > 0 && showDigests) {
      for (const digest of repoDigests) rows.push({ image, repo, tag: '<none>', digest });
      continue;
    }
    const digest = repoDigests[0] ?? '<none>';
    for (const tag of repoTags.length > 0 ? repoTags : ['<none>']) rows.push({ image, repo, tag, digest });
  }
  return rows;
}

function action(c: DockerContext): void {
  const daemon = daemonOf(c);
  // list.go: a REPOSITORY[:TAG] argument is one more `reference` filter, matched by the daemon.
  const filters = filterArgs(c.stringSlice('filter'));
  const wanted = c.args[0];
  if (wanted !== undefined) filters.set('reference', [...(filters.get('reference') ?? []), wanted]);
  const images = daemon.images.list({ filters, all: c.bool('all') });
  const showDigests = c.bool('digests');
  // NewImageFormat: -q shortens only the named formats; a custom one stands (20.10.24).
  // list.go: without --format, config.json's imagesFormat unless -q.
  const configured = c.bool('quiet') ? '' : configString(c, 'imagesFormat');
  const source = c.string('format') || configured || 'table';
  const format = imageFormat(source, c.bool('quiet'), showDigests);
  const now = c.env.node.nowMs();
  const rows = images.flatMap((image) => rowsOf(image, showDigests));
  // -q prints one id per row, so an image with two tags shows twice (as recorded).
  c.io.stdout(formatDockerRows({ format, rows: rows.map((r) => imageContext(r, !c.bool('no-trunc'), now)), header: IMAGE_HEADER }));
}

const imageListFlags: FlagSpec[] = [
  { names: ['all', 'a'], kind: 'bool', usage: 'Show all images (default hides intermediate images)' },
  { names: ['digests'], kind: 'bool', usage: 'Show digests' },
  { names: ['filter', 'f'], kind: 'stringArray', typeName: 'filter', usage: 'Filter output based on conditions provided' },
  { names: ['format'], kind: 'string', usage: 'Pretty-print images using a Go template' },
  { names: ['no-trunc'], kind: 'bool', usage: "Don't truncate output" },
  { names: ['quiet', 'q'], kind: 'bool', usage: 'Only show image IDs' },
];

/** `docker image ls` (aliases ls, list). */
export const imageLsCommand: DockerCommand = {
  name: 'ls',
  aliases: ['list'],
  argsUsage: '[OPTIONS] [REPOSITORY[:TAG]]',
  usage: 'List images',
  args: { max: 1 },
  flags: imageListFlags,
  action,
};

/** `docker images`, the shortcut. */
export const imagesCommand: DockerCommand = { ...imageLsCommand, name: 'images', aliases: [] };
