// docker build with DOCKER_BUILDKIT=1: dockerd 20.10's builder-next (moby v20.10.24
// builder/builder-next/builder.go, with the buildkit 0.8 it vendors: frontend/dockerfile/
// dockerfile2llb/convert.go and the moby exporter). The CLI sends the Dockerfile's directory and
// the context through fsutil sessions (their own `[internal] load …` vertices), the frontend
// converts the stages the target needs, each base image's metadata is resolved from dockerd's
// own image store (pulled when missing), and every RUN / COPY / ADD / WORKDIR is a step looked up
// in builder-next's cache first (CACHED) or run on the step's root filesystem, its layer kept
// in dockerd's layer store (RUN --mount as the 1.2 frontend parses it: errors at parse time,
// mount stubs of directories left in the layer). The result is one image (no intermediate images, no containers),
// written and named by the exporter. Everything happens at once; the trace holds when each part
// would have happened, and the CLI replays it as buildkit's progress.

import { parseStages, type Instruction, type Stage } from '../../../../buildkit/dockerfile/instructions';
import { parseDockerfile } from '../../../../buildkit/dockerfile/parser';
import { processWord, type Env } from '../../../../buildkit/dockerfile/shell-lex';
import { Trace, type Vertex } from '../../../../buildkit/progress/trace';
import { parseRunMount, type RunMount } from '../../../../buildkit/dockerfile/run-mount';
import { MountedFs } from '../../../../buildkit/dockerfile/mounted-fs';
import { convertMounts, mountForRun, MountError, mountsKey, type ConvertedMount, type SessionAttachables, type SourceTree } from '../../../../buildkit/dockerfile/run-mounts';
import { parseDockerignore } from '../../../../buildkit/context/dockerignore';
import { transferLocal, type LocalTransfer } from '../../../../buildkit/context/local-source';
import { randomInt } from '../../../../host/random';
import type { Node } from '../../../../node';
import type { LayerFile } from '../../../../oci/blob';
import { digestText } from '../../../../oci/digest';
import { isDockerdError } from '../../../errors';
import { goTimeJson } from '../../go-time';
import type { HistoryEntry } from '../../image-config';
import { addLayer, diffSize, findLayer, mergedFiles } from '../../layers';
import { findImage } from '../../lookup';
import { pullImage } from '../../pull';
import { randomHex } from '../../random-hex';
import { dispatchMetadata, shellOf, type ContainerConfig, type DispatchState } from '../config-dispatch';
import { CopySourceMissing, copyInto } from '../copy-into';
import { dockerfileMessage } from '../dockerfile-message';
import { stepLayer } from '../layer-tar';
import { runInStep } from '../run-in-step';
import { StepFs } from '../step-fs';
import { nextCache, saveNextCache, type NextCache } from './cache';
import { exportImage, type StageResult } from './export';

export interface NextBuildRequest {
  /** The context directory on the node (absolute). */
  contextDir: string;
  /** The Dockerfile's directory (absolute) and name (-f's base name, else Dockerfile). */
  dockerfileDir: string;
  dockerfileName: string;
  tags: readonly string[];
  buildArgs: Readonly<Record<string, string>>;
  target: string;
  noCache: boolean;
  /** The secrets and ssh agents the CLI's session offers (--secret, --ssh). */
  session?: SessionAttachables;
}

export interface NextBuildOutcome {
  trace: Trace;
  /** The image id (sha256:…) once built. */
  id?: string;
  /** The error the CLI prints after the progress (it then exits 1). */
  error?: string;
}

/** A failure that ends the solve with this message. */
class SolveFailure extends Error {}

const FRONTEND = 'failed to solve with frontend dockerfile.v0: ';
const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const VERTEX_MS = 12;
const TRANSFER_MS = 6;
const METADATA_MS = 8;
/** runc's start of a step's container before the command prints anything. */
const RUN_START_MS = 300;
const RUN_END_MS = 40;
/** A registry round trip for the manifest and config, and how fast layers download and extract. */
const REMOTE_RESOLVE_MS = 300;
const DOWNLOAD_BYTES_PER_MS = 25_000;
const EXTRACT_BYTES_PER_MS = 60_000;

/** A vertex digest that is the same for the same operation on the same input (an LLB op's digest). */
const opDigest = (what: string) => digestText(`builder-next:${what}`);

interface StageState extends StageResult {
  stage: Stage;
  prefix: string;
  total: number;
  index: number;
  args: Map<string, string>;
  key: string;
  /** FROM's vertex, and whether the builder had loaded that image before. */
  from?: { vertex: Vertex; seen: boolean };
  /** The step after FROM ran (not from the cache): FROM's result was loaded, so it shows CACHED when seen. */
  firstStepDone: boolean;
}

class NextBuilder {
  private context: LocalTransfer | undefined;
  private contextFollow: string[] | undefined;
  /** Base images this build pulled (not in dockerd's store before). */
  private readonly pulled = new Set<string>();

  constructor(
    private readonly node: Node,
    private readonly req: NextBuildRequest,
    private readonly trace: Trace,
    private readonly cache: NextCache,
  ) {}

  private randomVertex(name: string): Vertex {
    const v = this.trace.start(name);
    v.digest = `sha256:${randomHex(this.node, 32)}`;
    return v;
  }

  /** `[internal] load …` of a local source: the fsutil transfer's bytes as its status. */
  private load(name: string, status: string, dir: string, options: { followPaths?: string[]; excludes?: ReturnType<typeof parseDockerignore> }, sharedKey: string, extraMs = 0): LocalTransfer {
    const v = this.randomVertex(name);
    const t = transferLocal(this.node, dir, { ...options, sharedKey, seen: this.cache.localStats });
    this.trace.advance(VERTEX_MS);
    this.trace.status(v, `${status}: ${t.bytes}B`, TRANSFER_MS + extraMs);
    this.trace.done(v);
    return t;
  }

  build(): string {
    const { req } = this;
    const df = this.load(`[internal] load build definition from ${req.dockerfileName}`, 'transferring dockerfile', req.dockerfileDir, { followPaths: [req.dockerfileName, `${req.dockerfileName}.dockerignore`] }, `docker-dockerfile:${req.dockerfileDir}`);
    const file = df.files.find((f) => f.rel === req.dockerfileName && f.kind === 'file');
    if (!file) {
      // The frontend reads the file from the local source mounted under dockerd's tmp dir.
      let mount = '';
      for (let i = 0; i < 10; i++) mount += String(randomInt(this.node.state.random, i === 0 ? 1 : 0, 9));
      throw new SolveFailure(`${FRONTEND}failed to read dockerfile: open /var/lib/docker/tmp/buildkit-mount${mount}/${req.dockerfileName}: no such file or directory`);
    }
    const ignoreFile = this.load('[internal] load .dockerignore', 'transferring context', req.contextDir, { followPaths: ['.dockerignore'] }, `docker-context-.dockerignore:${req.contextDir}`);
    const excludes = parseDockerignore(ignoreFile.files.find((f) => f.rel === '.dockerignore' && f.kind === 'file')?.content ?? '');
    const text = new TextDecoder().decode(Uint8Array.from(file.content, (ch) => ch.charCodeAt(0)));
    let parsed: ReturnType<typeof parseDockerfile>;
    let stages: Stage[];
    let metaArgs: Array<{ key: string; value?: string }>;
    try {
      parsed = parseDockerfile(text);
      ({ stages, metaArgs } = parseStages(parsed.nodes, { runNetwork: false }));
    } catch (err) {
      throw new SolveFailure(`${FRONTEND}failed to create LLB definition: ${dockerfileMessage(err)}`);
    }
    // buildkit 0.8 parses each --mount with the instruction (a parse error, before anything loads).
    for (const st of stages) {
      for (const c of st.commands) {
        if (c.kind !== 'run') continue;
        for (const m of c.mounts) {
          try {
            parseRunMount(m, (w) => w);
          } catch (err) {
            throw new SolveFailure(`${FRONTEND}failed to create LLB definition: ${dockerfileMessage(new Error(`dockerfile parse error on line ${c.startLine}: ${(err as Error).message}`))}`);
          }
        }
      }
    }
    const escape = parsed.escapeToken;
    const globals = new Map<string, string>();
    for (const a of metaArgs) {
      const v = req.buildArgs[a.key] ?? (a.value === undefined ? undefined : processWord(a.value, globals, escape));
      if (v !== undefined) globals.set(a.key, v);
    }
    let targetIndex = stages.length - 1;
    if (req.target !== '') {
      targetIndex = stages.findIndex((s) => s.name === req.target.toLowerCase());
      if (targetIndex < 0) throw new SolveFailure(`${FRONTEND}failed to create LLB definition: target stage ${req.target} could not be found`);
    }
    const bases = stages.map((s) => processWord(s.baseName, globals, escape));
    const stageIndex = (name: string, before: number): number => {
      const lower = name.toLowerCase();
      const named = stages.findIndex((s, i) => i < before && s.name === lower);
      if (named >= 0) return named;
      return /^\d+$/.test(name) && Number(name) < before ? Number(name) : -1;
    };
    // The stages the target needs: its base stages and COPY --from stages, transitively.
    const needed = new Set<number>();
    const visit = (i: number): void => {
      if (needed.has(i)) return;
      needed.add(i);
      const base = stageIndex(bases[i] ?? '', i);
      if (base >= 0) visit(base);
      for (const c of stages[i]?.commands ?? []) if ((c.kind === 'copy' || c.kind === 'add') && c.from !== '' && stageIndex(c.from, i) >= 0) visit(stageIndex(c.from, i));
      for (const m of (stages[i]?.commands ?? []).flatMap((c) => (c.kind === 'run' ? c.mounts.map(rawMount) : []))) if (m.from !== '' && stageIndex(m.from, i) >= 0) visit(stageIndex(m.from, i));
    };
    visit(targetIndex);
    const order = [...needed].sort((a, b) => a - b);
    // FollowPaths of the context: only what the needed stages' COPY/ADD name is sent (dockerfile2llb ctxPaths).
    const sources = order.flatMap((i) =>
      (stages[i]?.commands ?? []).flatMap((c) =>
        (c.kind === 'copy' || c.kind === 'add') && c.from === '' ? c.sources : c.kind === 'run' ? c.mounts.map(rawMount).filter((m) => m.type === 'bind' && m.from === '').map((m) => m.source) : [],
      ),
    );
    const cleaned = sources.map((src) => src.replace(/^\.?\/+/, '').replace(/\/+$/, ''));
    this.contextFollow = cleaned.some((p) => p === '' || p === '.' || /[*?[]/.test(p)) ? undefined : [...new Set(cleaned)];
    // Each base image's metadata, once per name, before any step.
    const images = new Map<string, string>();
    for (const i of order) {
      const base = bases[i] ?? '';
      if (base === 'scratch' || stageIndex(base, i) >= 0 || images.has(base)) continue;
      images.set(base, this.resolve(base));
    }
    // Converting a RUN's mounts fails before any step runs (a target that is the root).
    for (const i of order) {
      let workdir = '/';
      for (const c of stages[i]?.commands ?? []) {
        if (c.kind === 'workdir' && c.value.startsWith('/')) workdir = c.value;
        if (c.kind !== 'run') continue;
        try {
          convertMounts(c.mounts.map(rawMount), workdir);
        } catch (err) {
          throw new SolveFailure(`${FRONTEND}failed to create LLB definition: ${(err as Error).message}`);
        }
      }
    }
    // A cache mount without from= reads the scratch stage (detectRunMount): the file then has more than one stage.
    const cacheScratch = order.some((i) => (stages[i]?.commands ?? []).some((c) => c.kind === 'run' && c.mounts.map(rawMount).some((m) => m.type === 'cache' && m.from === '')));
    const results = new Map<number, StageState>();
    for (const i of order) {
      const stage = stages[i] as Stage;
      const base = bases[i] ?? '';
      const fromStage = stageIndex(base, i);
      const total = (base !== 'scratch' && fromStage < 0 ? 1 : 0) + stage.commands.filter((c) => c.kind === 'run' || c.kind === 'copy' || c.kind === 'add' || c.kind === 'workdir').length;
      const prefixName = stage.name !== '' ? stage.name : order.length > 1 || cacheScratch ? `stage-${i}` : '';
      const d: StageState = { stage, prefix: prefixName, total, index: 0, args: new Map(), key: '', chain: [], config: { Env: [DEFAULT_PATH] }, history: [], createdMs: 0, firstStepDone: false };
      if (fromStage >= 0) {
        const from = results.get(fromStage) as StageState;
        Object.assign(d, { chain: [...from.chain], config: structuredClone(from.config), history: [...from.history], createdMs: from.createdMs, key: from.key });
      } else if (base !== 'scratch') this.from(d, base, images.get(base) ?? '');
      else d.key = 'scratch';
      for (const c of stage.commands) this.step(d, c, globals, escape, results, stages, stageIndex);
      results.set(i, d);
    }
    return exportImage(this.node, this.trace, results.get(targetIndex) as StageState, req.tags);
  }

  /**
   * `[internal] load metadata for …`: the image in dockerd's store (builder-next resolves local
   * images first), or resolved on its registry and pulled (its FROM then shows the download).
   */
  private resolve(base: string): string {
    const full = tagged(base);
    const v = this.trace.start(`[internal] load metadata for ${full}`);
    v.digest = opDigest(`metadata:${full}`);
    this.trace.advance(METADATA_MS);
    try {
      let id: string;
      try {
        id = findImage(this.node, base).id;
      } catch (err) {
        if (!isDockerdError(err)) throw err;
        pullImage(this.node, base);
        id = findImage(this.node, base).id;
        this.pulled.add(id);
        this.trace.advance(REMOTE_RESOLVE_MS);
      }
      this.trace.done(v);
      return id;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.trace.fail(v, message);
      throw new SolveFailure(`${FRONTEND}failed to create LLB definition: ${message}`);
    }
  }

  private name(d: StageState, text: string): string {
    if (d.total === 0) return text;
    d.index++;
    const width = String(d.total).length;
    return `[${d.prefix === '' ? '' : `${d.prefix} `}${String(d.index).padStart(width)}/${d.total}] ${text}`;
  }

  private from(d: StageState, base: string, id: string): void {
    const image = this.node.state.dockerd.images[id];
    const pulled = this.pulled.has(id);
    // A local image is named as written (normalised); one resolved on a registry is pinned to its digest.
    const repoDigest = image?.repoDigests.find((r) => r.startsWith(`${tagged(base).replace(/:[^:/]+$/, '')}@`));
    const display = pulled && repoDigest ? `${tagged(base)}${repoDigest.slice(repoDigest.indexOf('@'))}` : tagged(base).replace(/:latest$/, base.endsWith(':latest') ? ':latest' : '');
    const vertex = this.trace.start(this.name(d, `FROM ${display}`));
    vertex.digest = opDigest(`from:${display}`);
    this.trace.advance(2);
    if (pulled) this.download(vertex, display, image?.diffIds ?? []);
    this.trace.done(vertex);
    d.from = { vertex, seen: this.cache.images.has(id) };
    this.cache.images.add(id);
    const config = structuredClone((image?.config.config ?? {}) as ContainerConfig);
    const env = (config.Env as string[] | null | undefined) ?? [];
    if (!env.some((e) => e.startsWith('PATH='))) config.Env = [...env, DEFAULT_PATH];
    d.config = config;
    d.chain = [...(image?.diffIds ?? [])];
    d.history = [...((image?.config.history as HistoryEntry[] | undefined) ?? [])];
    d.createdMs = Date.parse(image?.created ?? '') || 0;
    d.key = `image:${id}`;
  }

  /** A pulled base's statuses under its FROM: the resolve, each layer's download, then its extraction. */
  private download(v: Vertex, display: string, diffIds: readonly string[]): void {
    this.trace.status(v, `resolve ${display}`, 3);
    const blobs = diffIds.map((d) => findLayer(this.node, d)?.blob).filter((b) => b !== undefined);
    for (const b of blobs) this.trace.status(v, b.digest, 40 + b.size / DOWNLOAD_BYTES_PER_MS, 0, b.size);
    for (const b of blobs) this.trace.status(v, `extracting ${b.digest}`, 20 + b.size / EXTRACT_BYTES_PER_MS);
  }

  /** The step after FROM ran: FROM's result was needed, loaded from the cache if the builder had it. */
  private ran(d: StageState): void {
    if (!d.firstStepDone && d.from?.seen) d.from.vertex.cached = true;
    d.firstStepDone = true;
  }

  private step(d: StageState, c: Instruction, globals: Env, escape: string, results: Map<number, StageState>, stages: Stage[], stageIndex: (name: string, before: number) => number): void {
    const env = new Map<string, string>(d.args);
    for (const kv of (d.config.Env as string[] | undefined) ?? []) {
      const eq = kv.indexOf('=');
      env.set(kv.slice(0, eq), kv.slice(eq + 1));
    }
    if (c.kind === 'arg') {
      for (const a of c.args) {
        const v = this.req.buildArgs[a.key] ?? (a.value === undefined ? globals.get(a.key) : processWord(a.value, env, escape));
        if (v !== undefined) d.args.set(a.key, v);
      }
      this.history(d, `ARG ${c.args.map((a) => (a.value === undefined ? a.key : `${a.key}=${a.value}`)).join(' ')}`, false);
      return;
    }
    const shown = upperFirst(expandOr(c.original.trim(), env, escape));
    if (c.kind === 'run') {
      const mounts = c.mounts.map((m) => parseRunMount(m, (w) => expandOr(w, env, escape)) as RunMount);
      const workdir = typeof d.config.WorkingDir === 'string' && d.config.WorkingDir !== '' ? d.config.WorkingDir : '/';
      const fromTree = (name: string): SourceTree => {
        const at = stageIndex(name, stages.indexOf(d.stage));
        const chain = at >= 0 ? (results.get(at)?.chain ?? []) : (this.node.state.dockerd.images[this.resolve(name)]?.diffIds ?? []);
        return treeOf(mergedFiles(this.node, chain));
      };
      return this.run(d, c, env, shown, convertMounts(mounts, workdir), fromTree);
    }
    if (c.kind === 'copy' || c.kind === 'add') return this.copy(d, c, shown, results, stages);
    const state: DispatchState = { config: d.config, cmdSet: false, args: d.args, escapeToken: escape };
    const comment = dispatchMetadata(state, c);
    if (comment === undefined) throw new SolveFailure(`${FRONTEND}failed to create LLB definition: ${c.original} is not simulated here`);
    d.config = state.config;
    if (c.kind !== 'workdir') {
      this.history(d, comment, false);
      return;
    }
    const dir = d.config.WorkingDir as string;
    this.layerStep(d, this.name(d, shown), { workdir: dir }, () => {
      const fs = new StepFs(mergedFiles(this.node, d.chain));
      if (fs.lookup(dir) === undefined) fs.write(dir, { kind: 'dir', mode: 0o755 });
      return fs.diff();
    });
    this.history(d, comment, true);
  }

  private run(d: StageState, c: Extract<Instruction, { kind: 'run' }>, env: Env, shown: string, converted: ConvertedMount[], fromTree: (name: string) => SourceTree): void {
    const argv = c.prependShell ? [...shellOf(d.config), ...c.cmd] : [...c.cmd];
    const envList = [...((d.config.Env as string[] | undefined) ?? []), ...[...d.args].filter(([k]) => !((d.config.Env as string[] | undefined) ?? []).some((e) => e.startsWith(`${k}=`))).map(([k, v]) => `${k}=${v}`)];
    const cwd = typeof d.config.WorkingDir === 'string' && d.config.WorkingDir !== '' ? d.config.WorkingDir : '/';
    void env;
    const name = this.name(d, shown);
    // A bind's source takes part in the key by content; the context is transferred for it first.
    const keyMounts = mountsKey(converted, (m) => {
      const src = `/${m.source}`.replace(/\/+$/, '').replace(/\/+/g, '/') || '/';
      const tree = m.from !== '' ? fromTree(m.from) : treeOf(this.contextSource());
      if (!tree.lookup(src)) {
        const message = `failed to compute cache key: ${JSON.stringify(src)} not found: not found`;
        this.trace.fail(this.trace.start(name), message);
        throw new SolveFailure(message);
      }
      return digestText(JSON.stringify(subtreeEntries(tree, src)));
    });
    this.layerStep(d, name, { run: argv, env: envList, cwd, ...(keyMounts.length > 0 ? { mounts: keyMounts } : {}) }, (v) => {
      const root = new StepFs(mergedFiles(this.node, d.chain));
      let fs: StepFs | MountedFs = root;
      if (converted.length > 0) {
        let mounts;
        try {
          mounts = mountForRun(converted, {
            context: () => treeOf(this.contextSource()),
            from: fromTree,
            // builder-next with --no-cache started its cache mounts empty (oracle: RUN --mount=type=cache).
            cacheMounts: this.req.noCache ? new Map() : this.cache.cacheMounts,
            cacheNamespace: this.req.buildArgs.BUILDKIT_CACHE_MOUNT_NS ?? '',
            session: this.req.session ?? {},
            nowSeconds: Math.floor(this.trace.nowMs / 1000),
            secretNotFound: (id) => `secret ${id} not found: not found`,
          });
        } catch (err) {
          if (!(err instanceof MountError)) throw err;
          this.trace.fail(v, err.message);
          throw new SolveFailure(err.message);
        }
        fs = new MountedFs(root, mounts, Math.floor(this.trace.nowMs / 1000));
        // buildkit 0.8 leaves the directories runc made for mounts in the layer (oracle: a tmpfs target).
        for (const m of mounts) if (m.fs.lookup('/')?.kind === 'dir' && root.lookup(m.target) === undefined) root.write(m.target, { kind: 'dir', mode: 0o755 });
      }
      const started = this.trace.nowMs;
      const ran = runInStep(fs, { argv, env: envList, cwd, hostname: randomHex(this.node, 6), nowMs: started + RUN_START_MS });
      const out = ran.kind === 'exec-failed' ? [] : ran.out;
      for (const chunk of out) v.logs.push({ atMs: started + RUN_START_MS + (chunk.atMs ?? 0), text: chunk.text });
      this.trace.advance(RUN_START_MS + Math.max(0, ...out.map((o) => o.atMs ?? 0)) + RUN_END_MS);
      // buildkit 0.8's executor error (solver/llbsolver/ops/exec.go): `executor failed running [argv]: …`.
      const failure =
        ran.kind === 'exec-failed' ? ran.why : ran.kind === 'endless' ? 'not simulated here: the command never ends on its own' : ran.code !== 0 ? `exit code: ${ran.code}` : undefined;
      if (failure !== undefined) {
        const message = `executor failed running [${argv.join(' ')}]: ${failure}`;
        this.trace.fail(v, message);
        throw new SolveFailure(message);
      }
      return root.diff();
    });
    const pairs = [...d.args].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k}=${v}`);
    this.history(d, `RUN ${pairs.length > 0 ? `|${pairs.length} ${pairs.join(' ')} ` : ''}${argv.join(' ')}`, true);
  }

  private copy(d: StageState, c: Extract<Instruction, { kind: 'copy' | 'add' }>, shown: string, results: Map<number, StageState>, stages: Stage[]): void {
    let from: Record<string, LayerFile>;
    let rooted = false;
    if (c.from !== '') {
      const lower = c.from.toLowerCase();
      const at = stages.findIndex((s, i) => results.has(i) && (s.name === lower || String(i) === c.from));
      const chain = at >= 0 ? (results.get(at)?.chain ?? []) : (this.node.state.dockerd.images[this.resolve(c.from)]?.diffIds ?? []);
      from = mergedFiles(this.node, chain);
      rooted = true;
    } else from = this.contextSource();
    const name = this.name(d, shown);
    const workdir = typeof d.config.WorkingDir === 'string' && d.config.WorkingDir !== '' ? d.config.WorkingDir : '/';
    const fs = new StepFs(mergedFiles(this.node, d.chain));
    let hashes: string[];
    try {
      ({ hashes } = copyInto(fs, { sources: c.sources, dest: c.dest, workdir, from, rooted }));
    } catch (err) {
      if (!(err instanceof CopySourceMissing)) throw err;
      // buildkit 0.8's cache key of a missing source (cache/contenthash: `"/x" not found: not found`).
      const message = `failed to compute cache key: "/${err.source.replace(/^\.?\/+/, '')}" not found: not found`;
      this.trace.fail(this.trace.start(name), message);
      throw new SolveFailure(message);
    }
    this.layerStep(d, name, { copy: c.sources, dest: c.dest, workdir, files: digestText(hashes.join('\n')) }, () => fs.diff());
    this.history(d, `${c.kind.toUpperCase()} ${c.sources.join(' ')} ${c.dest}`, true);
  }

  /** The context, transferred the first time a step needs it (`[internal] load build context`). */
  private contextSource(): Record<string, LayerFile> {
    if (!this.context) {
      const dir = this.req.contextDir;
      const dockerignore = transferLocalFile(this.node, dir, '.dockerignore');
      this.context = this.load('[internal] load build context', 'transferring context', dir, { excludes: parseDockerignore(dockerignore), ...(this.contextFollow ? { followPaths: this.contextFollow } : {}) }, `docker-context:${dir}`);
    }
    const out: Record<string, LayerFile> = {};
    for (const f of this.context.files) {
      out[f.rel] = f.kind === 'file' ? { kind: 'file', mode: f.mode & 0o7777, size: f.content.length, content: f.content } : f.kind === 'dir' ? { kind: 'dir', mode: f.mode & 0o7777 } : { kind: 'symlink', mode: 0o777, content: f.content };
    }
    return out;
  }

  /** A step with a layer: CACHED from the builder's records, or made now. */
  private layerStep(d: StageState, name: string, keyParts: unknown, make: (v: Vertex) => Record<string, LayerFile | null>): void {
    const key = digestText(`${d.key}\n${JSON.stringify(keyParts)}`);
    const v = this.trace.start(name);
    v.digest = opDigest(`step:${key}`);
    const hit = this.req.noCache ? undefined : this.cache.steps.get(key);
    if (hit && (hit.diffId === null || findLayer(this.node, hit.diffId))) {
      this.trace.advance(1);
      this.trace.done(v, true);
      d.key = key;
      if (hit.diffId !== null) d.chain = [...d.chain, hit.diffId];
      d.createdMs = hit.createdMs;
      d.lastEmpty = hit.diffId === null;
      return;
    }
    this.ran(d);
    const diff = make(v);
    let diffId: string | null = null;
    if (Object.keys(diff).length > 0) {
      const layer = stepLayer(diff, Math.floor(this.trace.nowMs / 1000));
      addLayer(this.node, { diffId: layer.diffId, size: diffSize(diff), files: diff, rawDeflated: layer.rawDeflated });
      diffId = layer.diffId;
      d.chain = [...d.chain, diffId];
    }
    this.trace.done(v);
    this.cache.steps.set(key, { diffId, createdMs: this.trace.nowMs });
    d.key = key;
    d.createdMs = this.trace.nowMs;
    d.lastEmpty = diffId === null;
  }

  /** commitToHistory: a layer step's entry ends ` # buildkit`; one that changed nothing is an empty layer. */
  private history(d: StageState, createdBy: string, withLayer: boolean): void {
    d.history = [
      ...d.history,
      { created: goTimeJson(d.createdMs), created_by: withLayer ? `${createdBy} # buildkit` : createdBy, comment: 'buildkit.dockerfile.v0', ...(!withLayer || d.lastEmpty ? { empty_layer: true } : {}) },
    ];
  }
}

/** A --mount value read without variables (its type and from= for the stage graph); a bind when it cannot be read. */
function rawMount(value: string): RunMount {
  try {
    return parseRunMount(value, (w) => w) as RunMount;
  } catch {
    return { type: 'bind', from: '', source: '', target: '/x', readOnly: true, sizeLimit: 0, id: '', sharing: '', required: false };
  }
}

/** Files by path (relative or absolute) as a tree mounts read. */
function treeOf(files: Record<string, LayerFile>): SourceTree {
  const abs = new Map<string, LayerFile>([['/', { kind: 'dir', mode: 0o755 }]]);
  for (const [p, f] of Object.entries(files)) abs.set(p.startsWith('/') ? p : `/${p}`, f);
  return {
    lookup: (p) => abs.get(p),
    list: (p) => {
      const prefix = p === '/' ? '/' : `${p}/`;
      return [...abs.keys()].filter((k) => k !== p && k.startsWith(prefix) && !k.slice(prefix.length).includes('/')).map((k) => k.slice(prefix.length)).sort();
    },
  };
}

/** The entries at and below `path`, for a cache key. */
function subtreeEntries(tree: SourceTree, path: string): unknown[] {
  const out: unknown[] = [];
  const walk = (p: string): void => {
    const f = tree.lookup(p);
    if (!f) return;
    out.push([p, f.kind, f.mode, f.content ?? '']);
    if (f.kind === 'dir') for (const n of tree.list(p)) walk(p === '/' ? `/${n}` : `${p}/${n}`);
  };
  walk(path);
  return out;
}

/** reference.TagNameOnly's string: docker.io/library/busybox:latest. */
function tagged(ref: string): string {
  const slash = ref.indexOf('/');
  const first = slash < 0 ? '' : ref.slice(0, slash);
  const domain = first.includes('.') || first.includes(':') || first === 'localhost';
  const full = domain ? ref : slash < 0 ? `docker.io/library/${ref}` : `docker.io/${ref}`;
  const last = full.slice(full.lastIndexOf('/') + 1);
  return last.includes(':') || full.includes('@') ? full : `${full}:latest`;
}

/** processCmdEnv: the instruction with its variables expanded, as it was written when that fails. */
function expandOr(text: string, env: Env, escape: string): string {
  try {
    return processWord(text, env, escape);
  } catch {
    return text;
  }
}

function upperFirst(text: string): string {
  const sp = text.indexOf(' ');
  return sp < 0 ? text.toUpperCase() : `${text.slice(0, sp).toUpperCase()}${text.slice(sp)}`;
}

function transferLocalFile(node: Node, dir: string, name: string): string {
  return node.state.host.files[`${dir === '/' ? '' : dir}/${name}`]?.content ?? '';
}

/** Runs the build; never throws for a build failure (the error is the outcome's). */
export function buildWithBuildkit(node: Node, req: NextBuildRequest): NextBuildOutcome {
  const trace = new Trace(node.nowMs());
  const cache = nextCache(node);
  const builder = new NextBuilder(node, req, trace, cache);
  let outcome: NextBuildOutcome;
  try {
    outcome = { trace, id: builder.build() };
  } catch (err) {
    if (!(err instanceof SolveFailure)) throw err;
    outcome = { trace, error: err.message };
  }
  saveNextCache(node, cache);
  return outcome;
}
