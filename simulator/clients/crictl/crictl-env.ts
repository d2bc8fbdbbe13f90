// What every crictl action receives besides its flags: the node it runs on, the settings
// app.Before resolved (config file, flags, environment), crictl's loggers, and the way to the
// CRI plugin's two services (getRuntimeService / getImageService in cmd/crictl/main.go:57-132
// @v1.26.0, which choose the endpoint, print the default-endpoint warnings and dial).

import type { ActionContext, CommandSpec } from '../../cli/spec';
import type { ImageService, RuntimeService } from '../../cri/index';
import { plain } from '../../errdefs/errdefs';
import type { Node } from '../../node';
import { imageEndpointPlan, runtimeEndpointPlan, type CrictlSettings } from './config/index';
import type { CrictlLog } from './crictl-log';
import { connectImage, connectRuntime, type Connected } from './dial/connect';
import { rpcErrorText } from './dial/grpc-status';

export { rpcErrorText } from './dial/grpc-status';

export interface CrictlEnv {
  node: Node;
  /** Set by app.Before; the zero settings (defaults, nothing configured) until then. */
  settings: CrictlSettings;
  log: CrictlLog;
  /** Where the binary is (os.Executable): the config file's fallback is beside it. */
  exePath: string;
  /** The app itself, for what reads its command list (completion). */
  app: CrictlCommand;
}

export type CrictlCommand = CommandSpec<CrictlEnv>;
export type CrictlContext = ActionContext<CrictlEnv>;

/** main.go:36@v1.26.0. */
export const DEFAULT_TIMEOUT_NS = 2_000_000_000;

/** Go's time.Duration String() for the debug line (`"2s"`, `"1.5s"`, `"500ms"`). */
function durationText(ns: number): string {
  if (ns === 0) return '0s';
  if (ns < 1_000_000_000) return ns % 1_000_000 === 0 ? `${ns / 1_000_000}ms` : `${ns / 1000}µs`;
  let s = ns / 1e9;
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  const sec = `${Number(s.toFixed(9))}s`;
  return `${h ? `${h}h` : ''}${h || m ? `${m}m` : ''}${sec}`;
}

/** A service or the error getRuntimeService/getImageService return (the command returns it: FATA). */
function dialWith<S>(
  c: CrictlContext,
  service: 'runtime' | 'image',
  connect: (node: Node, log: CrictlLog, endpoint: string, timeoutMs: number) => Connected<S>,
  timeoutNs: number,
): S {
  const { node, log, settings } = c.env;
  const plan = service === 'runtime' ? runtimeEndpointPlan(settings) : imageEndpointPlan(settings);
  if (plan.kind === 'unset') throw plain(plan.error);
  log.debug(service === 'runtime' ? 'get runtime connection' : 'get image connection');
  if (plan.kind === 'configured') {
    const connected = connect(node, log, plan.endpoint, timeoutNs / 1e6);
    if (!connected.ok) throw plain(connected.error);
    return connected.service;
  }
  log.warn(plan.warning);
  log.debug(plan.debugNote);
  let last: Connected<S> = { ok: false, error: '' };
  for (const endpoint of plan.endpoints) {
    log.debug(`Connect using endpoint ${JSON.stringify(endpoint)} with ${JSON.stringify(durationText(timeoutNs))} timeout`);
    last = connect(node, log, endpoint, timeoutNs / 1e6);
    if (!last.ok) {
      log.error(last.error);
      continue;
    }
    log.debug(`Connected successfully using endpoint: ${endpoint}`);
    break;
  }
  if (!last.ok) throw plain(last.error);
  return last.service;
}

/**
 * The runtime service at the configured endpoint, or the first default that "connects" (in
 * 1.26 the first one always does: see dial/connect.ts). `timeoutNs` is getRuntimeService's
 * custom timeout argument (0 = the global --timeout).
 */
export async function runtimeServiceOf(c: CrictlContext, timeoutNs = 0): Promise<RuntimeService> {
  return dialWith(c, 'runtime', connectRuntime, timeoutNs !== 0 ? timeoutNs : c.env.settings.timeoutNs);
}

/** The image service at the configured image endpoint, else the runtime endpoint, else the defaults. */
export async function imageServiceOf(c: CrictlContext): Promise<ImageService> {
  return dialWith(c, 'image', connectImage, c.env.settings.timeoutNs);
}

/** crictl's `fmt.Errorf("<context>: %w", err)` around a CRI call's failure. */
export function wrapRpc(context: string, err: unknown): Error {
  return plain(`${context}: ${rpcErrorText(err)}`);
}
