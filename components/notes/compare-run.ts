// Runs one row of the command map through each of its tools, for the table's compare control.
// It logs in to the page's node a second time (as the split terminal does), so the learner's
// terminal, its history and a line it may be running are left alone; the node is the same, so
// what compare shows is what the terminal would show. The login ends when the row is done.

import type { Cell, Tool } from '../../content/notes/command-map/command-table';
import { loadSimulator } from '../session/load-simulator';
import { useSessionStore } from '../session/session-store';
import type { TerminalSession } from '../session/terminal-session';

export interface ToolOutput {
  tool: Tool;
  /** Each job line with what it printed (stdout and stderr as the terminal interleaves them). */
  lines: Array<{ line: string; output: string; exitCode: number }>;
}

/** Colours, cursor moves and progress redraws are for a terminal; the panel shows text. */
// biome-ignore lint: the escape character is the point
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]|\u001b\][^\u0007]*\u0007|\r/g;

function plainText(output: string): string {
  return output.replace(ANSI, '');
}

async function pageNode(): Promise<unknown> {
  const store = useSessionStore.getState();
  await store.start();
  const node = useSessionStore.getState().session?.node;
  if (!node) throw new Error('the node is not ready');
  return node;
}

async function runCell(session: TerminalSession, tool: Tool, cell: Cell): Promise<ToolOutput> {
  for (const line of cell.setup) await session.run(line, { tty: false });
  const lines: ToolOutput['lines'] = [];
  for (const line of cell.run) {
    const result = await session.run(line, { tty: false });
    lines.push({ line, output: plainText(result.stdout + result.stderr), exitCode: result.exitCode });
  }
  return { tool, lines };
}

/** Runs each cell of a row in turn on the page's node; `onEach` sees every tool's output as it comes. */
export async function compareRow(cells: Array<[Tool, Cell]>, onEach: (output: ToolOutput) => void): Promise<void> {
  const simulator = await loadSimulator();
  const session = await simulator.createSession({ node: await pageNode() });
  try {
    for (const [tool, cell] of cells) onEach(await runCell(session, tool, cell));
  } finally {
    simulator.closeSession?.(session);
    useSessionStore.getState().save();
  }
}
