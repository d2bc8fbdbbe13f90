// A streaming call's URL and what crictl does with it before it copies anything: Exec, Attach and
// PortForward each ask the CRI server for a URL (logging request and response at debug level),
// then open it. A URL the server no longer knows (its token used or expired) gets the server's
// 404 on the SPDY upgrade, and client-go reports it (spdy/roundtripper.go NewConnection).

import { StreamError, type StreamedProcess } from '../../../cri/index';
import { plain } from '../../../errdefs/errdefs';
import { rpcErrorText, type CrictlContext } from '../crictl-env';

export function openFailure(context: string): Error {
  return plain(`${context}: unable to upgrade connection: 404 page not found`);
}

/**
 * Calls `rpc` for its URL and logs the response as crictl does (exec.go:145-149 @v1.26.0, and
 * attach.go alike: the response is logged before the error is looked at, gogo's "nil" on failure;
 * portforward.go:77 writes its own semicolon). A failure is `failed: <status>`.
 */
export async function requestStreamUrl(
  c: CrictlContext,
  rpc: 'Exec' | 'Attach' | 'PortForward',
  failed: string,
  call: () => Promise<{ url: string }>,
): Promise<string> {
  const sep = rpc === 'PortForward' ? ';' : ':';
  let url: string;
  try {
    url = (await call()).url;
  } catch (err) {
    c.env.log.debug(`${rpc}Response${sep} nil`);
    throw plain(`${failed}: ${rpcErrorText(err)}`);
  }
  c.env.log.debug(`${rpc}Response${sep} &${rpc}Response{Url:${url},}`);
  c.env.log.debug(`${rpc} URL: ${url}`);
  return url;
}

/** stream() (exec.go:168-204): a tty needs -i, and a terminal on stdin, before the stream opens. */
export function checkTerminal(c: CrictlContext, failed: string, tty: boolean, stdin: boolean): void {
  if (tty && !stdin) throw plain(`${failed}: tty=true must be specified with interactive=true`);
  if (tty && !c.io.isTTY) throw plain(`${failed}: input is not a terminal`);
}

/** Starts the stream's process; the server's refusal is `failed: <reason>`. */
export function startStream(failed: string, start: () => StreamedProcess): StreamedProcess {
  try {
    return start();
  } catch (err) {
    if (err instanceof StreamError) throw plain(`${failed}: ${err.message}`);
    throw err;
  }
}
