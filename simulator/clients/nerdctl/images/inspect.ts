// `nerdctl image inspect` (cmd/nerdctl/image_inspect.go, pkg/imageinspector and
// pkg/inspecttypes/dockercompat ImageFromNative @v0.22.2): per request every image the walker
// finds, as Docker's image JSON — Id the platform's config digest (not the containerd target),
// RepoTags/RepoDigests from the name, Comment/Created/Author from the last history entry,
// Config's fields with Go's omitempty, RootFS, and Metadata's zero LastTagTime — printed
// through formatSlice. `inspectImages` is also what the top-level `nerdctl inspect` calls for
// an image (inspect.go:118-123). A request nothing matches is `N errors: [no such object: x]`.

import type { ImageRecord, NamespacedClient } from '../../../containerd/client/index';
import type { Platform } from '../../../oci/descriptor';
import { DEFAULT_PLATFORM, parsePlatform } from '../../../oci/platform';
import { goMap, goStruct } from '../../../go/template/index';
import { formatSlice } from '../format/format-slice';
import { clientOf, type NerdctlCommand, type NerdctlContext } from '../nerdctl-env';
import { nativeImage } from './native';
import { readConfig } from './image-info';
import { walkImages } from './image-walker';
import { parseRepoTag } from './reference';

/** Go's RFC3339Nano of an RFC 3339 text: trailing zeros of the fraction dropped. */
function rfc3339Nano(iso: string): string {
  return iso.replace(/\.(\d*?)0+(?=Z|[+-]\d\d:\d\d$)/, (_m, d: string) => (d === '' ? '' : `.${d}`));
}

function sortedMap<T>(m: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.keys(m).sort().map((k) => [k, m[k] as T]));
}

/** dockercompat.Image for one image on one platform. */
function dockercompatImage(c: NerdctlContext, client: NamespacedClient, image: ImageRecord, platform: Platform): Record<string, unknown> {
  let id = '';
  let oci: import('./image-info').ImageConfigDoc = {};
  try {
    const read = readConfig(client, image.target, platform);
    id = read.descriptor.digest;
    oci = read.config;
  } catch (err) {
    c.env.log.warn('failed to inspect image config', { error: (err as Error).message, id: image.name });
  }
  const history = oci.history ?? [];
  const last = history[history.length - 1];
  const cfg = (oci.config ?? {}) as Record<string, unknown>;
  const config: Record<string, unknown> = {};
  if (typeof cfg.User === 'string' && cfg.User !== '') config.User = cfg.User;
  config.AttachStdin = false;
  const exposed = (cfg.ExposedPorts ?? {}) as Record<string, unknown>;
  if (Object.keys(exposed).length > 0) config.ExposedPorts = goMap(sortedMap(Object.fromEntries(Object.keys(exposed).map((k) => [k, goStruct({}, 'struct {}')]))), 'nat.PortSet', 'map[nat.Port]struct {}');
  if (Array.isArray(cfg.Env) && cfg.Env.length > 0) config.Env = cfg.Env;
  if (Array.isArray(cfg.Cmd) && cfg.Cmd.length > 0) config.Cmd = cfg.Cmd;
  const volumes = cfg.Volumes as Record<string, unknown> | undefined;
  if (volumes && Object.keys(volumes).length > 0) config.Volumes = goMap(sortedMap(Object.fromEntries(Object.keys(volumes).map((k) => [k, goStruct({}, 'struct {}')]))), 'map[string]struct {}');
  if (typeof cfg.WorkingDir === 'string' && cfg.WorkingDir !== '') config.WorkingDir = cfg.WorkingDir;
  if (Array.isArray(cfg.Entrypoint) && cfg.Entrypoint.length > 0) config.Entrypoint = cfg.Entrypoint;
  const labels = cfg.Labels as Record<string, string> | undefined;
  if (labels && Object.keys(labels).length > 0) config.Labels = goMap(sortedMap(labels), 'map[string]string');
  const { repository, tag } = parseRepoTag(image.name);
  const rootfs: Record<string, unknown> = { Type: oci.rootfs?.type ?? '' };
  const layers = oci.rootfs?.diff_ids ?? [];
  if (layers.length > 0) rootfs.Layers = layers;
  const out = goStruct({
    Id: id,
    RepoTags: [`${repository}:${tag}`],
    RepoDigests: [`${repository}@${image.target.digest}`],
    Comment: last?.comment ?? '',
    Created: last?.created ? rfc3339Nano(last.created) : '',
    Author: last?.author ?? '',
    Config: goStruct(config, '*dockercompat.Config'),
    Architecture: oci.architecture ?? '',
    Os: oci.os ?? '',
    RootFS: goStruct(rootfs, 'dockercompat.RootFS'),
    Metadata: goStruct({ LastTagTime: '0001-01-01T00:00:00Z' }, 'dockercompat.ImageMetadata'),
  }, '*dockercompat.Image');
  // The Go field is ID (its JSON key Id): templates reach it as {{.ID}}; JSON never shows it.
  Object.defineProperty(out, 'ID', { value: id, enumerable: false });
  return out;
}

/**
 * imageInspectActionWithPlatform: the images `refs` name, printed with the command's --format
 * (and --mode). Throws `N errors: [...]` for requests that match nothing.
 */
export function inspectImages(c: NerdctlContext, refs: readonly string[], platformSpec = ''): void {
  const platform = platformSpec === '' ? DEFAULT_PLATFORM : parsePlatform(platformSpec);
  const client = clientOf(c);
  const mode = c.isSet('mode') ? c.string('mode') : 'dockercompat';
  const entries: unknown[] = [];
  const errs: string[] = [];
  for (const req of refs) {
    const found = walkImages(client, req);
    if (found.length === 0) {
      errs.push(`no such object: ${req}`);
      continue;
    }
    for (const image of found) {
      if (mode === 'native') entries.push(nativeImage(c, client, image, platform));
      else if (mode === 'dockercompat') entries.push(dockercompatImage(c, client, image, platform));
      else throw new Error(`unknown mode ${JSON.stringify(mode)}`);
    }
  }
  if (errs.length > 0) throw new Error(`${errs.length} errors: [${errs.join(' ')}]`);
  formatSlice(c, entries);
}

export const imageInspectCommand: NerdctlCommand = {
  name: 'inspect',
  argsUsage: '[OPTIONS] IMAGE [IMAGE...]',
  usage: 'Display detailed information on one or more images.',
  description: 'Hint: set `--mode=native` for showing the full output',
  args: { min: 1 },
  flags: [
    { names: ['mode'], kind: 'string', usage: 'Inspect mode, "dockercompat" for Docker-compatible output, "native" for containerd-native output', value: 'dockercompat' },
    { names: ['format', 'f'], kind: 'string', usage: "Format the output using the given Go template, e.g, '{{json .}}'" },
    { names: ['platform'], kind: 'string', usage: 'Inspect a specific platform' },
  ],
  action: (c) => inspectImages(c, c.args, c.string('platform')),
};
