// An error that carries the exit code the tool's main exits with: docker's StatusError (125 for
// flag errors), nerdctl's ExitCodeError (a container's exit code), for every dialect.

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
