// generateBuildctlArgs (cmd/nerdctl/build.go@v0.22.2): the buildctl command line nerdctl
// builds from its flags — the output (type=docker with loading for the OCI worker, whose
// images containerd cannot share), the tags normalised, the Dockerfile's directory and name
// (pkg/buildkitutil BuildKitFile: Containerfile as fallback), --opt for target, platform,
// build-args and labels, --no-cache, and a metadata file for --iidfile.

import * as vfs from '../../../host/vfs';
import { randomInt } from '../../../host/random';
import { connect } from '../../../containerd/client/index';
import { containerdOf, globalOptions, type NerdctlContext } from '../nerdctl-env';
import { normalizeRef } from '../images/reference';
import { buildctlBinary, workerLabels } from './buildkit-host';

export interface BuildctlInvocation {
  args: string[];
  needsLoading: boolean;
  metaFile: string;
  tags: string[];
  /** Temporary files to remove afterwards (a Dockerfile read from stdin). */
  cleanup: string[];
}

const dedupe = (values: readonly string[]) => [...new Set(values)];

function randomDigits(c: NerdctlContext): string {
  let s = '';
  for (let i = 0; i < 9; i++) s += String(randomInt(c.env.node.state.random, 0, 9));
  return s;
}

/** isImageSharable: the default worker is containerd's, in this namespace, with this snapshotter. */
async function imageSharable(c: NerdctlContext, host: string, platforms: readonly string[]): Promise<boolean> {
  const opts = globalOptions(c);
  const uuid = connect(c.env.node).introspection.serverUuid();
  const labels = await workerLabels(c, host);
  c.env.log.debug(`worker labels: map[${Object.keys(labels).sort().map((k) => `${k}:${labels[k]}`).join(' ')}]`);
  return (
    labels['org.mobyproject.buildkit.worker.executor'] === 'containerd' &&
    labels['org.mobyproject.buildkit.worker.containerd.uuid'] === uuid &&
    labels['org.mobyproject.buildkit.worker.containerd.namespace'] === opts.namespace &&
    labels['org.mobyproject.buildkit.worker.snapshotter'] === opts.snapshotter &&
    platforms.length === 0
  );
}

/** BuildKitFile: the Dockerfile's absolute directory and name; Containerfile when there is no Dockerfile. */
function dockerfileLocation(c: NerdctlContext, dir: string, inputFile: string): { absDir: string; file: string } {
  const files = c.env.node.state.host.files;
  let file = inputFile === '' || inputFile === '.' ? 'Dockerfile' : inputFile;
  const absDir = vfs.normalizePath(dir, c.io.cwd);
  const join = (f: string) => (absDir === '/' ? `/${f}` : `${absDir}/${f}`);
  const lstat = (f: string) => vfs.exists(files, join(f)) || Object.hasOwn(files, join(f));
  if (file !== 'Dockerfile') {
    if (!lstat(file)) throw new Error(`lstat ${join(file)}: no such file or directory`);
    return { absDir, file };
  }
  const d = lstat('Dockerfile');
  const cf = lstat('Containerfile');
  if (d && cf && vfs.readFile(files, join('Dockerfile')) !== vfs.readFile(files, join('Containerfile'))) {
    c.env.log.warn('Dockerfile and Containerfile have different contents, building with Dockerfile');
  }
  if (!d) {
    c.env.log.warn(`lstat ${join('Dockerfile')}: no such file or directory, using Containerfile as fallback`);
    file = 'Containerfile';
    if (!cf) throw new Error(`lstat ${join('Containerfile')}: no such file or directory`);
  }
  return { absDir, file };
}

export async function buildctlInvocation(c: NerdctlContext, host: string, platforms: readonly string[]): Promise<BuildctlInvocation> {
  const context = c.args[0];
  if (context === undefined) throw new Error('context needs to be specified');
  if (context === '-' || context.includes('://')) throw new Error(`unsupported build context: ${JSON.stringify(context)}`);
  buildctlBinary(c);
  let output = c.string('output');
  let needsLoading = false;
  if (output === '') {
    containerdOf(c);
    if (await imageSharable(c, host, platforms)) output = 'type=image,unpack=true';
    else {
      output = platforms.length > 1 ? 'type=oci' : 'type=docker';
      needsLoading = true;
    }
  } else if (output.includes('type=docker') || output.includes('type=oci')) needsLoading = true;
  const tags = dedupe(c.stringSlice('tag'));
  if (tags.length > 0) {
    output += `,name=${normalizeRef(tags[0] ?? '')}`;
    for (let i = 0; i < tags.length; i++) tags[i] = normalizeRef(tags[i] ?? '');
  }
  const args = [`--addr=${host}`, 'build', `--progress=${c.string('progress')}`, '--frontend=dockerfile.v0', `--local=context=${context}`, `--output=${output}`];
  const cleanup: string[] = [];
  const filename = c.string('file');
  let dir = context;
  let file = 'Dockerfile';
  if (filename !== '') {
    if (filename === '-') {
      dir = `/tmp/docker-build-tempdockerfile-${randomDigits(c)}`;
      vfs.writeFile(c.env.node.state.host.files, `${dir}/Dockerfile`, c.io.stdin, { parents: true, mode: 0o600, mtimeMs: c.env.node.nowMs() });
      cleanup.push(dir);
    } else {
      const slash = filename.lastIndexOf('/');
      dir = filename.slice(0, slash + 1);
      file = filename.slice(slash + 1);
    }
    if (dir === '') dir = '.';
  }
  const location = dockerfileLocation(c, dir, file);
  args.push(`--local=dockerfile=${location.absDir}`, `--opt=filename=${location.file}`);
  const target = c.string('target');
  if (target !== '') args.push(`--opt=target=${target}`);
  if (platforms.length > 0) args.push(`--opt=platform=${platforms.join(',')}`);
  for (const ba of dedupe(c.stringSlice('build-arg'))) {
    args.push(`--opt=build-arg:${ba}`);
    if (ba.startsWith('BUILDKIT_INLINE_CACHE=')) {
      const v = ba.slice('BUILDKIT_INLINE_CACHE='.length);
      if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) args.push('--export-cache=type=inline');
      else if (!['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) {
        c.env.log.warn(`invalid BUILDKIT_INLINE_CACHE: ${JSON.stringify(v)}`, { error: `strconv.ParseBool: parsing ${JSON.stringify(v)}: invalid syntax` });
      }
    }
  }
  for (const l of dedupe(c.stringSlice('label'))) args.push(`--opt=label:${l}`);
  if (c.bool('no-cache')) args.push('--no-cache');
  for (const s of dedupe(c.stringSlice('secret'))) args.push(`--secret=${s}`);
  for (const s of dedupe(c.stringSlice('ssh'))) args.push(`--ssh=${s}`);
  for (const s of dedupe(c.stringSlice('cache-from'))) args.push(`--import-cache=${s.includes('type=') ? s : `type=registry,ref=${s}`}`);
  for (const s of dedupe(c.stringSlice('cache-to'))) args.push(`--export-cache=${s.includes('type=') ? s : `type=registry,ref=${s}`}`);
  if (!c.bool('rm')) c.env.log.warn("ignoring deprecated flag: '--rm=false'");
  let metaFile = '';
  if (c.string('iidfile') !== '') {
    metaFile = `/tmp/buildkit-meta-${randomDigits(c)}`;
    vfs.writeFile(c.env.node.state.host.files, metaFile, '', { mode: 0o600, mtimeMs: c.env.node.nowMs() });
    args.push(`--metadata-file=${metaFile}`);
  }
  return { args, needsLoading, metaFile, tags, cleanup };
}
