// Which buildkitd nerdctl talks to (cmd/nerdctl/build.go getBuildkitHost and
// pkg/buildkitutil/buildkitutil.go@v0.22.2): an explicit --buildkit-host (or $BUILDKIT_HOST)
// is pinged as given; otherwise the candidates for the namespace — /run/buildkit-<ns>/ (not for
// default), /run/buildkit-default/, /run/buildkit/ — are pinged in turn with `buildctl debug
// workers`, and when none answers nerdctl logs the hint and fails with every ping's error.

import type { CommandIO } from '../../../cli/spec';
import * as vfs from '../../../host/vfs';
import { runBuildctl } from '../../buildctl/buildctl';
import type { NerdctlContext } from '../nerdctl-env';
import { lookPath } from '../look-path';

const HINT = '`buildctl` needs to be installed and `buildkitd` needs to be running, see https://github.com/moby/buildkit';

/**
 * buildkitutil.BuildctlBinary: exec.LookPath("buildctl") in $PATH — the binary must be on the
 * node (nerdctl-full and the buildkit tarball put it in /usr/local/bin). Throws Go's error.
 */
export function buildctlBinary(c: NerdctlContext): string {
  return lookPath(c, 'buildctl');
}

/** Runs buildctl as exec.Command does: its stdout and stderr captured, the rest of the line's IO kept. */
export async function execBuildctl(c: NerdctlContext, args: readonly string[], io: Partial<CommandIO> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const given = Object.fromEntries(Object.entries(io).filter(([, v]) => v !== undefined)) as Partial<CommandIO>;
  // buildctl's stdout is a pipe nerdctl reads unless a writer is given; its stderr stays nerdctl's.
  const piped = io.stdout === undefined;
  const captured: CommandIO = {
    ...c.io,
    isTTY: piped ? false : c.io.isTTY,
    stderrIsTTY: c.io.stderrIsTTY ?? c.io.isTTY,
    stdout: (s) => (stdout += s),
    stdoutBytes: (b) => (stdout += b),
    stderr: (s) => (stderr += s),
    ...given,
  };
  const code = await runBuildctl(c.env.node, args, captured);
  return { code, stdout, stderr };
}

/** pingBKDaemon: `buildctl --addr=<host> debug workers`; the combined output and error when it fails. */
async function ping(c: NerdctlContext, host: string): Promise<{ ok: boolean; output: string; error: string }> {
  try {
    buildctlBinary(c);
  } catch (err) {
    return { ok: false, output: '', error: (err as Error).message };
  }
  const r = await execBuildctl(c, [`--addr=${host}`, 'debug', 'workers']);
  return { ok: r.code === 0, output: r.stdout + r.stderr, error: `exit status ${r.code}` };
}

/** hashicorp/go-multierror's format. */
function multiError(errors: readonly string[]): string {
  const points = errors.map((e) => `* ${e}`).join('\n\t');
  return `${errors.length} ${errors.length === 1 ? 'error' : 'errors'} occurred:\n\t${points}\n\n`;
}

/** getBuildkitHost. Throws the error nerdctl returns. */
export async function buildkitHost(c: NerdctlContext, namespace: string): Promise<string> {
  if (c.isSet('buildkit-host') || (c.io.environ.BUILDKIT_HOST ?? '') !== '') {
    const host = c.string('buildkit-host');
    const r = await ping(c, host);
    if (!r.ok) {
      if (r.output !== '') c.env.log.error(r.output.replace(/\n$/, ''));
      throw new Error(`${HINT}: ${r.error}`);
    }
    return host;
  }
  if (namespace === '') throw new Error('namespace must be specified');
  const candidates = [...(namespace !== 'default' ? [`buildkit-${namespace}/buildkitd.sock`] : []), 'buildkit-default/buildkitd.sock', 'buildkit/buildkitd.sock'];
  const errors: string[] = [];
  for (const p of candidates) {
    c.env.log.debug(`Choosing the buildkit host ${JSON.stringify(p)}, candidates=[${candidates.join(' ')}] (in "/run/")`);
    const host = `unix:///run/${p}`;
    const r = await ping(c, host);
    if (r.ok) {
      c.env.log.debug(`Chosen buildkit host ${JSON.stringify(host)}`);
      return host;
    }
    errors.push(`failed to ping to host ${host}: ${r.error}`);
  }
  const all = multiError(errors);
  c.env.log.error(HINT, { error: all });
  throw new Error(`no buildkit host is available, tried ${candidates.length} candidates: ${all}`);
}

/** GetWorkerLabels: the first worker's labels, from `buildctl debug workers --format '{{json .}}'`. */
export async function workerLabels(c: NerdctlContext, host: string): Promise<Record<string, string>> {
  const r = await execBuildctl(c, [`--addr=${host}`, 'debug', 'workers', '--format', '{{json .}}']);
  if (r.code !== 0) throw new Error('exit status 1');
  const workers = JSON.parse(r.stdout) as Array<{ labels?: Record<string, string> }>;
  if (workers.length === 0) throw new Error('no worker available');
  const labels = workers[0]?.labels;
  if (!labels) throw new Error("worker doesn't have labels");
  return labels;
}
