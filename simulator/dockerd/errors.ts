// What dockerd's API answers with when a call fails: an HTTP status and the message of its
// JSON body (moby 20.10 api/server/httputils: errdefs → status). The CLI words them: a 404 as
// `Error: <message>` (client.objectNotFoundError), anything else as
// `Error response from daemon: <message>`.

export type DockerdStatus = 400 | 403 | 404 | 409 | 500 | 503;

export class DockerdError extends Error {
  constructor(
    readonly status: DockerdStatus,
    message: string,
  ) {
    super(message);
    this.name = 'DockerdError';
  }
}

export function isDockerdError(err: unknown): err is DockerdError {
  return err instanceof DockerdError;
}

/** The daemon does not answer on its socket (unit stopped): the client could not connect. */
export class DaemonUnreachableError extends Error {
  constructor(readonly host: string) {
    super(`Cannot connect to the Docker daemon at ${host}. Is the docker daemon running?`);
    this.name = 'DaemonUnreachableError';
  }
}

export const notFound = (message: string) => new DockerdError(404, message);
export const conflict = (message: string) => new DockerdError(409, message);
export const invalidParameter = (message: string) => new DockerdError(400, message);
export const systemError = (message: string) => new DockerdError(500, message);
