import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tabwrite } from '../../../cli/tabwriter';
import { taskTable } from './list';

const OPTIONS = { minwidth: 4, tabwidth: 8, padding: 4, padchar: ' ' } as const;

/** What `ctr t ls` wrote before: the Go program's own Fprintf lines through tabwrite. */
function throughTabwrite(rows: ReadonlyArray<readonly [string, string, string]>): string {
  let text = 'TASK\tPID\tSTATUS\t\n';
  for (const [id, pid, status] of rows) text += `${id}\t${pid}\t${status}\n`;
  return tabwrite(text, OPTIONS);
}

describe('taskTable', () => {
  it('is what tabwrite makes of ctr tasks ls lines, header padding included', () => {
    expect(taskTable([])).toBe('TASK    PID    STATUS    \n');
    const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,30}$/);
    const row = fc.tuple(id, fc.integer({ min: 1, max: 4_194_304 }).map(String), fc.constantFrom('RUNNING', 'STOPPED', 'CREATED', 'PAUSED'));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), (rows) => {
        expect(taskTable(rows)).toBe(throughTabwrite(rows));
      }),
    );
  });
});
