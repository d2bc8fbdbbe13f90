// POST /build with the classic builder, Docker 20.10's default (moby 20.10 builder/dockerfile:
// builder.go, dispatchers.go, internals.go). The Dockerfile is read with buildkit's parser (as
// moby vendors it); each instruction is `Step i/n : <original>`. FROM names an image (pulled
// when missing) or an earlier stage; a metadata instruction runs a `#(nop)` container and is
// committed as an empty-layer image; RUN runs the command in a container on the step's rootfs
// and commits its changes as a layer; COPY/ADD copy from the context without a container.
// Every step's image is kept as an intermediate image (its Parent the step before), which is
// also the cache: a step whose parent and container config match an earlier image reuses it.

import { parseDockerfile, type DockerfileNode } from '../../../buildkit/dockerfile/parser';
import { parseStages, type Instruction, type Stage } from '../../../buildkit/dockerfile/instructions';
import type { LayerFile } from '../../../oci/blob';
import type { Node } from '../../../node';
import { formatNamed, parseDockerRef } from '../../../oci/docker-reference';
import { digestText } from '../../../oci/digest';
import { invalidParameter, isDockerdError } from '../../errors';
import { ENGINE_VERSION } from '../../system/version';
import { goTimeJson } from '../go-time';
import { marshalImageConfig, v1Image, type HistoryEntry } from '../image-config';
import { goContainerConfig } from '../inspect';
import { addLayer, diffSize, findLayer, mergedFiles } from '../layers';
import { findImage } from '../lookup';
import type { JsonLikeMessage } from '../messages';
import { pullImage } from '../pull';
import { randomHex } from '../random-hex';
import { storeImage } from '../store-image';
import { dispatchMetadata, shellOf, type ContainerConfig, type DispatchState } from './config-dispatch';
import { CopySourceMissing, copyInto } from './copy-into';
import { dockerfileMessage } from './dockerfile-message';
import { runInStep } from './run-in-step';
import { StepFs } from './step-fs';
import { stepLayer } from './layer-tar';

export interface BuildRequest {
  /** The context's files, path relative to the context root (`a.txt`, `src/x`) → file. */
  context: Readonly<Record<string, LayerFile>>;
  /** The Dockerfile's text and its name as given (-f). */
  dockerfile: string;
  dockerfileName: string;
  tags: readonly string[];
  buildArgs: Readonly<Record<string, string>>;
  target: string;
  noCache: boolean;
}

export interface BuildOutcome {
  messages: JsonLikeMessage[];
  /** The built image id (sha256:…), when the build succeeded. */
  id?: string;
  /** The error that ended the stream, and the exit code the CLI then uses (RUN's code). */
  error?: { message: string; code: number };
}

const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/** Build args that are always allowed (builder/dockerfile/buildargs.go builtinAllowedBuildArgs). */
const BUILTIN_ARGS = new Set(['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy']);

interface Current {
  /** The image id of the step so far ('' before anything: FROM scratch). */
  id: string;
  config: ContainerConfig;
  diffIds: string[];
  history: HistoryEntry[];
  author?: string;
}

class BuildFailure extends Error {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
  }
}

function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}

/** Parses the Dockerfile as 20.10's builder words its errors (`dockerfile parse error line N: …`). */
function parse(text: string, name: string): { stages: Stage[]; metaArgs: Array<{ key: string; value?: string }> } {
  if (text.trim() === '') throw invalidParameter(`the Dockerfile (${name}) cannot be empty`);
  let nodes: DockerfileNode[];
  try {
    nodes = parseDockerfile(text).nodes;
  } catch (err) {
    throw invalidParameter(err instanceof Error ? err.message : String(err));
  }
  try {
    return parseStages(nodes, { runNetwork: false });
  } catch (err) {
    throw invalidParameter(dockerfileMessage(err));
  }
}

class ClassicBuilder {
  readonly messages: JsonLikeMessage[] = [];
  private step = 0;
  private clock: number;
  private readonly stageImages = new Map<string, string>();
  private readonly usedArgs = new Set<string>();

  constructor(
    private readonly node: Node,
    private readonly req: BuildRequest,
    private readonly total: number,
  ) {
    this.clock = node.nowMs();
  }

  private say(text: string): void {
    this.messages.push({ stream: text });
  }

  private now(): string {
    this.clock += 70;
    return goTimeJson(this.clock);
  }

  /** FROM: an earlier stage, scratch, an image of the store, or one pulled now. */
  private from(stage: Stage, index: number, args: Map<string, string>): Current {
    const name = stage.baseName.replace(/\$\{?(\w+)\}?/g, (_m, k: string) => args.get(k) ?? '');
    this.say(`Step ${++this.step}/${this.total} : ${stage.original}\n`);
    const earlier = this.stageImages.get(name.toLowerCase());
    let id = earlier;
    if (id === undefined && name !== 'scratch') {
      try {
        id = findImage(this.node, name).id;
      } catch (err) {
        if (!isDockerdError(err)) throw err;
        let messages;
        try {
          messages = pullImage(this.node, name);
        } catch (pullErr) {
          throw new BuildFailure(pullErr instanceof Error ? pullErr.message : String(pullErr));
        }
        for (const m of messages) this.messages.push({ ...m });
        id = findImage(this.node, name).id;
      }
    }
    void index;
    this.say(` ---> ${id === undefined ? '' : shortId(id)}\n`);
    if (id === undefined) return { id: '', config: { Env: [DEFAULT_PATH] }, diffIds: [], history: [] };
    const image = this.node.state.dockerd.images[id];
    const base = (image?.config.config ?? {}) as ContainerConfig;
    const config: ContainerConfig = JSON.parse(JSON.stringify(base)) as ContainerConfig;
    const env = (config.Env as string[] | null | undefined) ?? [];
    if (!env.some((e) => e.startsWith('PATH='))) config.Env = [...env, DEFAULT_PATH];
    return { id, config, diffIds: [...(image?.diffIds ?? [])], history: [...((image?.config.history as HistoryEntry[] | undefined) ?? [])] };
  }

  /** probeCache: an image made from `parent` with the same container config. */
  private cached(parent: string, containerConfig: ContainerConfig): string | undefined {
    if (this.req.noCache) return undefined;
    const key = cacheKey(containerConfig);
    return Object.values(this.node.state.dockerd.images).find((i) => i.parent === parent && parent !== '' && cacheKey((i.config.container_config ?? {}) as ContainerConfig) === key)?.id;
  }

  /** Commits the step: a new image whose parent is the current one. */
  private commit(cur: Current, createdBy: string, containerCmd: string[], layer: Record<string, LayerFile | null> | undefined, containerId: string): Current {
    const created = this.now();
    const diffIds = [...cur.diffIds];
    let size = 0;
    for (const d of cur.diffIds) size += findLayer(this.node, d)?.size ?? 0;
    if (layer !== undefined) {
      const { diffId, rawDeflated } = stepLayer(layer, Math.floor(this.clock / 1000));
      const layerSize = diffSize(layer);
      addLayer(this.node, { diffId, size: layerSize, files: layer, rawDeflated });
      diffIds.push(diffId);
      size += layerSize;
    }
    const history: HistoryEntry[] = [...cur.history, { created, created_by: createdBy, ...(layer === undefined ? { empty_layer: true } : {}) }];
    const config = { ...cur.config, Image: cur.id === '' ? '' : `sha256:${cur.id}` };
    const containerConfig = { ...cur.config, Hostname: containerId.slice(0, 12), Cmd: containerCmd, Image: config.Image, Labels: cur.config.Labels ?? {} };
    const v1 = v1Image({
      author: cur.author,
      config: goContainerConfig(config),
      container: containerId,
      container_config: goContainerConfig(containerConfig),
      created,
      docker_version: ENGINE_VERSION,
      architecture: 'amd64',
      os: 'linux',
    });
    const text = marshalImageConfig(v1, history, diffIds);
    const id = storeImage(this.node, text, size, cur.id === '' ? undefined : cur.id);
    return { ...cur, id, diffIds, history, config: cur.config };
  }

  /** A metadata instruction: `Running in`, the `#(nop)` commit, or the cache. */
  private metadata(cur: Current, c: Instruction, state: DispatchState): Current {
    const before = JSON.stringify(cur.config);
    const comment = dispatchMetadata(state, c);
    if (comment === undefined) throw new BuildFailure(`not simulated here: ${c.original}`);
    const single = c.kind === 'workdir';
    const cmd = single ? [...shellOf(cur.config), `#(nop) ${comment}`] : [...shellOf(cur.config), '#(nop) ', comment];
    void before;
    const containerConfig = { ...cur.config, Cmd: cmd };
    const hit = this.cached(cur.id, { ...containerConfig, Image: cur.id === '' ? '' : `sha256:${cur.id}` });
    if (hit) {
      this.say(' ---> Using cache\n');
      this.say(` ---> ${shortId(hit)}\n`);
      return this.reuse(cur, hit, state);
    }
    const container = randomHex(this.node, 32);
    this.say(` ---> Running in ${container.slice(0, 12)}\n`);
    let layer: Record<string, LayerFile | null> | undefined;
    if (c.kind === 'workdir') {
      const fs = new StepFs(mergedFiles(this.node, cur.diffIds));
      const dir = cur.config.WorkingDir as string;
      if (fs.lookup(dir) === undefined) fs.write(dir, { kind: 'dir', mode: 0o755 });
      layer = fs.diff();
    }
    this.say(`Removing intermediate container ${container.slice(0, 12)}\n`);
    const next = this.commit({ ...cur, author: state.author ?? cur.author }, cmd.join(' '), cmd, layer, container);
    this.say(` ---> ${shortId(next.id)}\n`);
    return next;
  }

  private reuse(cur: Current, id: string, state: DispatchState): Current {
    const image = this.node.state.dockerd.images[id];
    return { id, config: state.config, diffIds: [...(image?.diffIds ?? [])], history: [...((image?.config.history as HistoryEntry[] | undefined) ?? [])], author: state.author ?? cur.author };
  }

  private argsPrefix(state: DispatchState): string {
    const pairs = [...state.args.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k}=${v}`);
    for (const [k] of state.args) this.usedArgs.add(k);
    return pairs.length === 0 ? '' : `|${pairs.length} ${pairs.join(' ')} `;
  }

  private run(cur: Current, c: Extract<Instruction, { kind: 'run' }>, state: DispatchState): Current {
    // dispatchers.go dispatchRun: the classic builder takes no RUN flag (oracle: RUN --mount).
    if (c.flagsUsed.length > 0) throw new BuildFailure(`the --${c.flagsUsed[0]} option requires BuildKit. Refer to https://docs.docker.com/go/buildkit/ to learn how to build images with BuildKit enabled`);
    const argv = c.prependShell ? [...shellOf(cur.config), ...c.cmd] : [...c.cmd];
    const prefix = this.argsPrefix(state);
    const containerCmd = prefix === '' ? argv : [`|${state.args.size}`, ...[...state.args.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k}=${v}`), ...argv];
    const hit = this.cached(cur.id, { ...cur.config, Cmd: containerCmd, Image: cur.id === '' ? '' : `sha256:${cur.id}` });
    if (hit) {
      this.say(' ---> Using cache\n');
      this.say(` ---> ${shortId(hit)}\n`);
      return this.reuse(cur, hit, state);
    }
    const container = randomHex(this.node, 32);
    this.say(` ---> Running in ${container.slice(0, 12)}\n`);
    const fs = new StepFs(mergedFiles(this.node, cur.diffIds));
    const env = [...((cur.config.Env as string[] | null) ?? []), ...[...state.args.entries()].filter(([k]) => !((cur.config.Env as string[] | null) ?? []).some((e) => e.startsWith(`${k}=`))).map(([k, v]) => `${k}=${v}`)];
    const cwd = typeof cur.config.WorkingDir === 'string' && cur.config.WorkingDir !== '' ? cur.config.WorkingDir : '/';
    const ran = runInStep(fs, { argv, env, cwd, hostname: container.slice(0, 12), nowMs: this.clock });
    if (ran.kind === 'exec-failed') throw new BuildFailure(`OCI runtime create failed: container_linux.go:380: starting container process caused: ${ran.why}: unknown`, 127);
    for (const chunk of ran.out) this.say(chunk.stream === 'stderr' ? `\x1b[91m${chunk.text}\x1b[0m` : chunk.text);
    if (ran.kind === 'endless') throw new BuildFailure(`not simulated here: RUN ${argv.join(' ')} never ends on its own`);
    if (ran.code !== 0) throw new BuildFailure(`The command '${argv.join(' ')}' returned a non-zero code: ${ran.code}`, ran.code);
    this.say(`Removing intermediate container ${container.slice(0, 12)}\n`);
    const next = this.commit(cur, `${prefix}${argv.join(' ')}`, containerCmd, fs.diff(), container);
    this.say(` ---> ${shortId(next.id)}\n`);
    return next;
  }

  /** COPY / ADD from the context or, with --from, an earlier stage or image. */
  private copy(cur: Current, c: Extract<Instruction, { kind: 'copy' | 'add' }>): Current {
    const fs = new StepFs(mergedFiles(this.node, cur.diffIds));
    let source: Readonly<Record<string, LayerFile>>;
    let rooted = false;
    if (c.from !== '') {
      const stage = this.stageImages.get(c.from.toLowerCase());
      const id = stage ?? findImage(this.node, c.from).id;
      source = mergedFiles(this.node, this.node.state.dockerd.images[id]?.diffIds ?? []);
      rooted = true;
    } else source = this.req.context;
    const workdir = typeof cur.config.WorkingDir === 'string' && cur.config.WorkingDir !== '' ? cur.config.WorkingDir : '/';
    let placed: ReturnType<typeof copyInto>;
    try {
      placed = copyInto(fs, { sources: c.sources, dest: c.dest, workdir, from: source, rooted });
    } catch (err) {
      if (!(err instanceof CopySourceMissing)) throw err;
      throw new BuildFailure(`${c.kind.toUpperCase()} failed: file not found in build context or excluded by .dockerignore: stat ${err.source}: file does not exist`);
    }
    const { hashes, kind } = placed;
    const hash = digestText(hashes.join('\n')).replace(/^sha256:/, '');
    const comment = `${c.kind.toUpperCase()} ${kind}:${hash} in ${c.dest} `;
    const cmd = [...shellOf(cur.config), `#(nop) ${comment}`];
    const hit = this.cached(cur.id, { ...cur.config, Cmd: cmd, Image: cur.id === '' ? '' : `sha256:${cur.id}` });
    if (hit) {
      this.say(' ---> Using cache\n');
      this.say(` ---> ${shortId(hit)}\n`);
      const image = this.node.state.dockerd.images[hit];
      return { ...cur, id: hit, diffIds: [...(image?.diffIds ?? [])], history: [...((image?.config.history as HistoryEntry[] | undefined) ?? [])] };
    }
    const next = this.commit(cur, cmd.join(' '), cmd, fs.diff(), randomHex(this.node, 32));
    this.say(` ---> ${shortId(next.id)}\n`);
    return next;
  }

  build(stages: Stage[], metaArgs: Array<{ key: string; value?: string }>): string {
    const globals = new Map<string, string>();
    for (const a of metaArgs) {
      const v = this.req.buildArgs[a.key] ?? a.value;
      if (v !== undefined) globals.set(a.key, v);
      this.usedArgs.add(a.key);
    }
    let last: Current | undefined;
    for (const [index, stage] of stages.entries()) {
      let cur = this.from(stage, index, globals);
      const state: DispatchState = { config: cur.config, cmdSet: false, args: new Map(), escapeToken: '\\' };
      for (const c of stage.commands) {
        if (c.kind === 'arg') {
          this.say(`Step ${++this.step}/${this.total} : ${c.original}\n`);
          for (const a of c.args) {
            const v = this.req.buildArgs[a.key] ?? a.value ?? globals.get(a.key);
            if (v !== undefined) state.args.set(a.key, v);
            this.usedArgs.add(a.key);
          }
          const comment = `ARG ${c.args.map((a) => (a.value === undefined ? a.key : `${a.key}=${a.value}`)).join(' ')}`;
          cur = this.nopCommit(cur, comment, state);
          continue;
        }
        this.say(`Step ${++this.step}/${this.total} : ${c.original}\n`);
        if (c.kind === 'run') cur = this.run(cur, c, state);
        else if (c.kind === 'copy' || c.kind === 'add') cur = this.copy(cur, c);
        else cur = this.metadata(cur, c, state);
        cur.config = state.config;
      }
      if (cur.id === '') throw new BuildFailure('No image was generated. Is your Dockerfile empty?');
      if (stage.name !== '') this.stageImages.set(stage.name, cur.id);
      this.stageImages.set(String(index), cur.id);
      last = cur;
      if (this.req.target !== '' && stage.name === this.req.target.toLowerCase()) break;
    }
    const unused = Object.keys(this.req.buildArgs).filter((k) => !this.usedArgs.has(k) && !BUILTIN_ARGS.has(k)).sort();
    if (unused.length > 0) this.say(`[Warning] One or more build-args [${unused.join(' ')}] were not consumed\n`);
    return last?.id ?? '';
  }

  /** ARG's `#(nop)` commit (it runs no container's command but is committed all the same). */
  private nopCommit(cur: Current, comment: string, state: DispatchState): Current {
    const cmd = [...shellOf(cur.config), '#(nop) ', comment];
    const hit = this.cached(cur.id, { ...cur.config, Cmd: cmd, Image: cur.id === '' ? '' : `sha256:${cur.id}` });
    if (hit) {
      this.say(' ---> Using cache\n');
      this.say(` ---> ${shortId(hit)}\n`);
      return this.reuse(cur, hit, state);
    }
    const container = randomHex(this.node, 32);
    this.say(` ---> Running in ${container.slice(0, 12)}\n`);
    this.say(`Removing intermediate container ${container.slice(0, 12)}\n`);
    const next = this.commit(cur, cmd.join(' '), cmd, undefined, container);
    this.say(` ---> ${shortId(next.id)}\n`);
    return next;
  }
}

/** What the cache compares: the container config without its per-container host name. */
function cacheKey(config: ContainerConfig): string {
  const { Hostname: _h, Labels: _l, ...rest } = goContainerConfig(config);
  return JSON.stringify(rest);
}

export function classicBuild(node: Node, req: BuildRequest): BuildOutcome {
  const { stages, metaArgs } = parse(req.dockerfile, req.dockerfileName);
  let chosen = stages;
  if (req.target !== '') {
    const at = stages.findIndex((s) => s.name === req.target.toLowerCase());
    if (at < 0) throw invalidParameter(`failed to reach build target ${req.target} in Dockerfile`);
    chosen = stages.slice(0, at + 1);
  }
  const total = chosen.reduce((n, s) => n + 1 + s.commands.length, 0);
  const builder = new ClassicBuilder(node, req, total);
  let id: string;
  try {
    id = builder.build(chosen, metaArgs);
  } catch (err) {
    if (err instanceof BuildFailure) return { messages: builder.messages, error: { message: err.message, code: err.code } };
    throw err;
  }
  builder.messages.push({ stream: `Successfully built ${shortId(id)}\n` });
  for (const tag of req.tags) {
    const full = formatNamed(parseDockerRef(tag));
    node.state.dockerd.references[full] = id;
    builder.messages.push({ stream: `Successfully tagged ${full.replace(/^docker\.io\/library\//, '').replace(/^docker\.io\//, '')}\n` });
  }
  return { messages: builder.messages, id: `sha256:${id}` };
}
