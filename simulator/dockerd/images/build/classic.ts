// POST /build with the classic builder, Docker 20.10's default (moby 20.10 builder/dockerfile:
// builder.go, dispatchers.go, internals.go). The Dockerfile is read with buildkit's parser (as
// moby vendors it); each instruction is `Step i/n : <original>`. FROM names an image (pulled
// when missing) or an earlier stage; a metadata instruction runs a `#(nop)` container and is
// committed as an empty-layer image; RUN runs the command in a container on the step's rootfs
// and commits its changes as a layer; COPY/ADD copy from the context without a container.
// Every step's image is kept as an intermediate image (its Parent the step before), which is
// also the cache: a step whose parent and container config match an earlier image reuses it.

import { parseDockerfile, type DockerfileNode } from '../../../buildkit/dockerfile/parser';
import { parseCommand, parseStages, type Instruction, type Stage } from '../../../buildkit/dockerfile/instructions';
import type { LayerFile } from '../../../oci/blob';
import type { Node } from '../../../node';
import { formatNamed, parseDockerRef } from '../../../oci/docker-reference';
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
import { DispatchError, dispatchMetadata, shellOf, type ContainerConfig, type DispatchState } from './config-dispatch';
import { CopySourceMissing, copyInto } from './copy-into';
import { sourceHash, sourcesHash } from './source-hash';
import { createContainer, type ContainerConfig as DockerContainerConfig, type HostConfig } from '../../containers/create';
import { removeContainer } from '../../containers/remove';
import { logContainerEvent } from '../../events/event-log';
import { dockerfileMessage } from './dockerfile-message';
import { runInStep } from './run-in-step';
import { entries, imageFile, resolveUser } from '../../runtime/user';
import { isUrl, urlSourceFailure } from './url-source';
import { archiveEntries } from './archive-entries';
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
  /** --label: LABEL instructions added to the last stage, sorted by key. */
  labels?: Readonly<Record<string, string>>;
  /** --rm (default true): remove a step's container once the step succeeded. */
  remove?: boolean;
  /** --force-rm: remove them whatever happened. */
  forceRemove?: boolean;
  /** --network: the steps' containers' network mode. */
  networkMode?: string;
  /** --isolation: only the default one exists on Linux. */
  isolation?: string;
  /** --pull: FROM pulls its image even when the store has it. */
  pull?: boolean;
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
function parse(text: string, name: string): { stages: Stage[]; metaArgs: Array<{ key: string; value?: string }>; metaArgLines: string[] } {
  if (text.trim() === '') throw invalidParameter(`the Dockerfile (${name}) cannot be empty`);
  let nodes: DockerfileNode[];
  try {
    nodes = parseDockerfile(text).nodes;
  } catch (err) {
    // remotecontext/detect.go readAndParseDockerfile: parser.Parse's error names the file.
    throw invalidParameter(`failed to parse ${name}: ${err instanceof Error ? err.message : String(err)}`);
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
  private readonly stageNames = new Set<string>();
  private stagesDone = 0;
  private readonly usedArgs = new Set<string>();
  /** containerManager.tmpContainers: the containers the instruction being dispatched made. */
  private tmpContainers: string[] = [];
  /** The meta ARGs before the first FROM, with their values (the global scope FROMs expand in). */
  private readonly globals = new Map<string, string>();

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

  private stepLine(original: string): void {
    this.say(`Step ${++this.step}/${this.total} : ${original}\n`);
  }

  private now(): string {
    this.clock += 70;
    return goTimeJson(this.clock);
  }

  /** FROM: an earlier stage, scratch, an image of the store, or one pulled now. */
  private from(stage: Stage, args: Map<string, string>): Current {
    const name = stage.baseName.replace(/\$\{?(\w+)\}?/g, (_m, k: string) => args.get(k) ?? '');
    this.stepLine(stage.original);
    const earlier = this.stageImages.get(name.toLowerCase());
    let id = earlier;
    if (id === undefined && name !== 'scratch') {
      // --pull: the image is pulled again whatever the store has (getFromImage's ForcePull).
      id = (this.req.pull ? undefined : this.storedImage(name)) ?? this.pull(name);
    }
    if (id === undefined) return { id: '', config: { Env: [DEFAULT_PATH] }, diffIds: [], history: [] };
    const image = this.node.state.dockerd.images[id];
    const base = (image?.config.config ?? {}) as ContainerConfig;
    const config: ContainerConfig = JSON.parse(JSON.stringify(base)) as ContainerConfig;
    const env = (config.Env as string[] | null | undefined) ?? [];
    if (!env.some((e) => e.startsWith('PATH='))) config.Env = [...env, DEFAULT_PATH];
    return { id, config, diffIds: [...(image?.diffIds ?? [])], history: [...((image?.config.history as HistoryEntry[] | undefined) ?? [])] };
  }

  /** The id of image `name` in the store, or undefined when it has none. */
  private storedImage(name: string): string | undefined {
    try {
      return findImage(this.node, name).id;
    } catch (err) {
      if (!isDockerdError(err)) throw err;
      return undefined;
    }
  }

  /** Pulls `name` for FROM, its progress among the build's messages; the pulled image's id. */
  private pull(name: string): string {
    let messages;
    try {
      messages = pullImage(this.node, name);
    } catch (pullErr) {
      throw new BuildFailure(pullErr instanceof Error ? pullErr.message : String(pullErr));
    }
    for (const m of messages) this.messages.push({ ...m });
    return findImage(this.node, name).id;
  }

  /**
   * initializeStage's triggers (dispatchers.go dispatchTriggeredOnBuild): the base image's
   * ONBUILD instructions run before the stage's own, without steps of their own, and the stage's
   * image does not keep them.
   */
  private triggers(cur: Current, state: DispatchState): Current {
    const triggers = (state.config.OnBuild as string[] | null | undefined) ?? [];
    if (triggers.length === 0) return cur;
    state.config.OnBuild = null;
    this.say(`# Executing ${triggers.length} build trigger${triggers.length > 1 ? 's' : ''}\n`);
    let next = cur;
    for (const trigger of triggers) {
      let command: Instruction;
      try {
        const nodes = parseDockerfile(trigger).nodes;
        if (nodes.length !== 1 || !nodes[0]) throw new BuildFailure('onbuild trigger should be a single expression');
        command = parseCommand(nodes[0]);
      } catch (err) {
        if (err instanceof BuildFailure) throw err;
        throw new BuildFailure(dockerfileMessage(err));
      }
      next = this.dispatch(next, command, state);
    }
    return next;
  }

  /**
   * dispatch (evaluator.go): one instruction; then, as its deferred cleanup does, the containers
   * it made are removed with --force-rm whatever happened, with --rm (the default) when it
   * succeeded — a failed RUN's container stays for a look at it.
   */
  private dispatch(cur: Current, c: Instruction, state: DispatchState): Current {
    let ok = false;
    try {
      let next: Current;
      if (c.kind === 'run') next = this.run(cur, c, state);
      else if (c.kind === 'copy' || c.kind === 'add') next = this.copy(cur, c);
      else if (c.kind === 'arg') next = this.arg(cur, c, state);
      else next = this.metadata(cur, c, state);
      next.config = state.config;
      ok = true;
      return next;
    } catch (err) {
      // A daemon refusal while the stream runs (a step container's settings) ends the build as
      // an error message of the stream.
      if (isDockerdError(err)) throw new BuildFailure(err.message);
      throw err;
    } finally {
      this.removeIntermediate(ok);
    }
  }

  /** containerManager.RemoveAll, when dispatch's cleanup calls it. */
  private removeIntermediate(succeeded: boolean): void {
    const remove = this.req.forceRemove === true || (this.req.remove !== false && succeeded);
    if (remove) {
      for (const id of this.tmpContainers) {
        if (this.node.state.dockerd.containers[id]) removeContainer(this.node, id, true, true);
        this.say(`Removing intermediate container ${id.slice(0, 12)}\n`);
      }
    }
    this.tmpContainers = [];
  }

  /**
   * containerManager.Create: the step's container in dockerd's store (it shows in `docker ps -a`
   * until removed), its id printed as `Running in`. A step on scratch has no image to create one
   * from: its id is drawn alone.
   */
  private stepContainer(cur: Current, cmd: string[]): string {
    let id: string;
    if (cur.id === '') id = randomHex(this.node, 32);
    else {
      const config = { ...cur.config, Image: `sha256:${cur.id}`, Cmd: cmd, Entrypoint: [] } as unknown as DockerContainerConfig;
      ({ Id: id } = createContainer(this.node, { config, hostConfig: { NetworkMode: this.req.networkMode ?? 'default' } as HostConfig }));
    }
    this.tmpContainers.push(id);
    this.say(` ---> Running in ${id.slice(0, 12)}\n`);
    return id;
  }

  /** The step container's run as dockerd records it: attached, started, exited with `code`. */
  private recordRun(id: string, code: number): void {
    const record = this.node.state.dockerd.containers[id];
    if (!record) return;
    const at = new Date(this.clock).toISOString();
    logContainerEvent(this.node, record, 'attach');
    record.state = { status: 'running', pid: 0, exitCode: 0, startedAt: at };
    logContainerEvent(this.node, record, 'start');
    record.state = { status: 'exited', pid: 0, exitCode: code, startedAt: at, finishedAt: new Date(this.clock + 50).toISOString() };
    logContainerEvent(this.node, record, 'die', { exitCode: String(code) });
  }

  /** probeCache: an image made from `parent` with the same container config (` ---> Using cache`). */
  private cached(parent: string, containerConfig: ContainerConfig): Current | undefined {
    if (this.req.noCache || parent === '') return undefined;
    const key = cacheKey(containerConfig);
    // image/cache getLocalCachedImage: of the parent's children that match, the newest.
    let hit: (typeof this.node.state.dockerd.images)[string] | undefined;
    for (const i of Object.values(this.node.state.dockerd.images)) {
      if (i.parent !== parent || cacheKey((i.config.container_config ?? {}) as ContainerConfig) !== key) continue;
      if (!hit || Date.parse(hit.created) <= Date.parse(i.created)) hit = i;
    }
    if (!hit) return undefined;
    this.say(' ---> Using cache\n');
    return { id: hit.id, config: {}, diffIds: [...hit.diffIds], history: [...((hit.config.history as HistoryEntry[] | undefined) ?? [])] };
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

  /** A metadata instruction: the cache, or a `#(nop)` container committed. */
  private metadata(cur: Current, c: Instruction, state: DispatchState): Current {
    let comment: string | undefined;
    try {
      comment = dispatchMetadata(state, c);
    } catch (err) {
      if (err instanceof DispatchError) throw new BuildFailure(err.message);
      throw err;
    }
    if (comment === undefined) throw new BuildFailure(`not simulated here: ${c.original}`);
    const single = c.kind === 'workdir';
    const cmd = single ? [...shellOf(cur.config), `#(nop) ${comment}`] : [...shellOf(cur.config), '#(nop) ', comment];
    const hit = this.cached(cur.id, { ...cur.config, Cmd: cmd, Image: cur.id === '' ? '' : `sha256:${cur.id}` });
    if (hit) return { ...hit, author: state.author ?? cur.author };
    const container = this.stepContainer(cur, cmd);
    let layer: Record<string, LayerFile | null> | undefined;
    if (c.kind === 'workdir') {
      const fs = new StepFs(mergedFiles(this.node, cur.diffIds));
      const dir = cur.config.WorkingDir as string;
      if (fs.lookup(dir) === undefined) fs.write(dir, { kind: 'dir', mode: 0o755 });
      layer = fs.diff();
    }
    return this.commit({ ...cur, author: state.author ?? cur.author }, cmd.join(' '), cmd, layer, container);
  }

  /** ARG in a stage: its value in scope, and a `#(nop)` commit like any metadata instruction. */
  private arg(cur: Current, c: Extract<Instruction, { kind: 'arg' }>, state: DispatchState): Current {
    for (const a of c.args) {
      const v = this.req.buildArgs[a.key] ?? a.value ?? this.globals.get(a.key);
      if (v !== undefined) state.args.set(a.key, v);
      this.usedArgs.add(a.key);
    }
    const comment = `ARG ${c.args.map((a) => (a.value === undefined ? a.key : `${a.key}=${a.value}`)).join(' ')}`;
    const cmd = [...shellOf(cur.config), '#(nop) ', comment];
    const hit = this.cached(cur.id, { ...cur.config, Cmd: cmd, Image: cur.id === '' ? '' : `sha256:${cur.id}` });
    if (hit) return { ...hit, author: state.author ?? cur.author };
    const container = this.stepContainer(cur, cmd);
    return this.commit(cur, cmd.join(' '), cmd, undefined, container);
  }

  /**
   * BuildArgs.FilterAllowed: the stage's ARGs with a value and the proxy args given with
   * --build-arg (allowed without an ARG), those the config's Env does not set, as `k=v`.
   */
  private allowedArgs(state: DispatchState, env: readonly string[]): Array<[string, string]> {
    const inEnv = new Set(env.map((e) => e.split('=')[0]));
    const all = new Map(state.args);
    for (const [k, v] of Object.entries(this.req.buildArgs)) if (BUILTIN_ARGS.has(k) && !all.has(k)) all.set(k, v);
    for (const [k] of state.args) this.usedArgs.add(k);
    return [...all].filter(([k]) => !inEnv.has(k));
  }

  private run(cur: Current, c: Extract<Instruction, { kind: 'run' }>, state: DispatchState): Current {
    // dispatchers.go dispatchRun: the classic builder takes no RUN flag (oracle: RUN --mount).
    if (c.flagsUsed.length > 0) throw new BuildFailure(`the --${c.flagsUsed[0]} option requires BuildKit. Refer to https://docs.docker.com/go/buildkit/ to learn how to build images with BuildKit enabled`);
    const argv = c.prependShell ? [...shellOf(cur.config), ...c.cmd] : [...c.cmd];
    const configEnv = (cur.config.Env as string[] | null) ?? [];
    const allowed = this.allowedArgs(state, configEnv);
    // prependEnvOnCmd: `|N` and the args an ARG named or that are not proxy args, sorted; the
    // proxy args given alone still make the `|0`.
    const saved = allowed.filter(([k]) => state.args.has(k) || !BUILTIN_ARGS.has(k)).map(([k, v]) => `${k}=${v}`).sort();
    const containerCmd = allowed.length === 0 ? argv : [`|${saved.length}`, ...saved, ...argv];
    const hit = this.cached(cur.id, { ...cur.config, Cmd: containerCmd, Image: cur.id === '' ? '' : `sha256:${cur.id}` });
    if (hit) return { ...hit, author: state.author ?? cur.author };
    const container = this.stepContainer(cur, containerCmd);
    const fs = new StepFs(mergedFiles(this.node, cur.diffIds));
    const env = [...configEnv, ...allowed.map(([k, v]) => `${k}=${v}`)];
    const cwd = typeof cur.config.WorkingDir === 'string' && cur.config.WorkingDir !== '' ? cur.config.WorkingDir : '/';
    const userSpec = typeof cur.config.User === 'string' ? cur.config.User : '';
    const user = userSpec === '' ? undefined : resolveUser(this.node, cur.diffIds, userSpec);
    const ran = runInStep(fs, { argv, env, cwd, hostname: container.slice(0, 12), nowMs: this.clock, ...(user ? { user: { uid: user.uid, gid: user.gid, additionalGids: user.additionalGids } } : {}) });
    // The start fails: the container stays Created (a 20.10 daemon on runc 1.1 words it so).
    // No status code comes with it: the CLI exits 1.
    if (ran.kind === 'exec-failed') throw new BuildFailure(`failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: ${ran.why}: unknown`);
    for (const chunk of ran.out) this.say(chunk.stream === 'stderr' ? `\x1b[91m${chunk.text}\x1b[0m` : chunk.text);
    if (ran.kind === 'endless') throw new BuildFailure(`not simulated here: RUN ${argv.join(' ')} never ends on its own`);
    this.recordRun(container, ran.code);
    if (ran.code !== 0) throw new BuildFailure(`The command '${argv.join(' ')}' returned a non-zero code: ${ran.code}`, ran.code);
    return this.commit(cur, containerCmd.join(' '), containerCmd, fs.diff(), container);
  }

  /** COPY / ADD from the context or, with --from, an earlier stage or image. No container runs. */
  private copy(cur: Current, c: Extract<Instruction, { kind: 'copy' | 'add' }>): Current {
    const name = c.kind.toUpperCase();
    // copy.go createCopyInstruction.
    // dispatchers.go dispatchCopy: --chmod is BuildKit's alone.
    if (c.chmod !== '') throw new BuildFailure('the --chmod option requires BuildKit. Refer to https://docs.docker.com/go/buildkit/ to learn how to build images with BuildKit enabled');
    for (const src of c.sources) {
      if (isUrl(src)) throw new BuildFailure(c.kind === 'copy' ? 'COPY failed: source can\'t be a URL for COPY' : `ADD failed: ${urlSourceFailure(this.node, src)}`);
      // remotecontext normalize: a path that climbs out of the context's root.
      if (c.from === '' && climbsOut(src)) throw new BuildFailure(`${name} failed: forbidden path outside the build context: ${src} ()`);
    }
    if (c.sources.length > 1 && !c.dest.endsWith('/')) throw new BuildFailure(`When using ${name} with more than one source file, the destination must be a directory and end with a /`);
    const fs = new StepFs(mergedFiles(this.node, cur.diffIds));
    let source: Readonly<Record<string, LayerFile>>;
    let rooted = false;
    if (c.from !== '') {
      const id = this.fromFlagImage(c.from);
      source = mergedFiles(this.node, this.node.state.dockerd.images[id]?.diffIds ?? []);
      rooted = true;
    } else source = this.req.context;
    const workdir = typeof cur.config.WorkingDir === 'string' && cur.config.WorkingDir !== '' ? cur.config.WorkingDir : '/';
    let placed: ReturnType<typeof copyInto>;
    try {
      // ADD unpacks a local archive into the destination (copy.go performCopyForInfo, isArchivePath).
      placed = copyInto(fs, { sources: c.sources, dest: c.dest, workdir, from: source, rooted, ...(c.kind === 'add' && c.from === '' ? { unpack: archiveEntries } : {}) });
    } catch (err) {
      if (!(err instanceof CopySourceMissing)) throw err;
      if (err.noneMatched) throw new BuildFailure(`${name} failed: no source files were specified`);
      const shown = err.source.replace(/^\/+/, '').replace(/^\.\//, '');
      throw new BuildFailure(rooted ? `${name} failed: stat ${shown}: file does not exist` : `${name} failed: file not found in build context or excluded by .dockerignore: stat ${shown}: file does not exist`);
    }
    const relative = rooted ? relativeFiles(source) : source;
    const hash = sourcesHash(placed.copied.map((s) => sourceHash(relative, s.rel, s.file)));
    const comment = `${name} ${hash} in ${c.dest} `;
    const cmd = [...shellOf(cur.config), `#(nop) ${comment}`];
    const hit = this.cached(cur.id, { ...cur.config, Cmd: cmd, Image: cur.id === '' ? '' : `sha256:${cur.id}` });
    if (hit) return { ...hit, author: cur.author };
    if (c.chown !== '') checkChown(this.node, cur.diffIds, c.chown);
    return this.commit(cur, cmd.join(' '), cmd, fs.diff(), randomHex(this.node, 32));
  }

  /**
   * dispatchRequest.getImageMount: --from names an earlier stage, or one by its index
   * (stagesBuildResults.get: the current one or past the end refused), else an image, pulled
   * when the store has none; a refusal is `invalid from flag value <from>: <why>`.
   */
  private fromFlagImage(from: string): string {
    const failed = (why: string) => new BuildFailure(`invalid from flag value ${from}: ${why}`);
    const stage = this.stageImages.get(from.toLowerCase());
    if (stage !== undefined) return stage;
    if (/^[+-]?\d+$/.test(from)) {
      const index = Number(from);
      if (index === this.stagesDone) throw failed('refers to current build stage');
      if (index < 0 || index > this.stagesDone) throw failed('index out of bounds');
    }
    try {
      return this.storedImage(from) ?? this.pull(from);
    } catch (err) {
      if (err instanceof BuildFailure) throw failed(err.message);
      throw err;
    }
  }

  build(stages: Stage[], metaArgs: Array<{ key: string; value?: string }>, metaArgLines: readonly string[]): string {
    for (const line of metaArgLines) this.stepLine(line);
    for (const a of metaArgs) {
      const v = this.req.buildArgs[a.key] ?? a.value;
      if (v !== undefined) this.globals.set(a.key, v);
      this.usedArgs.add(a.key);
    }
    let last: Current | undefined;
    for (const [index, stage] of stages.entries()) {
      // evaluator.go checkStageNameAvailable, before the stage's step line.
      if (stage.name !== '' && this.stageNames.has(stage.name.toLowerCase())) throw new BuildFailure(`${stage.name} stage name already used`);
      let cur = this.from(stage, this.globals);
      const state: DispatchState = { config: cur.config, cmdSet: false, args: new Map(), escapeToken: '\\' };
      cur = this.triggers(cur, state);
      cur.config = state.config;
      this.say(` ---> ${shortId(cur.id)}\n`);
      for (const c of stage.commands) {
        this.stepLine(c.original);
        cur = this.dispatch(cur, c, state);
        this.say(` ---> ${shortId(cur.id)}\n`);
      }
      if (cur.id === '') throw new BuildFailure('No image was generated. Is your Dockerfile empty?');
      if (stage.name !== '') {
        this.stageImages.set(stage.name, cur.id);
        this.stageNames.add(stage.name.toLowerCase());
      }
      this.stageImages.set(String(index), cur.id);
      this.stagesDone = index + 1;
      last = cur;
    }
    const unused = Object.keys(this.req.buildArgs).filter((k) => !this.usedArgs.has(k) && !BUILTIN_ARGS.has(k)).sort();
    if (unused.length > 0) this.say(`[Warning] One or more build-args [${unused.join(' ')}] were not consumed\n`);
    return last?.id ?? '';
  }
}

/** A stage's files keyed as the source's root sees them: no leading slash. */
function relativeFiles(files: Readonly<Record<string, LayerFile>>): Record<string, LayerFile> {
  const out: Record<string, LayerFile> = {};
  for (const [p, f] of Object.entries(files)) out[p.replace(/^\/+/, '')] = f;
  return out;
}

/** What the cache compares: the container config without its per-container host name. */
function cacheKey(config: ContainerConfig): string {
  const { Hostname: _h, Labels: _l, ...rest } = goContainerConfig(config);
  return JSON.stringify(rest);
}

/** buildLabelOptions: each --label a LABEL instruction at the end of the last stage, by key. */
function withLabelOptions(stages: Stage[], labels: Readonly<Record<string, string>>): Stage[] {
  const keys = Object.keys(labels).sort();
  const lastStage = stages[stages.length - 1];
  if (keys.length === 0 || !lastStage) return stages;
  const added: Instruction[] = keys.map((key) => ({ kind: 'label', pairs: [{ key, value: labels[key] ?? '' }], noExpand: true, original: `LABEL ${key}=${labels[key] ?? ''}`, startLine: 0, endLine: 0 }));
  return [...stages.slice(0, -1), { ...lastStage, commands: [...lastStage.commands, ...added] }];
}

export function classicBuild(node: Node, req: BuildRequest): BuildOutcome {
  // api/server/router/build newImageBuildOptions: container.Isolation.IsValid (Linux: "" or default).
  const isolation = req.isolation ?? '';
  if (isolation !== '' && isolation.toLowerCase() !== 'default') throw invalidParameter(`Unsupported isolation: ${JSON.stringify(isolation)}`);
  const { stages, metaArgs, metaArgLines } = parse(req.dockerfile, req.dockerfileName);
  let chosen = stages;
  if (req.target !== '') {
    const at = stages.findIndex((s) => s.name === req.target.toLowerCase());
    if (at < 0) throw invalidParameter(`failed to reach build target ${req.target} in Dockerfile`);
    chosen = stages.slice(0, at + 1);
  }
  chosen = withLabelOptions(chosen, req.labels ?? {});
  const total = metaArgLines.length + chosen.reduce((n, s) => n + 1 + s.commands.length, 0);
  const builder = new ClassicBuilder(node, req, total);
  let id: string;
  try {
    id = builder.build(chosen, metaArgs, metaArgLines);
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

/** Whether a context path climbs above the context's root (`../x`, `a/../../x`). */
function climbsOut(path: string): boolean {
  let depth = 0;
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    depth += part === '..' ? -1 : 1;
    if (depth < 0) return true;
  }
  return false;
}

/**
 * internals_linux.go parseChownFlag: `user[:group]` (the user's name as the group when none is
 * given), numbers as they are, names looked up in the image's /etc/passwd and /etc/group. The
 * node's layers keep no owners, so only the refusals have an effect here.
 */
function checkChown(node: Node, diffIds: readonly string[], chown: string): void {
  const parts = chown.split(':');
  const fail = (why: string) => new BuildFailure(`unable to convert uid/gid chown string to host mapping: ${why}`);
  if (parts.length > 2) throw fail(`invalid chown string format: ${chown}`);
  const [user = '', group = user] = parts;
  const known = (path: string, name: string) => /^[+-]?\d+$/.test(name) || entries(imageFile(node, diffIds, path)).some((f) => f[0] === name);
  if (!known('/etc/passwd', user)) throw fail(`can't find uid for user ${user}: no such user: ${user}`);
  if (!known('/etc/group', group)) throw fail(`can't find gid for group ${group}: no such group: ${group}`);
}
