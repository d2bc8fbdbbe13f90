// How a failed solve reaches the client: the error's text (after `failed to solve: `) and, for
// errors located in the Dockerfile, the lines buildctl prints above it.

export interface SourceRange {
  startLine: number;
  endLine: number;
}

export class SolveError extends Error {
  constructor(
    message: string,
    readonly range?: SourceRange,
  ) {
    super(message);
    this.name = 'SolveError';
  }
}
