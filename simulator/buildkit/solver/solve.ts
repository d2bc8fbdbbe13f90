// One Solve call of buildkitd with the dockerfile.v0 frontend (frontend/dockerfile/builder/
// build.go@v0.10.4, then the exporter): the Dockerfile and .dockerignore are transferred from
// the client's local directories (their own vertices), the file is parsed and converted, the
// steps run (dispatch.ts), and the result goes to the exporter named in the request. Everything
// happens at once; the trace holds when each part would have happened.

import type { Node } from '../../node';
import { DEFAULT_PLATFORM, parsePlatform } from '../../oci/platform';
import { randomInt } from '../../host/random';
import { parseDockerignore } from '../context/dockerignore';
import { transferLocal, type LocalTransfer } from '../context/local-source';
import { DockerfileError } from '../dockerfile/errors';
import { parseStages } from '../dockerfile/instructions';
import { parseDockerfile } from '../dockerfile/parser';
import { Trace } from '../progress/trace';
import { buildkitState, saveBuildkitState } from '../state';
import { dispatchDockerfile, type DispatchResult } from './dispatch';
import { SolveError } from './solve-error';
import type { SessionAttachables } from '../dockerfile/run-mounts';
import { exportResult, type ExportRequest, type ExportResult } from '../export/exporters';
import { recordLayer } from '../../trace/call-path';

export interface SolveRequest {
  /** --local name=dir: absolute directories on the node ("context", "dockerfile"). */
  locals: Readonly<Record<string, string>>;
  /** --opt key=value: filename, target, platform, build-arg:NAME, label:NAME. */
  frontendOpts: Readonly<Record<string, string>>;
  noCache: boolean;
  exporter: ExportRequest;
  /** The secrets and ssh agents the client attached to its session (--secret, --ssh). */
  session?: SessionAttachables;
}

export interface SolveResponse {
  trace: Trace;
  error?: SolveError;
  /** The Dockerfile's name and text, for the lines an error points at. */
  source?: { filename: string; data: string };
  result?: ExportResult;
}

/** How long each transfer's status and vertex take: the statuses finish within 10ms (no time shown). */
const TRANSFER_MS = 6;
const VERTEX_MS = 12;

function randomId(node: Node): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < 25; i++) out += alphabet[randomInt(node.state.random, 0, alphabet.length - 1)];
  return out;
}

/** Solves `request` on `node`'s buildkitd, starting now. Never throws for a build failure. */
export function solve(node: Node, request: SolveRequest): SolveResponse {
  recordLayer(node, 'buildkit');
  const trace = new Trace(node.nowMs());
  const state = buildkitState(node);
  const filename = request.frontendOpts.filename || 'Dockerfile';
  const dockerfileDir = request.locals.dockerfile ?? request.locals.context ?? '/';
  const contextDir = request.locals.context ?? dockerfileDir;
  const response: SolveResponse = { trace };
  try {
    const def = trace.start(`[internal] load build definition from ${filename}`);
    const dfTransfer = transferLocal(node, dockerfileDir, { followPaths: [filename, `${filename}.dockerignore`, 'dockerfile'], sharedKey: `dockerfile:${dockerfileDir}` });
    trace.advance(VERTEX_MS);
    trace.status(def, `transferring dockerfile: ${dfTransfer.bytes}B`, TRANSFER_MS);
    trace.done(def);
    const ign = trace.start('[internal] load .dockerignore');
    const ignTransfer = transferLocal(node, contextDir, { followPaths: ['.dockerignore'], sharedKey: `context-.dockerignore:${contextDir}` });
    trace.advance(VERTEX_MS);
    trace.status(ign, `transferring context: ${ignTransfer.bytes}B`, TRANSFER_MS);
    trace.done(ign);
    const dockerfile = dfTransfer.files.find((f) => f.rel === filename && f.kind === 'file') ?? (filename === 'Dockerfile' ? dfTransfer.files.find((f) => f.rel === 'dockerfile' && f.kind === 'file') : undefined);
    if (!dockerfile) {
      // The local source was mounted from a new snapshot of the worker's overlayfs snapshotter.
      const snapshot = 4 + state.cache.size + state.images.size;
      throw new SolveError(`failed to read dockerfile: open /var/lib/buildkit/runc-overlayfs/snapshots/snapshots/${snapshot}/fs/${filename}: no such file or directory`);
    }
    const data = new TextDecoder().decode(Uint8Array.from(dockerfile.content, (c) => c.charCodeAt(0)));
    response.source = { filename, data };
    const ignoreFile = ignTransfer.files.find((f) => f.rel === '.dockerignore' && f.kind === 'file');
    const excludes = parseDockerignore(ignoreFile?.content ?? '');
    const parsed = parseDockerfile(data);
    const stages = parseStages(parsed.nodes);
    const platformOpt = request.frontendOpts.platform ?? '';
    const platform = platformOpt === '' ? DEFAULT_PLATFORM : parsePlatform(platformOpt.split(',')[0] ?? '');
    const buildArgs: Record<string, string> = {};
    const labels: Record<string, string> = {};
    for (const [k, v] of Object.entries(request.frontendOpts)) {
      if (k.startsWith('build-arg:')) buildArgs[k.slice(10)] = v;
      if (k.startsWith('label:')) labels[k.slice(6)] = v;
    }
    let context: LocalTransfer | undefined;
    const loadContext = (): LocalTransfer => {
      if (context) return context;
      const v = trace.start('[internal] load build context');
      context = transferLocal(node, contextDir, { excludes, sharedKey: `context:${contextDir}` });
      trace.advance(VERTEX_MS);
      trace.status(v, `transferring context: ${context.bytes}B`, TRANSFER_MS + context.bytes / 50_000);
      trace.done(v);
      return context;
    };
    const dispatched: DispatchResult = dispatchDockerfile({
      node,
      trace,
      state,
      parsed: stages,
      escapeToken: parsed.escapeToken,
      target: request.frontendOpts.target ?? '',
      platform,
      buildArgs,
      labels,
      noCache: request.noCache,
      context: loadContext,
      randomId: () => randomId(node),
      ...(request.session ? { session: request.session } : {}),
    });
    const attrs: Record<string, string> = { filename };
    for (const [k, v] of Object.entries(request.frontendOpts)) if (k.startsWith('build-arg:') || k === 'target') attrs[k] = v;
    // Without --output the result stays in the cache only.
    if (request.exporter.type !== '') response.result = exportResult(node, trace, dispatched, request.exporter, attrs);
  } catch (err) {
    // A simulator bug stays one: the client reports it as an internal fault, not as buildkit's words.
    if (err instanceof TypeError || err instanceof RangeError || err instanceof ReferenceError) throw err;
    if (err instanceof DockerfileError) response.error = new SolveError(err.message, { startLine: err.startLine, endLine: err.endLine || err.startLine });
    else if (err instanceof SolveError) response.error = err;
    else response.error = new SolveError(err instanceof Error ? err.message : String(err));
  }
  // What the solve cached (and pulled) stays, failed or not, as buildkitd's records do.
  saveBuildkitState(node, state);
  return response;
}
