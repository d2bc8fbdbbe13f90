// What `crictl stats` and `crictl statsp` share (container_stats.go and pod_stats.go @v1.26.0):
// two samples --seconds apart sorted by id, -o json|yaml printing the first, the CPU % over the
// two (`%.2f`), the cleared screen before each table, and -w's redraw every half second until
// Ctrl-C.

import { isInterrupted } from '../../../cli/interrupted';
import { NotSimulatedError } from '../../../cli/not-simulated';
import { tabwriteRows } from '../../../cli/tabwriter';
import { plain } from '../../../errdefs/errdefs';
import { printProtobuf } from '../output/index';
import type { CrictlContext } from '../crictl-env';
import { TABLE } from './shared';

/** The terminal control sequences of display.ClearScreen. */
const CLEAR_SCREEN = '\u001b[2J\u001b[H';

/** A stats value (UInt64Value) as a number, 0 when unset. */
export const statValue = (v: { value: string } | undefined): number => Number(v?.value ?? 0);

/** The response's stats in id order, as both commands sort them. */
export function sortedById<S extends { attributes: { id: string } }>(stats: readonly S[]): S[] {
  return [...stats].sort((a, b) => (a.attributes.id < b.attributes.id ? -1 : a.attributes.id > b.attributes.id ? 1 : 0));
}

interface CpuUsage {
  timestamp?: string;
  usageCoreNanoSeconds?: { value: string };
}

/** How one command samples and tabulates. */
export interface StatsTable<S extends { attributes: { id: string } }> {
  sample: () => Promise<S[]>;
  /** The response message -o json|yaml prints the first sample as. */
  response: string;
  header: string[];
  cpu: (s: S) => CpuUsage | undefined;
  memory: (s: S) => number;
  /** Whether a row with no CPU and no memory use is shown (stats -a). */
  showIdle: boolean;
  /** The error when the CPU's timestamp did not move between the samples. */
  notUpdated: string;
  row: (s: S, cpuPercent: string, memory: number) => string[];
}

/** displayStats / displayPodStats: one table, or the JSON/YAML of the first sample. */
export async function displayStats<S extends { attributes: { id: string } }>(c: CrictlContext, x: StatsTable<S>): Promise<void> {
  const first = await x.sample();
  const output = c.string('output');
  if (output === 'json' || output === 'yaml') {
    printProtobuf(c.io, x.response, { stats: first }, output);
    return;
  }
  const old = new Map(first.map((s) => [s.attributes.id, s]));
  await c.io.pace(c.int('seconds') * 1000);
  const second = await x.sample();
  const rows: string[][] = [x.header];
  for (const s of second) {
    const cpu = statValue(x.cpu(s)?.usageCoreNanoSeconds);
    const mem = x.memory(s);
    if (!x.showIdle && cpu === 0 && mem === 0) continue;
    const before = old.get(s.attributes.id);
    if (!before) continue;
    let perc = 0;
    if (cpu !== 0) {
      const duration = Number(BigInt(x.cpu(s)?.timestamp ?? '0') - BigInt(x.cpu(before)?.timestamp ?? '0'));
      if (duration === 0) throw plain(x.notUpdated);
      perc = ((cpu - statValue(x.cpu(before)?.usageCoreNanoSeconds)) / duration) * 100;
    }
    rows.push(x.row(s, perc.toFixed(2), mem));
  }
  c.io.stdout(CLEAR_SCREEN);
  c.io.stdout(tabwriteRows(rows, TABLE));
}

/**
 * -w: a table every half second (plus the sample) until Ctrl-C ends the wait, which crictl's
 * interrupt handler turns into a clean exit; any other error is thrown as `failed` words it.
 * Without a watching terminal (or a `timeout` around it) nothing would ever end it.
 */
export async function watchStats(c: CrictlContext, command: string, display: () => Promise<void>, failed: (err: unknown) => unknown): Promise<void> {
  if (!c.io.time.realTime && !c.io.time.deadline) {
    throw new NotSimulatedError(`crictl ${command} -w, which redraws until Ctrl-C,`, "crictl's docs/crictl.md");
  }
  for (;;) {
    try {
      await c.io.pace(500);
      await display();
    } catch (err) {
      if (isInterrupted(err)) return;
      throw failed(err);
    }
  }
}
