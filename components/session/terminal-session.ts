// What the page needs of a login on the node: the simulator's ShellSession as seen from the
// page, where the node may live in a worker. The quick questions (prompt, history, activity,
// the last save) are answered at once; the ones that may take the shell library's parser or
// the node's files (needsMoreInput, complete) may answer later. An in-process ShellSession
// fits as it is.

import type { LineResult, RunOptions, SavedSession, SessionActivity } from '../../simulator/shell/session-types';

export interface TerminalSession {
  prompt(): string;
  run(line: string, options?: RunOptions): Promise<LineResult>;
  needsMoreInput(line: string): boolean | Promise<boolean>;
  complete(lineBeforeCursor: string): string[] | Promise<string[]>;
  activity(): SessionActivity | undefined;
  history(): readonly string[];
  /** The node's latest save (node as JSON text); throws when it could not be made. */
  saveForStorage(): SavedSession;
  interrupt(kind: 'SIGINT' | 'EOF'): Promise<LineResult>;
  /** The keys the attached program detaches on (sent as typed, not as line edits); undefined when none. */
  detachKeys(): string | undefined;
}
