// Oracle scripts: one command line per line; blank lines and `#` comments are ignored.

export interface ScriptResult {
  cmd: string;
  stdout: string;
  stderr: string;
  exit: number;
  /** Wall time the line took, in milliseconds. */
  ms: number;
  /** The moment the line began on the clock of the node that ran it (epoch ms); without it, times compare as any time. */
  atMs?: number;
  /** The real node's private directory, to map its paths back to a stock node's. */
  nodeDir?: string;
}

export function parseScript(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
}

/** The transcript format of the conformance recordings (a blank line after each entry), stdout before stderr. */
export function formatTranscript(results: readonly ScriptResult[]): string {
  return results.map((r) => `$ ${r.cmd}\n${r.stdout}${r.stderr}[exit ${r.exit}]\n\n`).join('');
}
