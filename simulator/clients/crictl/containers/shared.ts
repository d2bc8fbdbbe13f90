// What crictl 1.26.0's container commands share (cmd/crictl/container.go, util.go): the table
// layout, label flags, ages, state words, and CreateContainer with its optional pull
// (container.go:675-723), used by both `create` and `run`.

import { humanDuration } from '../../../cli/units';
import { plain } from '../../../errdefs/errdefs';
import type { ContainerState, Int64, PodSandboxConfig, RuntimeService } from '../../../cri/index';
import { loadContainerConfig, loadPodSandboxConfig } from '../config-files/index';
import { imageServiceOf, rpcErrorText, runtimeServiceOf, type CrictlContext } from '../crictl-env';
import { pullAuth } from '../images/pull-auth';

/** newTableDisplay(20, 1, 3, ' ', 0). */
export const TABLE = { minwidth: 20, tabwidth: 1, padding: 3, padchar: ' ' } as const;

/** util.go:42 truncatedIDLen. */
const TRUNCATED_ID_LEN = 13;

/** getTruncatedID (util.go:309-315). */
export function truncatedId(id: string, prefix = ''): string {
  const bare = id.startsWith(prefix) ? id.slice(prefix.length) : id;
  return bare.length > TRUNCATED_ID_LEN ? bare.slice(0, TRUNCATED_ID_LEN) : bare;
}

/** parseLabelStringSlice (util.go:260-270). */
export function parseLabels(values: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of values) {
    const pair = s.split('=');
    if (pair.length !== 2) throw plain(`incorrectly specified label: ${s}`);
    out[pair[0] ?? ''] = pair[1] ?? '';
  }
  return out;
}

/** `units.HumanDuration(time.Now().UTC().Sub(time.Unix(0, t))) + " ago"`. */
export function ago(nowMs: number, t: Int64): string {
  // Whole milliseconds of the decimal nanoseconds: the digits before the last six.
  const ms = nowMs - (t.length > 6 ? Number(t.slice(0, -6)) : 0);
  return `${humanDuration(ms)} ago`;
}

/** Compares two non-negative int64 decimal strings (no leading zeros) as numbers. */
export function compareInt64(a: Int64, b: Int64): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** convertContainerState (container.go:1088-1101). */
export function stateWord(state: ContainerState): string {
  switch (state) {
    case 'CONTAINER_CREATED':
      return 'Created';
    case 'CONTAINER_RUNNING':
      return 'Running';
    case 'CONTAINER_EXITED':
      return 'Exited';
    default:
      return 'Unknown';
  }
}

/** getSortedKeys. */
export function sortedKeys(map: Readonly<Record<string, string>>): string[] {
  return Object.keys(map).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** What the shell gives config loading: the node's files and the working directory. */
function access(c: CrictlContext) {
  return { files: c.env.node.state.host.files, cwd: c.io.cwd };
}

function loadPodConfig(c: CrictlContext, path: string): PodSandboxConfig {
  return loadPodSandboxConfig(access(c), path);
}

export interface CreateOptions {
  podId: string;
  configPath: string;
  /** "" when not given. */
  podConfigPath: string;
  withPull: boolean;
}

/**
 * CreateContainer (container.go:675-723): the container config, the pod config when given,
 * the image pulled first when asked (PullImageWithSandbox), then the RPC. Errors are returned
 * as crictl has them before its caller's wrapping (the RPC's as the service threw it).
 */
export async function createWithPull(c: CrictlContext, runtime: RuntimeService, opts: CreateOptions): Promise<string> {
  const config = loadContainerConfig(access(c), opts.configPath);
  let podConfig: PodSandboxConfig | undefined;
  if (opts.podConfigPath !== '') podConfig = loadPodSandboxConfig(access(c), opts.podConfigPath);
  if (opts.withPull) {
    const auth = pullAuth(c);
    const images = await imageServiceOf(c);
    const annotations = config.image?.annotations;
    try {
      await images.pullImage(
        {
          image: { image: config.image?.image ?? '', ...(annotations ? { annotations } : {}) },
          ...(auth ? { auth } : {}),
          ...(podConfig ? { sandboxConfig: podConfig } : {}),
        },
        { wait: (ms) => c.io.pace(ms) },
      );
    } catch (err) {
      throw plain(rpcErrorText(err));
    }
  }
  try {
    const { containerId } = await runtime.createContainer(
      { podSandboxId: opts.podId, config, sandboxConfig: podConfig ?? {} },
      { wait: (ms) => c.io.pace(ms) },
    );
    return containerId;
  } catch (err) {
    throw plain(rpcErrorText(err));
  }
}

/**
 * Go's log.Fatalf (the standard logger crictl also imports): `2006/01/02 15:04:05 <message>`
 * on stderr, exit status 1. The node's clock is UTC.
 */
export function goLogFatal(c: CrictlContext, message: string): number {
  const d = new Date(c.env.node.nowMs());
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${d.getUTCFullYear()}/${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
  c.io.stderr(`${stamp} ${message}\n`);
  return 1;
}

/**
 * start, stop and stopp: the help without IDs, else each ID in turn as typed (the runtime
 * resolves unique prefixes) through `call`, which says what to print once it is done; the
 * first failure ends the command as `<what(id)>: <error>`.
 */
export async function eachIdInTurn(
  c: CrictlContext,
  what: (id: string) => string,
  call: (runtime: RuntimeService, id: string) => Promise<string>,
): Promise<void> {
  if (c.args.length === 0) {
    c.io.stdout(c.helpText());
    return;
  }
  const runtime = await runtimeServiceOf(c, 0);
  for (const id of c.args) {
    if (id === '') throw plain(`${what(id)}: ID cannot be empty`);
    let done: string;
    try {
      done = await call(runtime, id);
    } catch (err) {
      throw plain(`${what(id)}: ${rpcErrorText(err)}`);
    }
    c.io.stdout(done);
  }
}

/**
 * rm and rmp: the IDs given, or with --all every one `listAll` returns (its failure is the
 * command's); none prints the help and returns undefined.
 */
export async function idsOrAll(c: CrictlContext, listAll: () => Promise<string[]>): Promise<string[] | undefined> {
  let ids = [...c.args];
  if (c.bool('all')) {
    try {
      ids = await listAll();
    } catch (err) {
      throw plain(rpcErrorText(err));
    }
  }
  if (ids.length > 0) return ids;
  c.io.stdout(c.helpText());
  return undefined;
}

/**
 * RunPodSandbox of the pod config at `path` with --runtime's handler (runp, and run's first
 * step): a config that does not load fails as `load podSandboxConfig: …`, the RPC as
 * `run pod sandbox: …`. The new sandbox's id.
 */
export async function runPodFromFile(c: CrictlContext, runtime: RuntimeService, path: string): Promise<string> {
  let config: PodSandboxConfig;
  try {
    config = loadPodConfig(c, path);
  } catch (err) {
    throw plain(`load podSandboxConfig: ${(err as Error).message}`);
  }
  try {
    return (await runtime.runPodSandbox({ config, runtimeHandler: c.string('runtime') }, { wait: (ms) => c.io.pace(ms) })).podSandboxId;
  } catch (err) {
    throw plain(`run pod sandbox: ${rpcErrorText(err)}`);
  }
}

/**
 * The list commands' -q and -v: the item's id alone, or its verbose block, printed at once
 * (before the table, which is flushed at the end). False when the item is a table row instead.
 */
export function printedQuietOrVerbose(c: CrictlContext, id: string, verboseBlock: () => string): boolean {
  if (c.bool('quiet')) c.io.stdout(`${id}\n`);
  else if (c.bool('verbose')) c.io.stdout(verboseBlock());
  else return false;
  return true;
}
