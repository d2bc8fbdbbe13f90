// The one interface the UI and the REPL use to talk to the simulated node's login shell.

export type Stream = 'stdout' | 'stderr';

export interface LineResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface RunOptions {
  /**
   * Called with output as it is produced, in order. On a terminal, a lone command of ours
   * streams (pull progress redraws); anything piped, substituted or redirected is delivered
   * when the line ends, as a real shell's pipe would.
   */
  onOutput?: (chunk: string, stream: Stream) => void;
  /** Wait real time for simulated time (pull progress on a TTY). Default false. */
  realTime?: boolean;
  /** True when the session's output is a terminal (browser, REPL on a TTY). Default false. */
  tty?: boolean;
}

/** What the session is doing right now, for a page to show while a line runs. */
export interface SessionActivity {
  /** Wall-clock ms when the running line started. */
  sinceMs: number;
  /** Wall-clock ms when the wait in progress ends (a `sleep`), when it has an end. */
  untilMs?: number;
}

export interface ShellSession {
  /** The prompt for the next line, e.g. `root@node1:~# `. */
  prompt(): string;
  /** Runs one command line (may contain pipes, `;`, `&&`, heredocs). Never rejects. */
  run(line: string, options?: RunOptions): Promise<LineResult>;
  /** True when `line` is incomplete (open quote, heredoc waiting for its end, trailing `\`). */
  needsMoreInput(line: string): boolean;
  /** Tab completion candidates for the line up to the cursor (a tool's spec may load first). */
  complete(lineBeforeCursor: string): Promise<string[]>;
  /** The line running now and the wait it is in, or undefined when the prompt is idle. */
  activity(): SessionActivity | undefined;
  /** Lines run so far, oldest first (also kept in the saved state). */
  history(): readonly string[];
  /** The whole session (node state, cwd, env, history) as JSON-safe data: a deep copy. */
  save(): SavedSession;
  /**
   * save() for storage after every command: the node goes in as its JSON text, serialised
   * once and never parsed back, which no later command can change either. restore accepts
   * both forms; a storage writer can splice the text in without serialising it again.
   */
  saveForStorage(): SavedSession;
  /**
   * Ctrl-C (SIGINT) or Ctrl-D (EOF) from the terminal: goes to an attached program
   * (`ctr run -t … sh`) if there is one; otherwise a no-op result (exit 130 for SIGINT).
   */
  interrupt(kind: 'SIGINT' | 'EOF'): Promise<LineResult>;
  /**
   * The keys the attached program watches to detach (`docker run -it`, `docker attach`), which a
   * terminal sends as typed; undefined when nothing attached watches any.
   */
  detachKeys(): string | undefined;
}

export interface SavedSession {
  version: number;
  /** The node tree, or its JSON text (saveForStorage). */
  node: unknown;
  cwd: string;
  /** Shell variables set during the session (exported or not). */
  env: Record<string, string>;
  /** Names in `env` that are exported to commands (absent in older saves: all are). */
  exported?: string[];
  history: string[];
}
