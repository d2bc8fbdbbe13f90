// What every crictl action receives besides its flags: the node it runs on, and the way to the
// CRI plugin's two services (getRuntimeService / getImageService in cmd/crictl/main.go, which
// dial the configured endpoint and print the default-endpoint warnings on the way).

import type { ActionContext, CommandSpec } from '../../cli/spec';
import { criServices, type ImageService, type RuntimeService } from '../../cri/index';
import { ContainerdError, plain, type ErrClass } from '../../errdefs/errdefs';
import type { Node } from '../../node';

export interface CrictlEnv {
  node: Node;
}

export type CrictlCommand = CommandSpec<CrictlEnv>;
export type CrictlContext = ActionContext<CrictlEnv>;

/** The runtime service at the configured runtime endpoint (dialed on first use). */
export async function runtimeServiceOf(c: CrictlContext): Promise<RuntimeService> {
  return criServices(c.env.node).runtime;
}

/** The image service at the configured image endpoint (dialed on first use). */
export async function imageServiceOf(c: CrictlContext): Promise<ImageService> {
  return criServices(c.env.node).image;
}

const GRPC_CODE: Record<ErrClass, string> = {
  unknown: 'Unknown',
  'invalid argument': 'InvalidArgument',
  'not found': 'NotFound',
  'already exists': 'AlreadyExists',
  'failed precondition': 'FailedPrecondition',
  unavailable: 'Unavailable',
  aborted: 'Aborted',
  canceled: 'Canceled',
  'deadline exceeded': 'DeadlineExceeded',
};

/** A CRI call's failure as the gRPC status crictl received: `rpc error: code = X desc = …`. */
export function rpcErrorText(err: unknown): string {
  if (err instanceof ContainerdError) return `rpc error: code = ${GRPC_CODE[err.errClass]} desc = ${err.message}`;
  if (err instanceof Error) return err.message;
  return String(err);
}

/** crictl's `fmt.Errorf("<context>: %w", err)` around a CRI call's failure. */
export function wrapRpc(context: string, err: unknown): Error {
  return plain(`${context}: ${rpcErrorText(err)}`);
}
