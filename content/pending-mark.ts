// The `pending=` mark of a runnable block: the block uses a command the simulated node does not
// have yet (issue 12: docker is being built command by command), so the executable-notes test
// does not run it, and checks instead that the command is still missing. When the command lands
// the same test fails and asks for the mark to be removed, so a mark never outlives its reason.
//
//   ```sh pending=docker-run,docker-logs
//   # Waits for `docker run` and `docker logs` on the simulated node.   ← the reason, on the page
//   docker run -d --name web nginx:alpine
//   ```
//
// A mark names `<tool>-<subcommand words joined by ->`: `docker-run`, `docker-container-prune`.
// The tool is the part before the first `-`, so tools with a `-` in their name cannot be marked
// (none of the notes' tools has one).

import { parseFenceMeta } from '../components/notes/fence-meta';

export interface PendingCommand {
  /** The mark as written, e.g. `docker-container-prune`. */
  mark: string;
  tool: string;
  /** Subcommand words, e.g. `['container', 'prune']`; empty for a whole tool. */
  words: string[];
}

/** The commands a fence's meta string marks as pending (`sh pending=docker-run,docker-logs`). */
export function pendingCommands(meta: string): PendingCommand[] {
  const found: PendingCommand[] = [];
  for (const mark of (parseFenceMeta(meta).values.pending ?? '').split(',')) {
    if (mark === '') continue;
    const [tool = '', ...words] = mark.split('-');
    found.push({ mark, tool, words });
  }
  return found;
}

/** The line a test types to learn whether a pending command exists now. */
export function probeLine(command: PendingCommand): string {
  return [command.tool, ...command.words, '--help'].join(' ');
}

/** Whether the output of `probeLine(command)` is that command's own help. Help output names the
 * command on its usage line (docker/cobra `Usage:  docker run [OPTIONS] …`, urfave/cli
 * `USAGE:\n   ctr tasks pause …`); a missing subcommand gets its parent's help, an error, or
 * bash's `command not found` instead. */
export function isOwnHelp(command: PendingCommand, output: string): boolean {
  const name = [command.tool, ...command.words].map(escapeRegExp).join(' ');
  return new RegExp(`usage:\\s+${name}(\\s|$)`, 'im').test(output);
}

/** Whether a typed line runs the command: its words in a row at the start of a simple command,
 * on its own, after `;`, `|`, `&&`, or inside `$( … )` / backquotes. */
export function lineUses(line: string, command: PendingCommand): boolean {
  const wanted = [command.tool, ...command.words];
  return line
    .split(/\$\(|[;|&()`]/)
    .map((part) => part.trim().split(/\s+/))
    .some((tokens) => wanted.every((word, i) => tokens[i] === word));
}

/** The reason a pending block shows on the page: its first line, a shell comment (the Run button
 * skips comments, so it is shown but never typed). */
export function pendingReason(code: string): string | null {
  const first = code.split('\n')[0]?.trim() ?? '';
  return first.startsWith('#') && first.length > 1 ? first.slice(1).trim() : null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
