// `buildctl build` (cmd/buildctl/build.go@v0.10.4): --frontend dockerfile.v0 with its --local
// directories and --opt options, one --output exporter, --no-cache, --progress and
// --metadata-file. The local directories must exist (client/solve.go prepareSyncedDirs); the
// docker and oci tarballs go to `dest` or to stdout (never to a terminal); after a failure the
// Dockerfile lines the error points at are printed before `error: failed to solve: …`.

import { NotSimulatedError } from '../../cli/not-simulated';
import * as vfs from '../../host/vfs';
import { secretsFromFlags, solve, sourceSnippet, sshFromFlags, type ExportRequest, type SessionAttachables } from '../../buildkit/index';
import { type BuildctlCommand, type BuildctlContext, BuildctlError, requireDaemon } from './buildctl-env';
import { progressMode, showProgress } from './progress-display';

const DOCS = 'https://github.com/moby/buildkit/blob/v0.10.4/README.md';

/** csv.Reader of one --output: `type=docker,name=a,"name=b,c"`. */
function parseCsvAttrs(value: string): Record<string, string> {
  const out: Record<string, string> = {};
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] ?? '';
    if (quoted) {
      if (ch === '"' && value[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  for (const f of fields) {
    const eq = f.indexOf('=');
    if (eq === -1) throw new BuildctlError(`invalid value ${f}`);
    out[f.slice(0, eq).toLowerCase()] = f.slice(eq + 1);
  }
  return out;
}

function parseOutput(values: readonly string[]): ExportRequest | undefined {
  if (values.length === 0) return undefined;
  if (values.length > 1) throw new BuildctlError('currently only single Exports can be specified');
  const attrs = parseCsvAttrs(values[0] ?? '');
  const type = attrs.type;
  if (!type) throw new BuildctlError('type is required for output');
  delete attrs.type;
  return { type, attrs };
}

function keyValues(values: readonly string[], what: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    if (eq === -1) throw new BuildctlError(`invalid ${what}: ${v}`);
    out[v.slice(0, eq)] = v.slice(eq + 1);
  }
  return out;
}

/** Writes the exporter's output where the client was told to. */
function writeOutput(c: BuildctlContext, exporter: ExportRequest, tarball: string | undefined, files: Array<{ path: string; file: { kind: string; content?: string; mode: number } }> | undefined): void {
  const node = c.env.node;
  const dest = exporter.attrs.dest;
  if (files) {
    const root = vfs.normalizePath(dest ?? '', c.io.cwd);
    for (const { path, file } of files) {
      const target = `${root === '/' ? '' : root}${path}`;
      if (file.kind === 'dir') vfs.mkdir(node.state.host.files, target, { parents: true, mode: file.mode, mtimeMs: node.nowMs() });
      else if (file.kind === 'symlink') {
        if (!vfs.exists(node.state.host.files, target)) vfs.symlink(node.state.host.files, file.content ?? '', target, { parents: true });
      } else vfs.writeFile(node.state.host.files, target, vfs.textToBinary(file.content ?? ''), { parents: true, mode: file.mode, mtimeMs: node.nowMs() });
    }
    return;
  }
  if (tarball === undefined) return;
  if (dest === undefined || dest === '-') c.io.stdoutBytes(tarball);
  else vfs.writeFile(node.state.host.files, vfs.normalizePath(dest, c.io.cwd), tarball, { mode: 0o644, mtimeMs: node.nowMs() });
}

function metadataJson(response: Record<string, string>): string {
  const keys = Object.keys(response).sort();
  return `{\n${keys.map((k) => `  ${JSON.stringify(k)}: ${JSON.stringify(response[k])}`).join(',\n')}\n}`;
}

/** The session's --ssh agents and --secret values, checked before anything else (build.go's order). */
function sessionOf(c: BuildctlContext): SessionAttachables {
  const client = { node: c.env.node, environ: c.io.environ, cwd: c.io.cwd };
  const session: SessionAttachables = {};
  const wrap = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (err) {
      throw new BuildctlError((err as Error).message);
    }
  };
  const ssh = c.stringSlice('ssh');
  if (ssh.length > 0) session.ssh = wrap(() => sshFromFlags(ssh, client));
  const secrets = c.stringSlice('secret');
  if (secrets.length > 0) session.secrets = wrap(() => secretsFromFlags(secrets, client));
  return session;
}

async function buildAction(c: BuildctlContext): Promise<number | void> {
  const node = c.env.node;
  const session = sessionOf(c);
  const exporter = parseOutput(c.stringSlice('output'));
  const mode = progressMode(c.string('progress'), c.io);
  const frontend = c.string('frontend');
  if (frontend === '') throw new BuildctlError('please specify --frontend or pipe LLB definition to stdin');
  if (frontend !== 'dockerfile.v0') throw new NotSimulatedError(`buildctl build --frontend ${frontend}`, DOCS);
  for (const flag of ['import-cache', 'export-cache', 'allow']) {
    if (c.stringSlice(flag).length > 0) throw new NotSimulatedError(`buildctl build --${flag}`, DOCS);
  }
  if (exporter && (exporter.type === 'docker' || exporter.type === 'oci') && exporter.attrs.dest === undefined && c.io.isTTY) {
    throw new BuildctlError(`output file is required for ${exporter.type} exporter. refusing to write to console`);
  }
  if (exporter && exporter.type === 'local' && !exporter.attrs.dest) throw new BuildctlError('output directory is required for local exporter');
  const locals = keyValues(c.stringSlice('local'), 'local');
  const dirs: Record<string, string> = {};
  for (const [name, dir] of Object.entries(locals)) {
    const abs = vfs.normalizePath(dir, c.io.cwd);
    const files = node.state.host.files;
    if (!vfs.exists(files, abs)) throw new BuildctlError(`could not find ${dir}: stat ${dir}: no such file or directory`);
    if (vfs.stat(files, abs).kind !== 'dir') throw new BuildctlError(`${dir} not a directory`);
    dirs[name] = vfs.realpath(files, abs);
  }
  requireDaemon(c, 'failed to solve');
  const opts = keyValues(c.stringSlice('opt'), 'opt');
  const response = solve(node, { locals: dirs, frontendOpts: opts, noCache: c.bool('no-cache'), exporter: exporter ?? { type: '', attrs: {} }, session });
  await showProgress(response, mode, c.io);
  if (response.error) {
    const r = response.error.range;
    if (r && response.source) c.io.stderr(sourceSnippet(response.source.filename, response.source.data, r.startLine, r.endLine));
    throw new BuildctlError(`failed to solve: ${response.error.message}`);
  }
  if (exporter && response.result) writeOutput(c, exporter, response.result.tarball, response.result.files);
  const metadataFile = c.string('metadata-file');
  if (metadataFile !== '' && response.result) {
    vfs.writeFile(node.state.host.files, vfs.normalizePath(metadataFile, c.io.cwd), vfs.textToBinary(metadataJson(response.result.response)), { mode: 0o644, mtimeMs: node.nowMs() });
  }
}

export const buildCommand: BuildctlCommand = {
  name: 'build',
  aliases: ['b'],
  usage: 'build',
  flags: [
    { names: ['output', 'o'], kind: 'stringSlice', usage: 'Define exports for build result, e.g. --output type=image,name=docker.io/username/image,push=true' },
    { names: ['exporter'], kind: 'string', usage: 'Define exporter for build result (DEPRECATED: use --export type=<type>[,<opt>=<optval>]', hidden: true },
    { names: ['exporter-opt'], kind: 'stringSlice', usage: 'Define custom options for exporter (DEPRECATED: use --output type=<type>[,<opt>=<optval>]', hidden: true },
    { names: ['progress'], kind: 'string', usage: 'Set type of progress (auto, plain, tty). Use plain to show container output', value: 'auto' },
    { names: ['trace'], kind: 'string', usage: 'Path to trace file. Defaults to no tracing.' },
    { names: ['local'], kind: 'stringSlice', usage: 'Allow build access to the local directory' },
    { names: ['frontend'], kind: 'string', usage: 'Define frontend used for build' },
    { names: ['opt'], kind: 'stringSlice', usage: 'Define custom options for frontend, e.g. --opt target=foo --opt build-arg:foo=bar' },
    { names: ['frontend-opt'], kind: 'stringSlice', usage: 'Define custom options for frontend, e.g. --frontend-opt target=foo --frontend-opt build-arg:foo=bar (DEPRECATED: use --opt)', hidden: true },
    { names: ['no-cache'], kind: 'bool', usage: 'Disable cache for all the vertices' },
    { names: ['export-cache'], kind: 'stringSlice', usage: 'Export build cache, e.g. --export-cache type=registry,ref=example.com/foo/bar, or --export-cache type=local,dest=path/to/dir' },
    { names: ['export-cache-opt'], kind: 'stringSlice', usage: 'Define custom options for cache exporting (DEPRECATED: use --export-cache type=<type>,<opt>=<optval>[,<opt>=<optval>]', hidden: true },
    { names: ['import-cache'], kind: 'stringSlice', usage: 'Import build cache, e.g. --import-cache type=registry,ref=example.com/foo/bar, or --import-cache type=local,src=path/to/dir' },
    { names: ['secret'], kind: 'stringSlice', usage: 'Secret value exposed to the build. Format id=secretname,src=filepath' },
    { names: ['allow'], kind: 'stringSlice', usage: 'Allow extra privileged entitlement, e.g. network.host, security.insecure' },
    { names: ['ssh'], kind: 'stringSlice', usage: 'Allow forwarding SSH agent to the builder. Format default|<id>[=<socket>|<key>[,<key>]]' },
    { names: ['metadata-file'], kind: 'string', usage: 'Output build metadata (e.g., image digest) to a file as JSON' },
  ],
  action: buildAction,
};
