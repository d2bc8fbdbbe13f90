// Errors of the Dockerfile frontend that point at lines of the file (parser.ErrorLocation):
// buildctl prints those lines before its `error:` line (solver/errdefs/source.go Print), and
// the message itself is the inner error's text.

/** An error located in the Dockerfile: `startLine`..`endLine` (1-based; end 0 means start). */
export class DockerfileError extends Error {
  constructor(
    message: string,
    readonly startLine: number,
    readonly endLine: number,
  ) {
    super(message);
    this.name = 'DockerfileError';
  }
}

/**
 * Source.Print (solver/errdefs/source.go@v0.10.4): `Dockerfile:3`, a rule, the lines around
 * the range (four of context for one line, two for several), `>>>` on the range's lines.
 */
export function sourceSnippet(filename: string, data: string, startLine: number, endLine: number): string {
  const lines = data.split('\n');
  let start = startLine;
  let end = Math.max(endLine, startLine);
  if (start > lines.length || start < 1) return '';
  if (end > lines.length) end = lines.length;
  const pad = end === start ? 4 : 2;
  const marked = (i: number) => i >= startLine && i <= Math.max(endLine, startLine);
  let p = 0;
  while (p < pad) {
    if (start > 1) {
      start--;
      p++;
    }
    if (end !== lines.length) {
      end++;
      p++;
    }
    p++;
  }
  let out = `${filename}:${startLine}\n--------------------\n`;
  for (let i = start; i <= end; i++) {
    out += ` ${String(i).padStart(3)} | ${marked(i) ? '>>>' : '   '} ${lines[i - 1] ?? ''}\n`;
  }
  return `${out}--------------------\n`;
}
