// A context as `docker context export` writes it and `import` reads it (docker/cli 20.10
// cli/context/store/store.go Export, Import, importTar): a tar of meta.json (the stored JSON,
// mode 0644) and a `tls` directory (0700) with the context's TLS files, every header with uid 0
// and the epoch as its time. Export streams it through a pipe whose tar writer is never
// closed, so the archive has no end-of-archive blocks (recorded: 1536 bytes for a context
// without TLS files). Import takes meta.json (renamed to the new context) and refuses any file
// but it and tls/ ones; TLS files (which no context here has) and zip archives are not simulated.

import { CliError } from '../../../cli/cli-error';
import { NotSimulatedError } from '../../../cli/not-simulated';
import { readTar, TarError, writeTar } from '../../../host/tar';
import { type ContextMeta, metaJson } from './context-store';

export function exportArchive(meta: ContextMeta): string {
  const tar = writeTar([
    { name: 'meta.json', kind: 'file', content: metaJson(meta), mode: 0o644, mtime: 0 },
    { name: 'tls', kind: 'dir', mode: 0o700, mtime: 0, exactName: true },
  ]);
  // writeTar closes the archive with two zero blocks; the exporter's writer never does.
  return tar.slice(0, tar.length - 1024);
}

const DOCS = 'https://docs.docker.com/engine/reference/commandline/context_import/';

/** Go's json.Unmarshal error for text that is not a JSON object (the two cases a user meets). */
function jsonError(text: string): string {
  const first = text.trim()[0];
  return first === undefined ? 'unexpected end of JSON input' : `invalid character '${first}' looking for beginning of value`;
}

/** The context an archive holds, named `name`; CliError as the real import fails. */
export function importArchive(archive: string, name: string): ContextMeta {
  if (archive.startsWith('PK\u0003\u0004')) throw new NotSimulatedError('docker context import of a zip file', DOCS);
  let entries;
  try {
    entries = readTar(archive);
  } catch (err) {
    if (err instanceof TarError) throw new CliError(err.message, 1);
    throw err;
  }
  let meta: (typeof entries)[number] | undefined;
  let tls = false;
  for (const entry of entries) {
    if (entry.kind === 'dir') continue;
    if (entry.name === 'meta.json') meta = entry;
    else if (!entry.name.startsWith('tls/')) throw new CliError(`${entry.name}: unexpected context file`, 1);
    else tls = true;
  }
  if (tls && meta) throw new NotSimulatedError('docker context import with TLS files', DOCS);
  if (!meta) throw new CliError('invalid context: no metadata found', 1);
  let parsed: Partial<ContextMeta>;
  try {
    parsed = JSON.parse(meta.content ?? '') as Partial<ContextMeta>;
  } catch {
    throw new CliError(jsonError(meta.content ?? ''), 1);
  }
  if (typeof parsed !== 'object' || parsed === null) throw new CliError(jsonError(meta.content ?? ''), 1);
  const docker = parsed.Endpoints?.docker;
  return {
    Name: name,
    Metadata: { ...(parsed.Metadata?.Description ? { Description: parsed.Metadata.Description } : {}), ...(parsed.Metadata?.StackOrchestrator ? { StackOrchestrator: parsed.Metadata.StackOrchestrator } : {}) },
    Endpoints: docker ? { docker: { Host: String(docker.Host ?? ''), SkipTLSVerify: docker.SkipTLSVerify === true } } : {},
  };
}
