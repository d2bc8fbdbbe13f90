// How an errdefs class travels over gRPC (containerd's errgrpc.ToGRPC, errdefs/grpc.go): each
// class is one status code, and grpc-go's status.Error() prints a status as
// `rpc error: code = <Code> desc = <desc>`. containerd's own clients, crictl, the kubelet and the
// CRI oracle all word a received status with these two functions.

import type { ContainerdError, ErrClass } from './errdefs';

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
  'not implemented': 'Unimplemented',
};

/** The name of the gRPC code a class travels as (codes.Code's String()): `NotFound`, … */
export function grpcCodeName(errClass: ErrClass): string {
  return GRPC_CODE[errClass];
}

/** `rpc error: code = <Code> desc = <message>`, the error as a gRPC client prints it. */
export function rpcStatusText(err: ContainerdError): string {
  return `rpc error: code = ${grpcCodeName(err.errClass)} desc = ${err.message}`;
}
