// A CRI call's failure as the gRPC status a client receives: errdefs classes are gRPC codes
// (status.Error(code, desc) on the plugin's side), printed by grpc-go's status.Error() as
// `rpc error: code = <Code> desc = <desc>`.

import { ContainerdError, type ErrClass } from '../../../errdefs/errdefs';

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

/** `rpc error: code = X desc = …` for a ContainerdError; other errors' own text. */
export function rpcErrorText(err: unknown): string {
  if (err instanceof ContainerdError) return `rpc error: code = ${GRPC_CODE[err.errClass]} desc = ${err.message}`;
  if (err instanceof Error) return err.message;
  return String(err);
}
