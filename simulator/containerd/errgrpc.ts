// How an errdefs class crosses the gRPC wire (containerd's errgrpc.ToGRPC). Most clients turn
// the status back into the plain error; a few ctr paths (`tasks ls`) print the status as it
// arrived, `rpc error: code = <Code> desc = <message>`.

import { ContainerdError, plain } from '../errdefs/errdefs';
import { rpcStatusText } from '../errdefs/grpc-status';

/** `err` as the text of the gRPC status a client would print unconverted; other errors unchanged. */
export function asGrpcStatus(err: unknown): unknown {
  if (!(err instanceof ContainerdError)) return err;
  return plain(rpcStatusText(err));
}
