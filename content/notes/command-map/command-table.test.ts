// Every cell of the live command map runs on the simulated node, from a fresh node and again on
// the node the first round left behind (a reader clicks a cell twice, or compares a row after
// clicking its cells), as the table types it: setup, then the job.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../simulator/index';
import { cellLines, COMMAND_ROWS, TOOLS } from './command-table';

const NOT_SUPPORTED = /not simulated|command not found|is not a docker command|internal simulator error/i;

const cells = COMMAND_ROWS.flatMap((row) =>
  TOOLS.flatMap((tool) => {
    const cell = row.cells[tool];
    return cell ? [{ name: `${row.id} / ${tool}`, cell }] : [];
  }),
);

describe('the live command map', () => {
  it('has every job of the note and an honest none where a tool lacks it', () => {
    expect(COMMAND_ROWS.map((row) => row.id)).toHaveLength(21);
    expect(COMMAND_ROWS.find((row) => row.id === 'commit')?.cells.crictl).toBeNull();
    expect(COMMAND_ROWS.find((row) => row.id === 'logs')?.cells.ctr).toBeNull();
    expect(COMMAND_ROWS.find((row) => row.id === 'build')?.cells.crictl).toBeNull();
  });

  it('runs every cell twice on one node, in table order', { timeout: 120_000 }, async () => {
    const session = createSession({ seed: 7, now: () => Date.UTC(2026, 10, 28, 6, 0, 0) });
    const failures: string[] = [];
    for (const round of [1, 2]) {
      for (const { name, cell } of cells) {
        for (const [i, line] of cellLines(cell).entries()) {
          const result = await session.run(line, { tty: false });
          const isJob = i >= cell.setup.length;
          const allowed = isJob && cell.mayFail === true;
          if (NOT_SUPPORTED.test(result.stderr) || (result.exitCode !== 0 && !allowed)) {
            failures.push(`round ${round}, ${name}: ${line} → ${result.exitCode}\n${result.stderr.slice(0, 400)}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
