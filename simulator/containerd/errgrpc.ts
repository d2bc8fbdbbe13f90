// How an errdefs class crosses the gRPC wire (containerd's errgrpc.ToGRPC). Most clients turn
// the status back into the plain error; a few ctr paths (`tasks ls`) print the status as it
// arrived, `rpc error: code = <Code> desc = <message>`.

import { ContainerdError, type ErrClass, plain } from '../errdefs/errdefs';

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

/** `err` as the text of the gRPC status a client would print unconverted; other errors unchanged. */
export function asGrpcStatus(err: unknown): unknown {
  if (!(err instanceof ContainerdError)) return err;
  return plain(`rpc error: code = ${GRPC_CODE[err.errClass]} desc = ${err.message}`);
}
