// The docker CLI's contexts (docker/cli 20.10 cli/context/store,
// cli/command/defaultcontextstore.go,
// cli/command/cli.go resolveContextName): each context's meta.json under
// <config dir>/contexts/meta/<sha256 of its name>/, the current one named by config.json's
// `currentContext`. The `default` context lives in memory only: the DOCKER_HOST (or -H) endpoint,
// else the default socket. Files on node1's VFS, as on a real node.

import { exists, mkdir, readdir, readFile, rm, writeFile } from '../../../host/vfs';
import { digestText } from '../../../oci/digest';
import { DOCKER_HOST } from '../../../dockerd/index';
import { configPath } from '../docker-config';
import type { DockerContext } from '../docker-types';

export const DEFAULT_CONTEXT = 'default';

/** One context's metadata as meta.json holds it and `docker context inspect` shows it. */
export interface ContextMeta {
  Name: string;
  Metadata: { Description?: string; StackOrchestrator?: string };
  Endpoints: { docker?: { Host: string; SkipTLSVerify: boolean } };
}

/** validateContextName's pattern (cli/command/context/create.go). */
export const CONTEXT_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$/;

function configDir(c: DockerContext): string {
  const path = configPath(c);
  return path.slice(0, path.lastIndexOf('/'));
}

function metaDir(c: DockerContext): string {
  return `${configDir(c)}/contexts/meta`;
}

function metaPath(c: DockerContext, name: string): string {
  return `${metaDir(c)}/${digestText(name).slice('sha256:'.length)}/meta.json`;
}

/** DOCKER_HOST as the CLI reads it: an empty value is none. */
export function dockerHostEnv(c: DockerContext): string | undefined {
  const value = c.io.environ.DOCKER_HOST;
  return value === undefined || value === '' ? undefined : value;
}

/** The in-memory default context: -H, else DOCKER_HOST, else the default socket. */
function defaultContext(c: DockerContext): ContextMeta {
  const host = c.stringSlice('host')[0] ?? dockerHostEnv(c) ?? DOCKER_HOST;
  return {
    Name: DEFAULT_CONTEXT,
    Metadata: { StackOrchestrator: 'swarm' },
    Endpoints: { docker: { Host: host, SkipTLSVerify: false } },
  };
}

/** A stored context, the default one, or undefined. */
export function loadContext(c: DockerContext, name: string): ContextMeta | undefined {
  if (name === DEFAULT_CONTEXT) return defaultContext(c);
  const files = c.env.node.state.host.files;
  const path = metaPath(c, name);
  if (!exists(files, path)) return undefined;
  try {
    return JSON.parse(readFile(files, path)) as ContextMeta;
  } catch {
    return undefined;
  }
}

/** Every context, the default one included, sorted by name (as `docker context ls` lists them). */
export function listContexts(c: DockerContext): ContextMeta[] {
  const files = c.env.node.state.host.files;
  const dir = metaDir(c);
  const stored = exists(files, dir) ? readdir(files, dir).flatMap((id) => {
    const path = `${dir}/${id}/meta.json`;
    if (!exists(files, path)) return [];
    try {
      return [JSON.parse(readFile(files, path)) as ContextMeta];
    } catch {
      return [];
    }
  }) : [];
  return [defaultContext(c), ...stored].sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0));
}

/** meta.json's text as the store writes it (json.Marshal: one line, no newline, the fields in struct order). */
export function metaJson(meta: ContextMeta): string {
  const metadata = { ...(meta.Metadata.Description ? { Description: meta.Metadata.Description } : {}), ...(meta.Metadata.StackOrchestrator ? { StackOrchestrator: meta.Metadata.StackOrchestrator } : {}) };
  return JSON.stringify({ Name: meta.Name, Metadata: metadata, Endpoints: meta.Endpoints });
}

/** Writes meta.json as the store does. */
export function saveContext(c: DockerContext, meta: ContextMeta): void {
  const files = c.env.node.state.host.files;
  const path = metaPath(c, meta.Name);
  const now = c.env.node.nowMs();
  mkdir(files, path.slice(0, path.lastIndexOf('/')), { parents: true, mode: 0o755, mtimeMs: now });
  writeFile(files, path, metaJson(meta), { mode: 0o644, mtimeMs: now });
}

export function removeContext(c: DockerContext, name: string): void {
  const path = metaPath(c, name);
  rm(c.env.node.state.host.files, path.slice(0, path.lastIndexOf('/')), { recursive: true, force: true, mtimeMs: c.env.node.nowMs() });
}

/** Where the store keeps a context (inspect's Storage); the default one is in memory. */
export function storagePaths(c: DockerContext, name: string): { MetadataPath: string; TLSPath: string } {
  if (name === DEFAULT_CONTEXT) return { MetadataPath: '<IN MEMORY>', TLSPath: '<IN MEMORY>' };
  const id = digestText(name).slice('sha256:'.length);
  return { MetadataPath: `${metaDir(c)}/${id}`, TLSPath: `${configDir(c)}/contexts/tls/${id}` };
}

/**
 * resolveContextName: --context, else `default` when -H or DOCKER_HOST is given, else
 * DOCKER_CONTEXT, else config.json's currentContext, else `default`.
 */
export function currentContextName(c: DockerContext, config: Readonly<Record<string, unknown>>): string {
  const flag = c.string('context');
  if (flag !== '') return flag;
  // os.LookupEnv: a DOCKER_HOST that is set, even empty, means the default context.
  if (c.stringSlice('host').length > 0 || c.io.environ.DOCKER_HOST !== undefined) return DEFAULT_CONTEXT;
  const env = c.io.environ.DOCKER_CONTEXT;
  if (env !== undefined && env !== '') return env;
  return typeof config.currentContext === 'string' && config.currentContext !== '' ? config.currentContext : DEFAULT_CONTEXT;
}

/** The warning `context ls` and `context use` print while DOCKER_HOST overrides the context. */
export function dockerHostWarning(c: DockerContext, use?: string): string {
  if (dockerHostEnv(c) === undefined) return '';
  const what = use === undefined ? 'a context' : `"${use}"`;
  return `Warning: DOCKER_HOST environment variable overrides the active context. To use ${what}, either set the global --context flag, or unset DOCKER_HOST environment variable.\n`;
}
