// docker's main() and the API client's wording of the daemon's answers (docker/cli 20.10
// cmd/docker/docker.go, docker/client/errors.go): a failure is `Error response from daemon:
// <message>`, except a 404 of the calls the client passes through wrapResponseError (remove,
// inspect), which becomes objectNotFoundError (`Error: No such image: x`); an unreachable
// socket is the client's ErrorConnectionFailed text; all exit 1.

import type { CommandIO } from '../../cli/spec';
import { printDockerError } from '../../cli/cobra/docker-style';
import { DaemonUnreachableError, isDockerdError } from '../../dockerd/index';

/** The text the CLI prints for a daemon failure (without the `docker: ` of run's wrapper). */
export function daemonErrorText(err: unknown, options: { objectNotFound?: boolean } = {}): string | undefined {
  if (err instanceof DaemonUnreachableError) return err.message;
  if (isDockerdError(err)) return err.status === 404 && options.objectNotFound ? `Error: ${err.message}` : `Error response from daemon: ${err.message}`;
  return undefined;
}

export function printError(err: unknown, io: CommandIO): number {
  const text = daemonErrorText(err);
  if (text !== undefined) {
    io.stderr(`${text}\n`);
    return 1;
  }
  return printDockerError(err, io);
}
