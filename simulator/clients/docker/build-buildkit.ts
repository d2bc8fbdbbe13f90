// `docker build` with DOCKER_BUILDKIT=1 (docker/cli v20.10.24 cli/command/image/build_buildkit.go):
// the Dockerfile's directory and the context are sent through fsutil sessions (not a tar: no
// `Sending build context`), dockerd's builder-next solves, and the CLI shows the solve's status
// with buildkit 0.8's progressui (vendored): `auto` and `tty` draw the terminal view when
// stderr is a terminal and print plain lines otherwise (no error for `tty` on a pipe), `plain`
// always prints lines. All of it goes to stderr; -q prints only `sha256:<id>` on stdout. A failed
// solve's error follows the progress and the CLI exits 1.

import { plainProgress, secretsFromFlags, sshFromFlags, ttyProgress, type SessionAttachables } from '../../buildkit/index';
import { CliError } from '../../cli/cli-error';
import { NotSimulatedError } from '../../cli/not-simulated';
import { writeTimed } from '../../cli/progress/timed-output';
import { normalizePath, writeFile } from '../../host/vfs';
import { daemonOf, type DockerContext } from './docker-env';

const PROGRESS_MODES = ['auto', 'plain', 'tty'];

/**
 * --ssh and --secret (build_buildkit.go parseSSHSpecs, parseSecretSpecs): the providers of the
 * buildkit 0.8 it vendors, their error under `could not parse …: [values]:` and exit 1 (oracle:
 * a missing src, a value without `=`, no SSH_AUTH_SOCK).
 */
function sessionOf(c: DockerContext): SessionAttachables {
  const client = { node: c.env.node, environ: c.io.environ, cwd: c.io.cwd };
  const session: SessionAttachables = {};
  const ssh = c.stringSlice('ssh');
  if (ssh.length > 0) {
    try {
      session.ssh = sshFromFlags(ssh, client);
    } catch (err) {
      // buildkit 0.8 says it in one sentence where 0.10 wraps the fallback's error.
      const message = (err as Error).message.replace('invalid empty ssh agent socket: make sure', 'invalid empty ssh agent socket, make sure');
      throw new CliError(`could not parse ssh: [${ssh.join(' ')}]: ${message}`, 1);
    }
  }
  const secrets = c.stringSlice('secret');
  if (secrets.length > 0) {
    try {
      session.secrets = secretsFromFlags(secrets, client);
    } catch (err) {
      throw new CliError(`could not parse secrets: [${secrets.join(' ')}]: ${(err as Error).message}`, 1);
    }
  }
  return session;
}

export async function buildkitBuild(c: DockerContext, contextDir: string, buildArgs: Record<string, string>): Promise<void> {
  // Exporting to the node (--output) and other platforms need parts of BuildKit's session the
  // shared buildkit code does not model yet.
  if (c.stringSlice('output').length > 0) throw new NotSimulatedError('docker build --output', 'https://docs.docker.com/engine/reference/commandline/build/');
  const session = sessionOf(c);
  if (c.string('platform') !== '') throw new NotSimulatedError('docker build --platform', 'https://docs.docker.com/engine/reference/commandline/build/');
  const progress = c.string('progress');
  if (!PROGRESS_MODES.includes(progress)) throw new CliError(`invalid value ${JSON.stringify(progress)} passed to --progress, valid values are: ${PROGRESS_MODES.join(', ')}`, 1);
  const daemon = daemonOf(c);
  const fileFlag = c.string('file');
  const dockerfile = fileFlag === '' ? `${contextDir === '/' ? '' : contextDir}/Dockerfile` : normalizePath(fileFlag, c.io.cwd);
  const slash = dockerfile.lastIndexOf('/');
  const outcome = daemon.buildWithBuildkit({
    contextDir,
    dockerfileDir: dockerfile.slice(0, slash) || '/',
    dockerfileName: dockerfile.slice(slash + 1),
    tags: c.stringSlice('tag'),
    buildArgs,
    target: c.string('target'),
    noCache: c.bool('no-cache'),
    session,
  });
  const { trace } = outcome;
  const quiet = c.bool('quiet');
  if (quiet) await c.io.pace(trace.elapsedMs);
  else {
    const terminal = progress !== 'plain' && (c.io.stderrIsTTY ?? c.io.isTTY);
    const chunks = terminal ? ttyProgress(trace, c.io.columns ?? 80) : plainProgress(trace, true);
    await writeTimed(chunks, { startMs: trace.startMs, endMs: trace.nowMs }, (text) => c.io.stderr(text), c.io);
  }
  if (outcome.error !== undefined || outcome.id === undefined) throw new CliError(outcome.error ?? 'failed to solve', 1);
  if (quiet) c.io.stdout(`${outcome.id}\n`);
  const iidfile = c.string('iidfile');
  if (iidfile !== '') writeFile(c.env.node.state.host.files, normalizePath(iidfile, c.io.cwd), outcome.id, { mode: 0o666, mtimeMs: c.env.node.nowMs() });
}
