// translateContainerdStartErr (moby v20.10.24 daemon/start_unix.go / daemon/exec.go): a start or
// exec that failed on a path of the wrong kind gets dockerd's hint appended, as a real 20.10.24
// prints for `docker exec -w /etc/passwd c pwd`.

const ENOTDIR = 'not a directory';
const HINT = ': Are you trying to mount a directory onto a file (or vice-versa)? Check if the specified host path exists and is the expected type';

export function translateStartError(message: string): string {
  return message.includes(ENOTDIR) ? `${message}${HINT}` : message;
}
