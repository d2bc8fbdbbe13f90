// The OCI / Docker JSON documents an image is made of, as far as containerd reads them. The
// blobs keep their exact text; these types are for reading fields out of it.

import type { Descriptor, Platform } from './descriptor';
import { invalidArgument } from '../errdefs/errdefs';

export interface OciIndex {
  schemaVersion: number;
  mediaType?: string;
  manifests: Descriptor[];
  annotations?: Record<string, string>;
}

export interface OciManifest {
  schemaVersion: number;
  mediaType?: string;
  config: Descriptor;
  layers: Descriptor[];
  annotations?: Record<string, string>;
}

/** The runtime part of an image config (`config` key), with the keys Docker writes. */
export interface OciRunConfig {
  User?: string;
  ExposedPorts?: Record<string, Record<string, never>>;
  Env?: string[];
  Entrypoint?: string[];
  Cmd?: string[];
  Volumes?: Record<string, Record<string, never>>;
  WorkingDir?: string;
  Labels?: Record<string, string>;
  StopSignal?: string;
}

export interface OciImageConfig {
  architecture: string;
  os: string;
  variant?: string;
  created?: string;
  config?: OciRunConfig;
  rootfs: { type: string; diff_ids: string[] };
  history?: Array<{ created?: string; created_by?: string; empty_layer?: boolean; comment?: string }>;
}

function parseObject(text: string, what: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalidArgument(`failed to unmarshal ${what}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalidArgument(`failed to unmarshal ${what}`);
  return value as Record<string, unknown>;
}

/**
 * Blobs are immutable by digest and their text is kept exactly, so a document parsed once is
 * the same document every time: listings that walk one target for thousands of tags, and every
 * command that resolves an image, reuse the parse. A pure memo of a pure function, bounded;
 * the parsed objects are frozen so no caller can change what another one reads.
 */
const MEMO_LIMIT = 512;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function memoized<T>(parse: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    const hit = memo.get(text);
    if (hit !== undefined) return hit;
    const value = deepFreeze(parse(text));
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, value);
    return value;
  };
}

/** An image index (or Docker manifest list). Frozen: copy before changing. Throws invalidArgument. */
export const parseIndex = memoized((text: string): OciIndex => {
  const o = parseObject(text, 'index');
  return { ...(o as unknown as OciIndex), manifests: Array.isArray(o.manifests) ? (o.manifests as Descriptor[]) : [] };
});

/** An image manifest. Frozen: copy before changing. Throws invalidArgument. */
export const parseManifest = memoized((text: string): OciManifest => {
  const o = parseObject(text, 'manifest');
  const m = o as unknown as OciManifest;
  return { ...m, layers: Array.isArray(o.layers) ? (o.layers as Descriptor[]) : [] };
});

/** An image config. Frozen: copy before changing. Throws invalidArgument. */
export const parseImageConfig = memoized((text: string): OciImageConfig => {
  const o = parseObject(text, 'image config') as unknown as OciImageConfig;
  return { ...o, rootfs: o.rootfs ?? { type: 'layers', diff_ids: [] } };
});

/** The platform an image config declares (os/architecture/variant). */
export function configPlatform(config: OciImageConfig): Platform {
  return config.variant
    ? { os: config.os, architecture: config.architecture, variant: config.variant }
    : { os: config.os, architecture: config.architecture };
}
