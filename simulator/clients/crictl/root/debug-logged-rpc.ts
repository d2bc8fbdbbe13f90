// The debug lines crictl's info and version print around their RPC (info.go:58-64 and
// version.go:47-53 @v1.26.0): `<Rpc>Request: <request>` before it, then `<Rpc>Response: <response>`
// as gogo-protobuf's String() prints them, or `<Rpc>Response: nil` when the call failed.

import { wrapRpc, type CrictlContext } from '../crictl-env';
import { gogoString } from '../output/gogo-string';

/** Calls `call` with `request` between the debug lines; its error is wrapped as `<failing>: <rpc error>`. */
export async function debugLoggedRpc<Q, R>(c: CrictlContext, rpc: string, request: Q, call: (request: Q) => Promise<R>, failing: string): Promise<R> {
  c.env.log.debug(() => `${rpc}Request: ${gogoString(`${rpc}Request`, request)}`);
  let response: R;
  try {
    response = await call(request);
  } catch (err) {
    c.env.log.debug(`${rpc}Response: nil`);
    throw wrapRpc(failing, err);
  }
  c.env.log.debug(() => `${rpc}Response: ${gogoString(`${rpc}Response`, response)}`);
  return response;
}
