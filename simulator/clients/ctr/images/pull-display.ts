// The fetch display of containerd's pull (ctr's ShowProgress, which nerdctl 0.22 links for its
// own pull): the rows of pull-timeline.ts redrawn every 100 ms on a terminal, the last frame only
// elsewhere. ctr writes it to stdout, nerdctl to stderr; `extraMs` keeps it going while nerdctl
// unpacks.

import { clearSequence, renderStatuses } from '../../../cli/progress/transfer-display';
import type { CommandIO } from '../../../cli/spec';
import type { FetchJob } from '../../../containerd/client/index';
import type { Node } from '../../../node';
import { planPull, statusesAt } from './pull-timeline';

const TICK_MS = 100;

export async function playPullProgress(node: Node, io: CommandIO, ref: string, jobs: readonly FetchJob[], write: (text: string) => void, extraMs = 0): Promise<void> {
  const plan = planPull(node, ref, jobs);
  const finalTick = Math.max(TICK_MS, Math.ceil((plan.end + extraMs) / TICK_MS) * TICK_MS);
  if (io.isTTY) {
    const columns = Number(io.environ.COLUMNS ?? '0') || 0;
    let previous = '';
    for (let t = TICK_MS; t <= finalTick; t += TICK_MS) {
      await io.pace(TICK_MS);
      const frame = renderStatuses(statusesAt(plan, t, t === finalTick), t);
      write(clearSequence(previous, columns) + frame);
      previous = frame;
    }
  } else {
    await io.pace(finalTick);
    write(renderStatuses(statusesAt(plan, finalTick, true), finalTick));
  }
}
