// `nerdctl build` (cmd/nerdctl/build.go@v0.22.2): finds buildkitd (buildkit-host.ts), builds
// buildctl's command line (build-args.ts) and runs it — its progress on nerdctl's stderr
// (none with -q), its stdout, the image tarball of the docker exporter, loaded into containerd
// as `nerdctl load` does (`unpacking docker.io/library/x:y (sha256:…)...done`). A failed build
// leaves buildctl's stdout empty, so the load fails first: `unrecognized image format`.
// Then --iidfile and the extra tags.

import * as vfs from '../../../host/vfs';
import { NotSimulatedError } from '../../../cli/not-simulated';
import { digestTranslator } from '../../../containerd/client/index';
import { isAlreadyExists } from '../../../errdefs/errdefs';
import { onlyPlatforms, parsePlatform, DEFAULT_PLATFORM } from '../../../oci/platform';
import { clientOf, globalOptions, type NerdctlCommand, type NerdctlContext } from '../nerdctl-env';
import { buildctlInvocation } from './build-args';
import { buildctlBinary, buildkitHost, execBuildctl } from './buildkit-host';

const BUILDKIT_HOST = 'unix:///run/buildkit/buildkitd.sock';

/** loadImage (cmd/nerdctl/load.go@v0.22.2) of the tarball buildctl wrote. */
async function loadImage(c: NerdctlContext, archive: string, platforms: readonly string[], quiet: boolean): Promise<void> {
  const client = clientOf(c);
  const sn = globalOptions(c).snapshotter;
  const matcher = onlyPlatforms(platforms.length === 0 ? [DEFAULT_PLATFORM] : platforms.map(parsePlatform));
  if (archive.length === 0) throw new Error('unrecognized image format');
  const images = client.transfer.import(archive, { refTranslator: (ref) => ref, digestRef: digestTranslator(sn), skipDigestForNamed: true, matcher });
  for (const img of images) {
    if (!quiet) c.io.stdout(`unpacking ${img.name} (${img.target.digest})...`);
    client.images.unpack(img, sn, matcher);
    await c.io.pace(5);
    c.io.stdout(quiet ? `${img.target.digest}\n` : 'done\n');
  }
}

async function buildAction(c: NerdctlContext): Promise<void> {
  const platforms = [...new Set(c.stringSlice('platform'))];
  if (platforms.length > 1) throw new NotSimulatedError('nerdctl build for several platforms at once (a manifest list)', 'https://github.com/containerd/nerdctl/blob/v0.22.2/docs/multi-platform.md');
  const host = await buildkitHost(c, globalOptions(c).namespace);
  const invocation = await buildctlInvocation(c, host, platforms);
  try {
    if (c.bool('ipfs')) throw new NotSimulatedError('nerdctl build --ipfs', 'https://github.com/containerd/nerdctl/blob/v0.22.2/docs/ipfs.md');
    const quiet = c.bool('quiet');
    c.env.log.debug(`running ${buildctlBinary(c)} [${invocation.args.join(' ')}]`);
    const r = await execBuildctl(c, invocation.args, {
      stdout: invocation.needsLoading ? undefined : c.io.stdout,
      stdoutBytes: invocation.needsLoading ? undefined : c.io.stdoutBytes,
      stderr: quiet ? () => {} : c.io.stderr,
    });
    if (invocation.needsLoading) await loadImage(c, r.stdout, platforms, quiet);
    if (r.code !== 0) throw new Error(`exit status ${r.code}`);
    const files = c.env.node.state.host.files;
    const iidFile = c.string('iidfile');
    if (iidFile !== '') {
      const meta = JSON.parse(vfs.binaryToText(vfs.readFile(files, invocation.metaFile))) as Record<string, unknown>;
      vfs.rm(files, invocation.metaFile, { force: true });
      const digest = meta['containerimage.digest'];
      if (typeof digest !== 'string') throw new Error('failed to find containerimage.digest in metadata file');
      vfs.writeFile(files, vfs.normalizePath(iidFile, c.io.cwd), digest, { mode: 0o600, mtimeMs: c.env.node.nowMs() });
    }
    if (invocation.tags.length > 1) {
      c.env.log.debug('Found more than 1 tag');
      const images = clientOf(c).images;
      let image;
      try {
        image = images.get(invocation.tags[0] ?? '');
      } catch (err) {
        throw new Error(`unable to tag image: ${(err as Error).message}`);
      }
      for (const name of invocation.tags.slice(1)) {
        try {
          images.create({ ...image, name });
        } catch (err) {
          if (isAlreadyExists(err)) continue;
          throw new Error(`unable to tag image: ${(err as Error).message}`);
        }
      }
    }
  } finally {
    for (const dir of invocation.cleanup) vfs.rm(c.env.node.state.host.files, dir, { recursive: true, force: true });
  }
}

export const buildCommand: NerdctlCommand = {
  name: 'build',
  usage: 'Build an image from a Dockerfile. Needs buildkitd to be running.',
  description:
    'Build an image from a Dockerfile. Needs buildkitd to be running.\nIf Dockerfile is not present and -f is not specified, it will look for Containerfile and build with it. ',
  flags: [
    { names: ['buildkit-host'], kind: 'string', usage: 'BuildKit address [$BUILDKIT_HOST]', value: BUILDKIT_HOST, envVar: 'BUILDKIT_HOST' },
    { names: ['tag', 't'], kind: 'stringArray', usage: "Name and optionally a tag in the 'name:tag' format" },
    { names: ['file', 'f'], kind: 'string', usage: 'Name of the Dockerfile' },
    { names: ['target'], kind: 'string', usage: 'Set the target build stage to build' },
    { names: ['build-arg'], kind: 'stringArray', usage: 'Set build-time variables' },
    { names: ['no-cache'], kind: 'bool', usage: 'Do not use cache when building the image' },
    { names: ['output', 'o'], kind: 'string', usage: 'Output destination (format: type=local,dest=path)' },
    { names: ['progress'], kind: 'string', usage: 'Set type of progress output (auto, plain, tty). Use plain to show container output', value: 'auto' },
    { names: ['secret'], kind: 'stringArray', usage: 'Secret file to expose to the build: id=mysecret,src=/local/secret' },
    { names: ['ssh'], kind: 'stringArray', usage: 'SSH agent socket or keys to expose to the build (format: default|<id>[=<socket>|<key>[,<key>]])' },
    { names: ['quiet', 'q'], kind: 'bool', usage: 'Suppress the build output and print image ID on success' },
    { names: ['cache-from'], kind: 'stringArray', usage: 'External cache sources (eg. user/app:cache, type=local,src=path/to/dir)' },
    { names: ['cache-to'], kind: 'stringArray', usage: 'Cache export destinations (eg. user/app:cache, type=local,dest=path/to/dir)' },
    { names: ['rm'], kind: 'bool', usage: 'Remove intermediate containers after a successful build', value: true },
    { names: ['platform'], kind: 'stringSlice', usage: 'Set target platform for build (e.g., "amd64", "arm64")', value: [] },
    { names: ['ipfs'], kind: 'bool', usage: 'Allow pulling base images from IPFS' },
    { names: ['iidfile'], kind: 'string', usage: 'Write the image ID to the file' },
    { names: ['label'], kind: 'stringArray', usage: 'Set metadata for an image' },
  ],
  action: buildAction,
};
