// `ctr tasks ls [-q]`: TASK, PID, STATUS through tabwriter (4, 8, 4). The header ends in a
// tab (trailing padding) but rows do not; the order is the shim manager's, not sorted.

import { tabwriteRows } from '../../../cli/tabwriter';
import type { CtrCommand } from '../ctr-env';
import { clientOf } from '../ctr-env';

const OPTIONS = { minwidth: 4, tabwidth: 8, padding: 4, padchar: ' ' } as const;

/**
 * What tabwrite makes of `TASK\tPID\tSTATUS\t\n` and one `id\tpid\tstatus\n` per task: the
 * first two columns are one block over every line; STATUS ends in a tab on the header alone,
 * so it is a column of that line only, padded to its own width (4 + padding) and no further.
 */
export function taskTable(rows: ReadonlyArray<readonly [string, string, string]>): string {
  const body = tabwriteRows([['TASK', 'PID', 'STATUS'], ...rows], OPTIONS);
  const headerEnd = body.indexOf('\n');
  return `${body.slice(0, headerEnd)}${' '.repeat(OPTIONS.padding)}${body.slice(headerEnd)}`;
}

export const listCommand: CtrCommand = {
  name: 'list',
  aliases: ['ls'],
  usage: 'list tasks',
  argsUsage: '[flags]',
  flags: [{ names: ['quiet', 'q'], kind: 'bool', usage: 'print only the task id' }],
  action: (c) => {
    // ctr calls the raw TaskService here: an error prints as the gRPC status it arrived as.
    const tasks = clientOf(c).tasks.list();
    if (c.bool('quiet')) {
      c.io.stdout(tasks.map((t) => `${t.id}\n`).join(''));
      return;
    }
    c.io.stdout(taskTable(tasks.map((t) => [t.id, String(t.pid), t.status])));
  },
};
