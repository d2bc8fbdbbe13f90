// A CRI call's failure as the gRPC status a client receives: errdefs classes are gRPC codes
// (status.Error(code, desc) on the plugin's side), printed by grpc-go's status.Error() as
// `rpc error: code = <Code> desc = <desc>`.

import { ContainerdError } from '../../../errdefs/errdefs';
import { rpcStatusText } from '../../../errdefs/grpc-status';

/** `rpc error: code = X desc = …` for a ContainerdError; other errors' own text. */
export function rpcErrorText(err: unknown): string {
  if (err instanceof ContainerdError) return rpcStatusText(err);
  if (err instanceof Error) return err.message;
  return String(err);
}
