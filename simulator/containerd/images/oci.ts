// The OCI / Docker JSON documents an image is made of, as far as containerd reads them. The
// blobs keep their exact text; these types are for reading fields out of it.

import type { Descriptor, Platform } from '../metadata/schema';
import { invalidArgument } from '../errdefs';

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

export function parseIndex(text: string): OciIndex {
  const o = parseObject(text, 'index');
  return { ...(o as unknown as OciIndex), manifests: Array.isArray(o.manifests) ? (o.manifests as Descriptor[]) : [] };
}

export function parseManifest(text: string): OciManifest {
  const o = parseObject(text, 'manifest');
  const m = o as unknown as OciManifest;
  return { ...m, layers: Array.isArray(o.layers) ? (o.layers as Descriptor[]) : [] };
}

export function parseImageConfig(text: string): OciImageConfig {
  const o = parseObject(text, 'image config') as unknown as OciImageConfig;
  return { ...o, rootfs: o.rootfs ?? { type: 'layers', diff_ids: [] } };
}

/** The platform an image config declares (os/architecture/variant). */
export function configPlatform(config: OciImageConfig): Platform {
  return config.variant
    ? { os: config.os, architecture: config.architecture, variant: config.variant }
    : { os: config.os, architecture: config.architecture };
}
