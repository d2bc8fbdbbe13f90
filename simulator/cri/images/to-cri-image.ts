// How the CRI plugin presents a store image (containerd 1.6 pkg/cri/server/image_status.go):
// toCRIImage — tags and digests parsed out of its references, its compressed size, the user
// of its config split into uid or username — and the verbose info, `{"chainID", "imageSpec"}`
// marshalled by Go's encoding/json in the struct's field order.

import type { Image } from '../api/runtime-v1';
import type { OciImageConfig } from '../../oci/documents';
import type { VerboseInfo } from '../api/services';
import { formatNamed, parseAnyReference } from './docker-reference';
import type { CriImage } from './image-store';

/** parseImageReferences: canonical names are digests, tagged ones tags; ids and junk dropped. */
function tagsAndDigests(refs: readonly string[]): { repoTags: string[]; repoDigests: string[] } {
  const repoTags: string[] = [];
  const repoDigests: string[] = [];
  for (const ref of refs) {
    let any;
    try {
      any = parseAnyReference(ref);
    } catch {
      continue;
    }
    if (any.kind !== 'named') continue;
    if (any.digest) repoDigests.push(formatNamed(any));
    else if (any.tag) repoTags.push(formatNamed(any));
  }
  return { repoTags, repoDigests };
}

/** getUserFromImage: "1000:1000" → uid 1000; "nginx" → username; "" → neither. */
function userOf(user: string | undefined): { uid?: string; username: string } {
  if (!user) return { username: '' };
  const name = user.split(':')[0] ?? '';
  if (/^[+-]?\d+$/.test(name)) {
    const n = BigInt(name);
    if (n >= -(2n ** 63n) && n < 2n ** 63n) return { uid: n.toString(), username: '' };
  }
  return { username: name };
}

/** toCRIImage. `pinned` is never set by 1.6 (the field exists in cri-api 0.26). */
export function toCriImage(image: CriImage): Image {
  const { repoTags, repoDigests } = tagsAndDigests(image.references);
  const { uid, username } = userOf(image.imageSpec.config?.User);
  return {
    id: image.id,
    repoTags,
    repoDigests,
    size: String(image.size),
    ...(uid !== undefined ? { uid: { value: uid } } : {}),
    username,
    pinned: false,
  };
}

/** Go's json.Marshal string: HTML-safe escapes and the two line separators as \u escapes. */
function goString(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

type Field = [key: string, value: unknown, omitEmpty: boolean];

function goValue(v: unknown): string {
  if (typeof v === 'string') return goString(v);
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map(goValue).join(',')}]`;
  const keys = Object.keys(v as object).sort();
  return `{${keys.map((k) => `${goString(k)}:${goValue((v as Record<string, unknown>)[k])}`).join(',')}}`;
}

function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === '' || v === false || v === 0) return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object') return Object.keys(v as object).length === 0;
  return false;
}

/** A Go struct: fields in order, `omitempty` ones left out when empty. */
function goStruct(fields: readonly Field[]): string {
  const parts = fields.filter(([, v, omit]) => !(omit && isEmpty(v))).map(([k, v]) => `${goString(k)}:${typeof v === 'string' && v.startsWith('\0') ? v.slice(1) : goValue(v)}`);
  return `{${parts.join(',')}}`;
}

/** A pre-marshalled value to embed in goStruct. */
const raw = (json: string): string => `\0${json}`;

/** imagespec.Image (image-spec v1.1.0-rc2) as encoding/json writes it. */
function imageSpecJson(spec: OciImageConfig & { author?: string; 'os.version'?: string; 'os.features'?: string[] }): string {
  const c = spec.config ?? {};
  const config = goStruct([
    ['User', c.User, true],
    ['ExposedPorts', c.ExposedPorts, true],
    ['Env', c.Env, true],
    ['Entrypoint', c.Entrypoint, true],
    ['Cmd', c.Cmd, true],
    ['Volumes', c.Volumes, true],
    ['WorkingDir', c.WorkingDir, true],
    ['Labels', c.Labels, true],
    ['StopSignal', c.StopSignal, true],
    ['ArgsEscaped', (c as { ArgsEscaped?: boolean }).ArgsEscaped, true],
  ]);
  const rootfs = goStruct([
    ['type', spec.rootfs.type, false],
    ['diff_ids', spec.rootfs.diff_ids, false],
  ]);
  const history = (spec.history ?? []).map((h) =>
    goStruct([
      ['created', h.created, true],
      ['created_by', h.created_by, true],
      ['author', (h as { author?: string }).author, true],
      ['comment', h.comment, true],
      ['empty_layer', h.empty_layer, true],
    ]),
  );
  return goStruct([
    ['created', spec.created, true],
    ['author', spec.author, true],
    ['architecture', spec.architecture, false],
    ['variant', spec.variant, true],
    ['os', spec.os, false],
    ['os.version', spec['os.version'], true],
    ['os.features', spec['os.features'], true],
    // `omitempty` never leaves out a struct.
    ['config', raw(config), false],
    ['rootfs', raw(rootfs), false],
    ['history', history.length === 0 ? undefined : raw(`[${history.join(',')}]`), true],
  ]);
}

/** toCRIImageInfo: nothing unless verbose; then `info` = {"chainID":…,"imageSpec":…}. */
export function verboseImageInfo(image: CriImage, verbose: boolean): VerboseInfo {
  if (!verbose) return {};
  return { info: `{"chainID":${goString(image.chainId)},"imageSpec":${imageSpecJson(image.imageSpec)}}` };
}
