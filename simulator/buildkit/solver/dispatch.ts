// Dockerfile2LLB and the solve of its result, in one pass (moby/buildkit@v0.10.4
// frontend/dockerfile/dockerfile2llb/convert.go): stages from the parsed file with ARGs before
// FROM expanded into their names, the target stage (last, or --target), the stages it needs,
// their base images' metadata (`[internal] load metadata for …`), then each needed stage's
// instructions in order — metadata ones change the image config, RUN/COPY/ADD/WORKDIR run as
// steps (steps.ts) named `[stage 2/3] RUN …`; a RUN's --mount mounts (dockerfile/run-mounts.ts)
// and --network (none, or host refused without its entitlement) shape its step.

import type { Node } from '../../node';
import type { Platform } from '../../oci/descriptor';
import { formatPlatform, parsePlatform } from '../../oci/platform';
import { RegistryError } from '../../registry/remote';
import { digestBinary } from '../../oci/digest';
import { readTar, type TarEntry } from '../../host/tar';
import { gunzipBinary, isGzipBinary } from '../../oci/raw-bytes';
import { DockerfileError } from '../dockerfile/errors';
import type { Instruction, ParsedStages } from '../dockerfile/instructions';
import { processWord, processWords, type Env } from '../dockerfile/shell-lex';
import { withSuggestion } from '../dockerfile/suggest';
import { mergedView } from '../fs/rootfs';
import type { Trace } from '../progress/trace';
import type { BuildkitState } from '../state';
import type { LocalTransfer } from '../context/local-source';
import { CopySourceMissing, copyStep, mkdirStep, type CopySource } from './copy-step';
import { emptyImage, imageFromBase, type ImageModel } from './image-config';
import { resolveImage } from './image-source';
import { runStep } from './run-step';
import { convertMounts, mountForRun, MountError, mountsKey, type SessionAttachables, type SourceTree } from '../dockerfile/run-mounts';
import { parseRunMount, type RunMount } from '../dockerfile/run-mount';
import { SolveError } from './solve-error';
import { addEnv, envMap, isReachable, prefixCommand, type StageState } from './stage-state';
import { layerStep, solveImage, stageFiles, type StepContext } from './steps';
import { normalizePath } from '../../host/vfs';

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const HISTORY_COMMENT = 'buildkit.dockerfile.v0';
const METADATA_MS = 260;

export interface DispatchOptions {
  node: Node;
  trace: Trace;
  state: BuildkitState;
  parsed: ParsedStages;
  escapeToken: string;
  target: string;
  platform: Platform;
  buildArgs: Readonly<Record<string, string>>;
  labels: Readonly<Record<string, string>>;
  noCache: boolean;
  /** The build context, transferred the first time a step needs it (its own vertex). */
  context: () => LocalTransfer;
  /** A fresh random id (buildkit's cache ref ids in errors). */
  randomId: () => string;
  /** The secrets and ssh agents the client's session offers (RUN --mount=type=secret|ssh). */
  session?: SessionAttachables;
}

/** Everything the steps of one solve share. */
interface Run {
  o: DispatchOptions;
  ctx: StepContext;
  metaArgs: Env;
  states: StageState[];
  byName: Map<string, StageState>;
  sources: DispatchResult['sources'];
}

export interface DispatchResult {
  target: StageState;
  sources: Array<{ type: string; ref: string; pin: string }>;
}

function located<T>(startLine: number, endLine: number, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof SolveError || err instanceof DockerfileError) throw err;
    throw new SolveError((err as Error).message, { startLine, endLine });
  }
}

function defaultArgs(platform: Platform): Map<string, string> {
  const p = formatPlatform(platform);
  return new Map([
    ['BUILDPLATFORM', 'linux/amd64'], ['BUILDOS', 'linux'], ['BUILDARCH', 'amd64'], ['BUILDVARIANT', ''],
    ['TARGETPLATFORM', p], ['TARGETOS', platform.os], ['TARGETARCH', platform.architecture], ['TARGETVARIANT', platform.variant ?? ''],
  ]);
}

function newState(o: DispatchOptions, stage: ParsedStages['stages'][number], index: number, platform: Platform): StageState {
  return {
    stage,
    stageName: stage.name || `stage-${index}`,
    index,
    platform,
    deps: new Set(),
    image: emptyImage(platform.architecture, platform.os),
    baseHistoryCount: 0,
    chain: [],
    newLayerTimes: [],
    key: '',
    buildArgs: [],
    env: [],
    workdir: '/',
    cmdTotal: 0,
    cmdIndex: 0,
    solved: false,
    commands: stage.commands,
  };
}

/** Converts and solves the Dockerfile. Throws SolveError (with the lines it concerns, if any). */
export function dispatchDockerfile(o: DispatchOptions): DispatchResult {
  const { trace } = o;
  const metaArgs = defaultArgs(o.platform);
  for (const arg of o.parsed.metaArgs) {
    let value = arg.value === undefined ? undefined : processWord(arg.value, metaArgs, o.escapeToken);
    if (Object.hasOwn(o.buildArgs, arg.key)) value = o.buildArgs[arg.key];
    metaArgs.set(arg.key, value ?? '');
  }
  const states: StageState[] = [];
  const byName = new Map<string, StageState>();
  o.parsed.stages.forEach((stage, i) => {
    const name = located(stage.startLine, stage.endLine, () => processWord(stage.baseName, metaArgs, o.escapeToken));
    if (name === '') throw new SolveError(`base name (${stage.baseName}) should not be blank`, stage);
    let platform = o.platform;
    if (stage.platform !== '') {
      const p = located(stage.startLine, stage.endLine, () => processWord(stage.platform, metaArgs, o.escapeToken));
      platform = located(stage.startLine, stage.endLine, () => {
        try {
          return parsePlatform(p);
        } catch (err) {
          throw new Error(`failed to parse platform ${p}: ${(err as Error).message}`);
        }
      });
    }
    const d = newState(o, { ...stage, baseName: name }, i, platform);
    const base = byName.get(name.toLowerCase());
    if (base) d.base = base;
    if (stage.name) byName.set(stage.name, d);
    d.cmdTotal = (name !== 'scratch' && !d.base ? 1 : 0) + stage.commands.filter((c) => c.kind === 'run' || c.kind === 'copy' || c.kind === 'add' || c.kind === 'workdir').length;
    states.push(d);
  });
  let target: StageState | undefined = states[states.length - 1];
  if (o.target !== '') {
    target = byName.get(o.target.toLowerCase());
    if (!target) throw new SolveError(`target stage ${o.target} could not be found`);
  }
  if (!target) throw new SolveError('file with no instructions');
  // COPY --from: a stage by name or index, else an image read like a FROM.
  // RUN --mount from=: the same (detectRunMount), with the literal from= of each mount.
  for (const d of [...states]) {
    for (const c of d.commands) {
      const froms = c.kind === 'copy' ? [c.from] : c.kind === 'run' ? c.mounts.map(literalFrom) : [];
      for (const from of froms) {
        if (from === '') continue;
        const index = /^\d+$/.test(from) ? Number(from) : undefined;
        let src = index !== undefined ? states[index] : (byName.get(from.toLowerCase()) ?? states.find((s) => s.unregistered && s.stage.baseName === from));
        if (index !== undefined && !src) throw new SolveError(`invalid stage index ${index}`, c);
        if (!src) {
          src = newState(o, { ...d.stage, baseName: from, name: '', commands: [], startLine: c.startLine, endLine: c.endLine, original: c.original }, states.length, o.platform);
          src.unregistered = true;
          src.cmdTotal = 1;
          states.push(src);
        }
        d.deps.add(src);
      }
    }
  }
  // Every --mount without from= adds a scratch source state (detectRunMount reads the mounts
  // before their type is known), so a one-stage file with a RUN --mount names its steps
  // `[stage-0 2/2] …`.
  const mountSources = states.reduce((n, s) => n + s.commands.reduce((m, c) => m + (c.kind === 'run' ? c.mounts.filter((v) => literalFrom(v) === '').length : 0), 0), 0);
  if (states.filter((s) => !s.unregistered).length === 1 && mountSources === 0 && states[0]) states[0].stageName = '';
  const allStageNames = [...byName.keys()];
  const sources: DispatchResult['sources'] = [];
  // Image configs of every needed stage first (they resolve in parallel on a real daemon).
  const resolvedByName = new Map<string, ReturnType<typeof resolveImage>>();
  for (const d of states) {
    if (!isReachable(target, d) || d.base || d.stage.baseName === 'scratch') continue;
    const origName = d.stage.baseName;
    const known = resolvedByName.get(`${origName} ${formatPlatform(d.platform)}`);
    if (known) {
      // One resolution (and one vertex) per image and platform, however many stages use it.
      d.resolved = known;
      continue;
    }
    const v = trace.start(`[internal] load metadata for ${normalized(origName)}`);
    try {
      const resolved = resolveImage(o.node, origName, d.platform);
      resolvedByName.set(`${origName} ${formatPlatform(d.platform)}`, resolved);
      d.resolved = resolved;
      trace.advance(METADATA_MS);
      trace.done(v);
    } catch (err) {
      trace.advance(METADATA_MS);
      const message = err instanceof RegistryError || err instanceof Error ? err.message : String(err);
      trace.fail(v, message);
      throw new SolveError(withSuggestion(`${origName}: ${message}`, origName, allStageNames, true), d.stage);
    }
  }
  // The frontend converts every needed stage before the solver loads the result: a RUN's
  // --mount that cannot be parsed, or a host network without its entitlement, fails before
  // any step runs.
  for (const d of states) {
    if (!isReachable(target, d)) continue;
    for (const c of d.commands) {
      if (c.kind !== 'run') continue;
      for (const m of c.mounts) located(c.startLine, c.endLine, () => parseRunMount(m, (w) => w));
    }
  }
  for (const d of states) {
    if (isReachable(target, d) && d.commands.some((c) => c.kind === 'run' && c.network === 'host')) throw new SolveError('network.host is not allowed');
  }
  const run: Run = { o, ctx: { node: o.node, trace, state: o.state, ignoreCache: o.noCache }, metaArgs, states, byName, sources };
  solveStage(run, target);
  if (Object.keys(o.labels).length > 0) {
    target.image.config.Labels = { ...(target.image.config.Labels ?? {}), ...o.labels };
  }
  sources.sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  return { target, sources };
}

function solveStage(run: Run, d: StageState): void {
  if (d.solved) return;
  d.solved = true;
  const { ctx } = run;
  // The stages it copies from first: their steps come before its own in the progress.
  for (const dep of d.deps) solveStage(run, dep);
  if (d.base) {
    solveStage(run, d.base);
    d.image = JSON.parse(JSON.stringify(d.base.image)) as ImageModel;
    d.baseHistoryCount = d.base.baseHistoryCount;
    d.chain = d.base.chain;
    d.key = d.base.key;
    d.newLayerTimes = [...d.base.newLayerTimes];
    d.env = [...d.base.env];
    d.workdir = d.base.workdir;
  } else if (d.resolved) {
    const r = d.resolved;
    d.image = imageFromBase(r.config);
    d.baseHistoryCount = d.image.history.length;
    d.env = [...(d.image.config.Env ?? [])];
    if (r.config.rootfs.diff_ids.length > 0) solveImage(ctx, d, r, prefixCommand(d, `FROM ${r.name}@${r.digest}`));
    const ref = normalized(d.stage.baseName);
    if (!run.sources.some((s) => s.ref === ref)) run.sources.push({ type: 'docker-image', ref, pin: r.digest });
  } else {
    d.image = emptyImage(d.platform.architecture, d.platform.os);
    d.env = [...(d.image.config.Env ?? [])];
  }
  if (!envMap(d.image.config.Env ?? []).has('PATH')) {
    d.image.config.Env = [...(d.image.config.Env ?? []), `PATH=${DEFAULT_PATH}`];
    d.env = addEnv(d.env, 'PATH', DEFAULT_PATH);
  }
  if (!d.base) d.workdir = d.image.config.WorkingDir || '/';
  for (const c of d.commands) located(c.startLine, c.endLine, () => dispatchInstruction(run, d, c));
}

function normalized(ref: string): string {
  const at = ref.indexOf('@');
  const name = at === -1 ? ref : ref.slice(0, at);
  const lastColon = name.lastIndexOf(':');
  const tagged = lastColon > name.lastIndexOf('/') ? name : `${name}:latest`;
  const first = tagged.split('/')[0] ?? '';
  const host = tagged.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  const full = host ? tagged : tagged.includes('/') ? `docker.io/${tagged}` : `docker.io/library/${tagged}`;
  return at === -1 ? full : `${full}${ref.slice(at)}`;
}

function commit(d: StageState, createdBy: string, withLayer: boolean, buildkitSuffix = false): void {
  d.image.history.push({ created_by: buildkitSuffix ? `${createdBy} # buildkit` : createdBy, comment: HISTORY_COMMENT, ...(withLayer ? {} : { empty_layer: true }) });
}

function stepName(o: DispatchOptions, d: StageState, original: string): string {
  const expanded = processWord(original, envMap(d.env), o.escapeToken, { rawQuotes: true, skipUnset: true });
  const sp = expanded.search(/\s/);
  const upper = sp === -1 ? expanded.toUpperCase() : expanded.slice(0, sp).toUpperCase() + expanded.slice(sp);
  return prefixCommand(d, upper);
}

function dispatchInstruction(run: Run, d: StageState, c: Instruction): void {
  const { o, ctx, metaArgs } = run;
  const env = envMap(d.env);
  const word = (w: string) => processWord(w, env, o.escapeToken);
  const cfg = d.image.config;
  switch (c.kind) {
    case 'env': {
      const parts: string[] = [];
      for (const p of c.pairs) {
        const value = word(p.value);
        const key = word(p.key);
        parts.push(`${key}=${value}`);
        d.env = addEnv(d.env, key, value);
        cfg.Env = addEnv(cfg.Env ?? [], key, value);
      }
      commit(d, `ENV ${parts.join(' ')}`, false);
      return;
    }
    case 'label': {
      const parts: string[] = [];
      cfg.Labels = { ...(cfg.Labels ?? {}) };
      for (const p of c.pairs) {
        const key = word(p.key);
        const value = word(p.value);
        cfg.Labels[key] = value;
        parts.push(`${key}=${value}`);
      }
      commit(d, `LABEL ${parts.join(' ')}`, false);
      return;
    }
    case 'maintainer':
      commit(d, `MAINTAINER ${c.value}`, false);
      return;
    case 'arg': {
      const parts: string[] = [];
      for (const a of c.args) {
        let value = a.value === undefined ? undefined : word(a.value);
        if (value === undefined && metaArgs.has(a.key)) value = metaArgs.get(a.key);
        if (Object.hasOwn(o.buildArgs, a.key)) value = o.buildArgs[a.key];
        d.buildArgs.push({ key: a.key, value });
        if (value !== undefined) d.env = addEnv(d.env, a.key, value);
        parts.push(a.value === undefined ? a.key : `${a.key}=${value ?? ''}`);
      }
      commit(d, `ARG ${parts.join(' ')}`, false);
      return;
    }
    case 'workdir': {
      const path = word(c.value);
      const wd = path.startsWith('/') ? normalizePath(path) : normalizePath(`${cfg.WorkingDir || '/'}/${path}`);
      cfg.WorkingDir = wd;
      d.workdir = wd;
      if (wd === '/') {
        commit(d, `WORKDIR ${wd}`, false);
        return;
      }
      const name = stepName(o, d, c.original);
      layerStep(ctx, d, name, { mkdir: wd }, () => {
        ctx.trace.advance(12);
        return mkdirStep(mergedView(d.chain), wd, Math.floor(ctx.trace.nowMs / 1000));
      });
      commit(d, `WORKDIR ${wd}`, true);
      return;
    }
    case 'run':
      return dispatchRun(run, d, c);
    case 'copy':
    case 'add':
      return dispatchCopy(run, d, c, word);
    case 'cmd':
      cfg.Cmd = c.prependShell ? [...(cfg.Shell ?? ['/bin/sh', '-c']), ...(c.cmd ?? [])] : [...(c.cmd ?? [])];
      if (c.prependShell) cfg.ArgsEscaped = true;
      commit(d, `CMD ${goQuoteSlice(cfg.Cmd)}`, false);
      return;
    case 'entrypoint':
      cfg.Entrypoint = c.cmd === undefined ? undefined : c.prependShell ? [...(cfg.Shell ?? ['/bin/sh', '-c']), ...c.cmd] : [...c.cmd];
      // An ENTRYPOINT clears the base image's CMD.
      delete cfg.Cmd;
      commit(d, `ENTRYPOINT ${goQuoteSlice(cfg.Entrypoint ?? [])}`, false);
      return;
    case 'expose': {
      const ports = c.ports.flatMap((p) => processWords(p, env, o.escapeToken)).map((p) => (p.includes('/') ? p : `${p}/tcp`));
      cfg.ExposedPorts = { ...(cfg.ExposedPorts ?? {}) };
      for (const p of ports) cfg.ExposedPorts[p] = {};
      commit(d, `EXPOSE map[${[...ports].sort().map((p) => `${p}:{}`).join(' ')}]`, false);
      return;
    }
    case 'user':
      cfg.User = word(c.value);
      commit(d, `USER ${cfg.User}`, false);
      return;
    case 'volume': {
      const vols = c.volumes.map(word);
      cfg.Volumes = { ...(cfg.Volumes ?? {}) };
      for (const v of vols) cfg.Volumes[v] = {};
      commit(d, `VOLUME [${vols.join(' ')}]`, false);
      return;
    }
    case 'stopsignal':
      cfg.StopSignal = word(c.value);
      commit(d, `STOPSIGNAL ${cfg.StopSignal}`, false);
      return;
    case 'shell':
      cfg.Shell = [...c.shell];
      commit(d, `SHELL [${c.shell.join(' ')}]`, false);
      return;
    case 'healthcheck': {
      cfg.Healthcheck = { Test: c.test, Interval: c.interval, Timeout: c.timeout, StartPeriod: c.startPeriod, Retries: c.retries };
      commit(d, `HEALTHCHECK &{[${c.test.join(' ')}] "${goDuration(c.interval)}" "${goDuration(c.timeout)}" "${goDuration(c.startPeriod)}" "0s" '\\x${c.retries.toString(16).padStart(2, '0')}'}`, false);
      return;
    }
    case 'onbuild':
      cfg.OnBuild = [...(cfg.OnBuild ?? []), c.expression];
      commit(d, `ONBUILD ${c.expression}`, false);
      return;
  }
}

/** fmt's %q of a []string: ["a" "b"]. */
function goQuoteSlice(s: readonly string[]): string {
  return `[${s.map((x) => JSON.stringify(x)).join(' ')}]`;
}

function goDuration(ns: number): string {
  if (ns === 0) return '0s';
  const s = ns / 1e9;
  if (s >= 60) {
    const m = Math.floor(s / 60);
    const rest = s - m * 60;
    return `${m}m${rest}s`;
  }
  return s >= 1 ? `${s}s` : `${ns / 1e6}ms`;
}

/** A --mount value's from= as written (no variables allowed there), or "". */
function literalFrom(value: string): string {
  try {
    return parseRunMount(value, (w) => w)?.from ?? '';
  } catch {
    return '';
  }
}

/** The stage (or image) a mount's from= names, solved, as a tree to read. */
function mountFromTree(run: Run, from: string): SourceTree {
  const index = /^\d+$/.test(from) ? Number(from) : undefined;
  const src = index !== undefined ? run.states[index] : (run.byName.get(from.toLowerCase()) ?? run.states.find((s) => s.unregistered && s.stage.baseName === from));
  if (!src) throw new Error(`invalid from flag value ${from}: not a stage`);
  solveStage(run, src);
  return stageFiles(src);
}

function dispatchRun(run: Run, d: StageState, c: Extract<Instruction, { kind: 'run' }>): void {
  const { o, ctx } = run;
  const cfg = d.image.config;
  const env0 = envMap(d.env);
  const mounts: RunMount[] = c.mounts.map((m) => parseRunMount(m, (w) => processWord(w, env0, o.escapeToken)) as RunMount);
  const converted = convertMounts(mounts, d.workdir);
  const argv = c.prependShell ? [...(cfg.Shell ?? ['/bin/sh', '-c']), ...c.cmd] : [...c.cmd];
  const name = stepName(o, d, c.original);
  const env = [...d.env];
  let failure: string | undefined;
  // The bind sources' content takes part in the key (a checksum of the selected path, as
  // COPY's); a missing source fails that computation before anything runs.
  let context: SourceTree | undefined;
  const contextTree = (): SourceTree => (context ??= contextSource(o.context(), false) as SourceTree);
  const sourceKey = (m: RunMount): unknown => {
    const path = normalizePath(`/${m.source}`);
    if (m.from !== '') {
      mountFromTree(run, m.from);
      const index = /^\d+$/.test(m.from) ? Number(m.from) : undefined;
      const src = index !== undefined ? run.states[index] : (run.byName.get(m.from.toLowerCase()) ?? run.states.find((s) => s.unregistered && s.stage.baseName === m.from));
      return { stage: src?.key, path };
    }
    const transfer = o.context();
    if (!contextTree().lookup(path)) {
      const message = `failed to calculate checksum of ref ${o.randomId()}::${o.randomId().slice(0, 25)}: ${JSON.stringify(path)}: not found`;
      const v = ctx.trace.start(name);
      ctx.trace.fail(v, message);
      throw new SolveError(`failed to compute cache key: ${message}`, c);
    }
    return transfer.files.filter((f) => `/${f.rel}` === path || `/${f.rel}`.startsWith(path === '/' ? '/' : `${path}/`)).map((f) => [f.rel, f.kind, f.mode, f.content.length, hashOf(f.content)]);
  };
  const keyMounts = mountsKey(converted, sourceKey);
  const keyParts = { run: argv, env, cwd: d.workdir, user: cfg.User ?? '', ...(keyMounts.length > 0 ? { mounts: keyMounts } : {}), ...(c.network !== 'default' ? { network: c.network } : {}) };
  const v = layerStep(ctx, d, name, keyParts, (vertex) => {
    let stepMounts;
    try {
      stepMounts = mountForRun(converted, {
        context: contextTree,
        from: (f) => mountFromTree(run, f),
        cacheMounts: o.state.cacheMounts,
        cacheNamespace: o.buildArgs.BUILDKIT_CACHE_MOUNT_NS ?? '',
        session: o.session ?? {},
        nowSeconds: Math.floor(ctx.trace.nowMs / 1000),
      });
    } catch (err) {
      if (!(err instanceof MountError)) throw err;
      ctx.trace.advance(3);
      ctx.trace.fail(vertex, err.message);
      throw new SolveError(err.message, c);
    }
    const outcome = runStep(ctx.node, mergedView(d.chain), argv, env, d.workdir, ctx.trace.nowMs, d.platform.architecture, { mounts: stepMounts, network: c.network });
    const start = ctx.trace.nowMs;
    for (const out of outcome.output) vertex.logs.push({ atMs: start + out.atMs, text: out.text });
    ctx.trace.advance(outcome.durationMs);
    const args = argv.join(' ');
    if (outcome.startError !== undefined) failure = `process ${JSON.stringify(args)} did not complete successfully: ${outcome.startError}`;
    else if (outcome.exitCode === undefined) failure = `process ${JSON.stringify(args)} never ends: a RUN step that does not finish is not simulated here`;
    else if (outcome.exitCode !== 0) failure = `process ${JSON.stringify(args)} did not complete successfully: exit code: ${outcome.exitCode}`;
    if (failure !== undefined) {
      ctx.trace.fail(vertex, failure);
      throw new SolveError(failure, c);
    }
    return outcome.diff;
  });
  void v;
  const buildArgs = d.buildArgs.map((a) => `${a.key}=${envMap(d.env).get(a.key) ?? a.value ?? ''}`);
  const prefix = buildArgs.length > 0 ? `|${buildArgs.length} ${buildArgs.join(' ')} ` : '';
  commit(d, `RUN ${prefix}${argv.join(' ')}`, true, true);
}

/** A local tar archive's entries (gzip'd or not), as ADD unpacks it; undefined for other files. */
function tarEntries(bytes: string): TarEntry[] | undefined {
  let tar = bytes;
  if (isGzipBinary(bytes)) {
    try {
      tar = gunzipBinary(bytes);
    } catch {
      return undefined;
    }
  }
  if (tar.length < 512 || tar.slice(257, 262) !== 'ustar') return undefined;
  try {
    return readTar(tar);
  } catch {
    return undefined;
  }
}

/** The build context as a copy source: its files by absolute path; `add` unpacks archives. */
function contextSource(transfer: LocalTransfer, add: boolean): CopySource {
  const files = new Map<string, import('../../oci/blob').LayerFile>([['/', { kind: 'dir', mode: 0o755 }]]);
  const children = new Map<string, string[]>();
  for (const f of transfer.files) {
    const abs = `/${f.rel}`;
    const text = textOf(f.content);
    files.set(abs, f.kind === 'file'
      ? { kind: 'file', mode: f.mode, size: f.content.length, mtime: Math.floor(f.mtimeMs / 1000), ...(text !== undefined ? { content: text } : {}) }
      : { kind: f.kind, mode: f.mode, mtime: Math.floor(f.mtimeMs / 1000), ...(f.kind === 'symlink' ? { content: f.content } : {}) });
    const parent = abs.slice(0, abs.lastIndexOf('/')) || '/';
    children.set(parent, [...(children.get(parent) ?? []), abs.slice(parent === '/' ? 1 : parent.length + 1)]);
  }
  const raw = new Map(transfer.files.map((f) => [`/${f.rel}`, f]));
  return {
    lookup: (p) => files.get(p),
    list: (p) => [...(children.get(p) ?? [])].sort(),
    archive: add ? (p) => (raw.get(p)?.kind === 'file' ? tarEntries(raw.get(p)?.content ?? '') : undefined) : undefined,
  };
}

function textOf(binary: string): string | undefined {
  if (binary.includes('\0') || binary.length > 64 * 1024) return undefined;
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i) & 0xff;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function dispatchCopy(run: Run, d: StageState, c: Extract<Instruction, { kind: 'copy' | 'add' }>, word: (w: string) => string): void {
  const { o, ctx, states, byName } = run;
  const name = c.kind === 'add' ? 'ADD' : 'COPY';
  const sources = c.sources.map(word);
  const destRaw = word(c.dest);
  if (sources.some((s) => /^https?:\/\//.test(s))) {
    if (c.kind === 'copy') throw new Error('source can\'t be a URL for COPY');
    throw new Error('ADD of a URL is not simulated here (the node has no route to the internet)');
  }
  if (sources.length > 1 && !destRaw.endsWith('/')) {
    throw new Error(`When using ${name} with more than one source file, the destination must be a directory and end with a /`);
  }
  let dest = destRaw.startsWith('/') ? destRaw : `${d.workdir === '/' ? '' : d.workdir}/${destRaw}`;
  if (destRaw === '.' || destRaw === '' || destRaw.endsWith('/')) dest = `${normalizePath(dest)}/`.replace(/\/+$/, '/');
  let mode: number | undefined;
  if (c.chmod !== '') {
    if (!/^[0-7]+$/.test(c.chmod)) mode = undefined;
    else mode = parseInt(c.chmod, 8);
  }
  let source: CopySource;
  let sourceKey: unknown;
  if (c.kind === 'copy' && c.from !== '') {
    const index = /^\d+$/.test(c.from) ? Number(c.from) : undefined;
    const from = index !== undefined ? states[index] : (byName.get(c.from.toLowerCase()) ?? states.find((s) => s.unregistered && s.stage.baseName === c.from));
    if (!from) throw new Error(`invalid from flag value ${c.from}: not a stage`);
    solveFromStage(run, from);
    source = stageFiles(from);
    sourceKey = { stage: from.key };
  } else {
    const transfer = o.context();
    source = contextSource(transfer, c.kind === 'add');
    sourceKey = { context: transfer.files.filter((f) => sources.some((s) => covers(s, f.rel))).map((f) => [f.rel, f.kind, f.mode, f.content.length, hashOf(f.content)]) };
  }
  const stepTitle = stepName(o, d, c.original);
  layerStep(ctx, d, stepTitle, { copy: name, sources, dest, mode, chown: c.chown, source: sourceKey }, (vertex) => {
    try {
      ctx.trace.advance(25);
      return copyStep(mergedView(d.chain), source, sources, dest, mode, Math.floor(ctx.trace.nowMs / 1000));
    } catch (err) {
      if (!(err instanceof CopySourceMissing)) throw err;
      const message = `failed to calculate checksum of ref ${o.randomId()}::${o.randomId().slice(0, 25)}: ${err.message}`;
      ctx.trace.fail(vertex, message);
      throw new SolveError(`failed to compute cache key: ${message}`, c);
    }
  });
  commit(d, `${name} ${sources.join(' ')} ${destRaw}`, true, true);
}

/** The stage COPY --from reads, solved first (an image named there is pulled like a FROM). */
function solveFromStage(run: Run, from: StageState): void {
  solveStage(run, from);
}

function covers(pattern: string, rel: string): boolean {
  const p = pattern.replace(/^\/+/, '').replace(/\/+$/, '');
  if (p === '' || p === '.') return true;
  if (/[*?[]/.test(p)) return rel.startsWith(p.slice(0, p.search(/[*?[]/)).replace(/[^/]*$/, '')) || true;
  return rel === p || rel.startsWith(`${p}/`);
}

function hashOf(content: string): string {
  return digestBinary(content);
}
