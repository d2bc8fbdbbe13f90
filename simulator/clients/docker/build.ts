// `docker build` with the classic builder, 20.10's default (docker/cli 20.10
// cli/command/image/build.go): the context directory is checked and tarred (.dockerignore
// applied; the Dockerfile from -f, relative to the working directory, else PATH/Dockerfile),
// `Sending build context to Docker daemon  <size>` printed, and the daemon's stream shown:
// steps, `Successfully built`, `Successfully tagged`. -q prints only the image id. An error in
// the stream is printed as is and exits with RUN's code. DOCKER_BUILDKIT=1 selects BuildKit,
// which this node's docker does not simulate.

import { CliError } from '../../cli/cli-error';
import { NotSimulatedError } from '../../cli/not-simulated';
import type { FlagSpec } from '../../cli/spec';
import { humanSize } from '../../cli/units';
import { binaryToText, exists, normalizePath, readFile, stat, writeFile } from '../../host/vfs';
import { randomInt } from '../../host/random';
import type { LayerFile } from '../../oci/blob';
import { buildkitBuild } from './build-buildkit';
import { isIgnored, parseDockerignore } from '../../buildkit/index';
import { parseDockerRef } from '../../oci/docker-reference';
import { ramInBytes } from '../../go/units-size';
import { daemonOf, type DockerCommand, type DockerContext } from './docker-env';
import { checkEnv } from './containers/network-opts';

/** The context's files (relative paths) and the size of the tar the CLI sends. */
function readContext(c: DockerContext, dir: string): { files: Record<string, LayerFile>; tarSize: number } {
  const vfs = c.env.node.state.host.files;
  // dockerignore.ReadAll and fileutils.PatternMatcher, as buildkit's frontend reads them too.
  const patterns = exists(vfs, `${dir}/.dockerignore`) ? parseDockerignore(binaryToText(readFile(vfs, `${dir}/.dockerignore`))) : [];
  const ignored = (p: string) => isIgnored(patterns, p);
  const prefix = dir === '/' ? '/' : `${dir}/`;
  const files: Record<string, LayerFile> = {};
  let tarSize = 1024;
  for (const [path, entry] of Object.entries(vfs).sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (!path.startsWith(prefix)) continue;
    const rel = path.slice(prefix.length);
    if (rel === '' || (ignored(rel) && rel !== 'Dockerfile' && rel !== '.dockerignore')) continue;
    const mode = entry.mode & 0o7777;
    if (entry.kind === 'dir') files[rel] = { kind: 'dir', mode };
    else if (entry.kind === 'symlink') files[rel] = { kind: 'symlink', mode: 0o777, content: entry.content ?? '' };
    else {
      const bytes = entry.content ?? '';
      files[rel] = { kind: 'file', mode, size: bytes.length, content: binaryToText(bytes) };
      tarSize += Math.ceil(bytes.length / 512) * 512;
    }
    tarSize += 512;
  }
  return { files, tarSize };
}

/** --build-arg K=V, or K alone taking the client's environment (opts.ConvertKVStringsToMapWithNil). */
function buildArgsOf(c: DockerContext): Record<string, string> {
  const buildArgs: Record<string, string> = {};
  for (const a of c.stringSlice('build-arg')) {
    const eq = a.indexOf('=');
    if (eq >= 0) buildArgs[a.slice(0, eq)] = a.slice(eq + 1);
    else if (c.io.environ[a] !== undefined) buildArgs[a] = c.io.environ[a] ?? '';
  }
  return buildArgs;
}

/** stringid.GenerateRandomID()[:20], from the node's seeded generator. */
function randomHex20(c: DockerContext): string {
  let out = '';
  for (let i = 0; i < 20; i++) out += randomInt(c.env.node.state.random, 0, 15).toString(16);
  return out;
}

/** One read of the context tar as the HTTP body is copied (io.Copy's 32 KiB buffer). */
const READ_BYTES = 32 * 1024;
/** progress.Reader updates at most every 512 kB (1% of an unknown size is 0: the 512 kB rule). */
const UPDATE_EVERY = 512 * 1024;

/**
 * The upload's progress as docker/cli 20.10 prints it (pkg/progress/progressreader.go Read,
 * pkg/streamformatter rawProgressFormatter): `<action> <%8v size>\r` per update, the last one at
 * EOF followed by `\r\n` (progressOutput.newLines) — the same bytes on a terminal and a pipe.
 */
function contextUploadProgress(tarSize: number): string {
  const line = (n: number) => `Sending build context to Docker daemon ${humanSize(n).padStart(8)}\r`;
  let out = '';
  let last = 0;
  for (let current = READ_BYTES; current - READ_BYTES < tarSize; current += READ_BYTES) {
    const read = Math.min(current, tarSize);
    if (read - last > UPDATE_EVERY) {
      out += line(read);
      last = read;
    }
  }
  return `${out}${line(tarSize)}\r\n`;
}

/** `invalid argument "<raw>" for "<flag>" flag: <why>` as pflag refuses a value it cannot set (exit 125). */
function flagValueError(flag: string, raw: string, why: string): CliError {
  return new CliError(`invalid argument "${raw}" for "${flag}" flag: ${why}\nSee 'docker build --help'.`, 125);
}

/** The values pflag's setters refuse while parsing (opts.ValidateTag, opts.MemBytes, …). */
function checkFlagValues(c: DockerContext): void {
  for (const tag of c.stringSlice('tag')) {
    try {
      parseDockerRef(tag);
    } catch (err) {
      throw flagValueError('-t, --tag', tag, err instanceof Error ? err.message : String(err));
    }
  }
  for (const [name, shown] of [['memory', '-m, --memory'], ['memory-swap', '--memory-swap'], ['shm-size', '--shm-size']] as const) {
    if (!c.isSet(name)) continue;
    const raw = c.string(name);
    if (name === 'memory-swap' && raw === '-1') continue;
    try {
      ramInBytes(raw);
    } catch {
      throw flagValueError(shown, raw, `invalid size: '${raw}'`);
    }
  }
}

/** opts.ConvertKVStringsToMap of --label: `k=v`, or `k` with an empty value. */
function labelsOf(c: DockerContext): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const l of c.stringSlice('label')) {
    const eq = l.indexOf('=');
    if (eq < 0) labels[l] = '';
    else labels[l.slice(0, eq)] = l.slice(eq + 1);
  }
  return labels;
}

/**
 * build.GetContextFromReader for a Dockerfile on stdin (`docker build -`): a context of that one
 * file, written as a temporary Dockerfile (0644 under the usual umask). A tar archive on stdin
 * is not simulated.
 */
function stdinContext(c: DockerContext): { files: Record<string, LayerFile>; tarSize: number; dockerfile: string } {
  const text = c.io.stdin;
  if (text.length >= 262 && text.slice(257, 262) === 'ustar') throw new NotSimulatedError('docker build of a context archive from stdin', 'https://docs.docker.com/engine/reference/commandline/build/');
  const dockerfile = binaryToText(text);
  const size = text.length;
  return { files: { Dockerfile: { kind: 'file', mode: 0o644, size, content: dockerfile } }, tarSize: 512 + Math.ceil(size / 512) * 512 + 1024, dockerfile };
}

async function action(c: DockerContext): Promise<void> {
  const where = c.args[0] ?? '';
  checkFlagValues(c);
  if (/^(https?|git):\/\/|^git@|^github\.com\//.test(where)) throw new NotSimulatedError('docker build from a URL', 'https://docs.docker.com/engine/reference/commandline/build/');
  const vfs = c.env.node.state.host.files;
  const fileFlag = c.string('file');
  const fromStdin = where === '-';
  if (fromStdin && fileFlag === '-') throw new CliError('invalid argument: can\'t use stdin for both build context and dockerfile', 1);
  const dir = normalizePath(fromStdin ? '.' : where, c.io.cwd);
  if (!fromStdin && (!exists(vfs, dir) || stat(vfs, dir).kind !== 'dir')) throw new Error(`unable to prepare context: path ${JSON.stringify(where)} not found`);
  const buildArgs = buildArgsOf(c);
  if (buildkitOn(c.io.environ)) {
    if (fromStdin || fileFlag === '-') throw new NotSimulatedError('a BuildKit build with stdin as its context or Dockerfile', 'https://docs.docker.com/engine/reference/commandline/build/');
    return buildkitBuild(c, dir, buildArgs);
  }
  let files: Record<string, LayerFile>;
  let tarSize: number;
  let dockerfile: string;
  let dockerfileName = fileFlag === '' ? 'Dockerfile' : fileFlag.slice(fileFlag.lastIndexOf('/') + 1);
  if (fromStdin) ({ files, tarSize, dockerfile } = stdinContext(c));
  else {
    const dockerfilePath = fileFlag === '' ? `${dir === '/' ? '' : dir}/Dockerfile` : normalizePath(fileFlag, c.io.cwd);
    if (fileFlag !== '-' && !exists(vfs, dockerfilePath)) throw new Error(`unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat ${dockerfilePath}: no such file or directory`);
    ({ files, tarSize } = readContext(c, dir));
    const outside = fileFlag !== '-' && !dockerfilePath.startsWith(dir === '/' ? '/' : `${dir}/`);
    if (fileFlag === '-' || outside) {
      // build.AddDockerfileToBuildContext: a Dockerfile from stdin or from outside the context
      // joins the context under a random name, which is appended to .dockerignore (made if
      // missing) so that COPY never sees it; the changed .dockerignore is one more file of the
      // context, so a `COPY .` of it misses the cache on every build.
      const bytes = fileFlag === '-' ? c.io.stdin : readFile(vfs, dockerfilePath);
      dockerfile = binaryToText(bytes);
      if (fileFlag === '-') dockerfileName = '.dockerfile';
      const randomName = `.dockerfile.${randomHex20(c)}`;
      tarSize += 512 + Math.ceil(bytes.length / 512) * 512;
      const old = files['.dockerignore'];
      const before = old?.kind === 'file' ? (old.content ?? '') : '';
      const content = `${before}\n${randomName}\n`;
      tarSize += old ? Math.ceil(content.length / 512) * 512 - Math.ceil(before.length / 512) * 512 : 512 + Math.ceil(content.length / 512) * 512;
      files['.dockerignore'] = { kind: 'file', mode: old?.mode ?? 0o644, size: content.length, content };
    } else dockerfile = binaryToText(readFile(vfs, dockerfilePath));
  }
  const daemon = daemonOf(c);
  const quiet = c.bool('quiet');
  const upload = contextUploadProgress(tarSize);
  if (!quiet) c.io.stdout(upload);
  let outcome: ReturnType<typeof daemon.build>;
  try {
    outcome = daemon.build({
    context: files,
    dockerfile,
    dockerfileName,
    tags: c.stringSlice('tag'),
    buildArgs,
    target: c.string('target'),
    noCache: c.bool('no-cache'),
    labels: labelsOf(c),
    remove: c.bool('rm'),
    forceRemove: c.bool('force-rm'),
    networkMode: c.string('network'),
    isolation: c.string('isolation'),
    pull: c.bool('pull'),
    });
  } catch (err) {
    // The request itself refused (an empty Dockerfile): -q's buffered upload progress goes to
    // stderr before the error (build.go runBuild, after ImageBuild fails).
    if (quiet) c.io.stderr(upload);
    throw err;
  }
  const stream = outcome.messages.map((m) => m.stream ?? (m.id !== undefined ? `${m.id}: ${m.status ?? ''}\n` : `${m.status ?? ''}\n`)).join('');
  if (!quiet) c.io.stdout(stream);
  if (outcome.error) {
    // -q kept the upload's progress and the stream in buffers: a failed build prints them first.
    if (quiet) c.io.stderr(`${upload}${stream}`);
    throw new CliError(outcome.error.message, outcome.error.code);
  }
  if (quiet) c.io.stdout(`${outcome.id ?? ''}\n`);
  const iidfile = c.string('iidfile');
  if (iidfile !== '' && outcome.id !== undefined) writeFile(vfs, normalizePath(iidfile, c.io.cwd), outcome.id, { mode: 0o666, mtimeMs: c.env.node.nowMs() });
}

/**
 * DOCKER_BUILDKIT read with strconv.ParseBool (cli/command/image/build.go isBuildkitEnabled,
 * command.BuildKitEnabled): it picks the builder, and which of its flags help lists (the
 * "buildkit" and "no-buildkit" annotations of hideUnsupportedFeatures; both kinds parse).
 */
function buildkitOn(environ: Readonly<Record<string, string>>): boolean {
  return ['1', 't', 'T', 'true', 'TRUE', 'True'].includes(environ.DOCKER_BUILDKIT ?? '');
}

const buildkitOff = (environ: Readonly<Record<string, string>>): boolean => !buildkitOn(environ);

const buildFlags: FlagSpec[] = [
  { names: ['add-host'], kind: 'stringArray', typeName: 'list', usage: 'Add a custom host-to-IP mapping (host:ip)' },
  // opts.NewListOptsRef(&buildArgs, opts.ValidateEnv): `--build-arg =x` is refused.
  { names: ['build-arg'], kind: 'stringArray', typeName: 'list', usage: 'Set build-time variables', check: checkEnv },
  { names: ['cache-from'], kind: 'stringSlice', typeName: 'strings', usage: 'Images to consider as cache sources' },
  { names: ['cgroup-parent'], kind: 'string', usage: 'Optional parent cgroup for the container', hiddenIn: buildkitOn },
  { names: ['compress'], kind: 'bool', usage: 'Compress the build context using gzip', hiddenIn: buildkitOn },
  { names: ['cpu-period'], kind: 'int64', usage: 'Limit the CPU CFS (Completely Fair Scheduler) period', hiddenIn: buildkitOn },
  { names: ['cpu-quota'], kind: 'int64', usage: 'Limit the CPU CFS (Completely Fair Scheduler) quota', hiddenIn: buildkitOn },
  { names: ['cpu-shares', 'c'], kind: 'int64', usage: 'CPU shares (relative weight)', hiddenIn: buildkitOn },
  { names: ['cpuset-cpus'], kind: 'string', usage: 'CPUs in which to allow execution (0-3, 0,1)', hiddenIn: buildkitOn },
  { names: ['cpuset-mems'], kind: 'string', usage: 'MEMs in which to allow execution (0-3, 0,1)', hiddenIn: buildkitOn },
  { names: ['disable-content-trust'], kind: 'bool', usage: 'Skip image verification', value: true },
  { names: ['file', 'f'], kind: 'string', usage: "Name of the Dockerfile (Default is 'PATH/Dockerfile')" },
  { names: ['force-rm'], kind: 'bool', usage: 'Always remove intermediate containers', hiddenIn: buildkitOn },
  { names: ['iidfile'], kind: 'string', usage: 'Write the image ID to the file' },
  { names: ['isolation'], kind: 'string', usage: 'Container isolation technology' },
  { names: ['label'], kind: 'stringArray', typeName: 'list', usage: 'Set metadata for an image' },
  { names: ['memory', 'm'], kind: 'string', typeName: 'bytes', usage: 'Memory limit', hiddenIn: buildkitOn },
  { names: ['memory-swap'], kind: 'string', typeName: 'bytes', usage: "Swap limit equal to memory plus swap: '-1' to enable unlimited swap", hiddenIn: buildkitOn },
  { names: ['network'], kind: 'string', usage: 'Set the networking mode for the RUN instructions during build', value: 'default' },
  { names: ['no-cache'], kind: 'bool', usage: 'Do not use cache when building the image' },
  { names: ['output', 'o'], kind: 'stringArray', usage: 'Output destination (format: type=local,dest=path)', hiddenIn: buildkitOff },
  { names: ['platform'], kind: 'string', usage: 'Set platform if server is multi-platform capable', hiddenIn: buildkitOff },
  { names: ['progress'], kind: 'string', usage: 'Set type of progress output (auto, plain, tty). Use plain to show container output', value: 'auto', hiddenIn: buildkitOff },
  { names: ['pull'], kind: 'bool', usage: 'Always attempt to pull a newer version of the image' },
  { names: ['quiet', 'q'], kind: 'bool', usage: 'Suppress the build output and print image ID on success' },
  { names: ['rm'], kind: 'bool', usage: 'Remove intermediate containers after a successful build', value: true, hiddenIn: buildkitOn },
  { names: ['secret'], kind: 'stringArray', usage: 'Secret file to expose to the build (only if BuildKit enabled): id=mysecret,src=/local/secret', hiddenIn: buildkitOff },
  { names: ['security-opt'], kind: 'stringSlice', typeName: 'strings', usage: 'Security options', hiddenIn: buildkitOn },
  { names: ['shm-size'], kind: 'string', typeName: 'bytes', usage: 'Size of /dev/shm', hiddenIn: buildkitOn },
  { names: ['ssh'], kind: 'stringArray', usage: 'SSH agent socket or keys to expose to the build (only if BuildKit enabled) (format: default|<id>[=<socket>|<key>[,<key>]])', hiddenIn: buildkitOff },
  { names: ['tag', 't'], kind: 'stringArray', typeName: 'list', usage: "Name and optionally a tag in the 'name:tag' format" },
  { names: ['target'], kind: 'string', usage: 'Set the target build stage to build.' },
  { names: ['ulimit'], kind: 'stringArray', typeName: 'ulimit', usage: 'Ulimit options', defaultText: '[]', hiddenIn: buildkitOn },
];

export const imageBuildCommand: DockerCommand = {
  name: 'build',
  argsUsage: '[OPTIONS] PATH | URL | -',
  usage: 'Build an image from a Dockerfile',
  args: { min: 1, max: 1 },
  flags: buildFlags,
  action,
};

export const buildCommand: DockerCommand = { ...imageBuildCommand };
