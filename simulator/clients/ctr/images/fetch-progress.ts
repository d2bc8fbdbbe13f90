// content.Fetch with ShowProgress, shared by `ctr images pull` and `ctr content fetch`:
// resolve and fetch, then draw the transfer display — every 100 ms of simulated time on a
// terminal, only the final frame through a pipe. Resolve failures log the resolver's
// "trying next host" line and come back as `failed to resolve reference "<ref>": …`.

import { logTo } from '../../../cli/logrus';
import { plain } from '../../../errdefs/errdefs';
import { RegistryError, type FetchResult } from '../../../containerd/client/index';
import type { PlatformMatcher } from '../../../oci/platform';
import { clientOf, type CtrContext } from '../ctr-env';
import { clearSequence, renderStatuses } from '../../../cli/progress/transfer-display';
import { planPull, statusesAt } from './pull-timeline';
import { remoteOptions } from './registry-flags';
import { fetchWithHostsDir } from './hosts-dir-flag';

const TICK_MS = 100;

function resolveFailure(c: CtrContext, ref: string, err: RegistryError): Error {
  if (err.tryNextHost) {
    logTo(c.io, c.env.node.nowMs(), 'info', 'trying next host', { error: err.tryNextHost.error, host: err.tryNextHost.host });
  }
  return plain(`failed to resolve reference ${JSON.stringify(ref)}: ${err.message}`);
}

export async function fetchWithProgress(c: CtrContext, ref: string, matcher: PlatformMatcher, labels: Record<string, string>): Promise<FetchResult> {
  const node = c.env.node;
  const remote = remoteOptions(c);
  let fetched: FetchResult;
  try {
    const { transfer } = clientOf(c);
    fetched = fetchWithHostsDir(c, transfer, ref, matcher, labels) ?? transfer.fetch(ref, { remote, matcher, labels });
  } catch (err) {
    if (err instanceof RegistryError) throw resolveFailure(c, ref, err);
    throw err;
  }
  const plan = planPull(node, ref, fetched.jobs);
  const finalTick = Math.max(TICK_MS, Math.ceil(plan.end / TICK_MS) * TICK_MS);
  if (c.io.isTTY) {
    const columns = Number(c.io.environ.COLUMNS ?? '0') || 0;
    let previous = '';
    for (let t = TICK_MS; t <= finalTick; t += TICK_MS) {
      await c.io.pace(TICK_MS);
      const frame = renderStatuses(statusesAt(plan, t, t === finalTick), t);
      c.io.stdout(clearSequence(previous, columns) + frame);
      previous = frame;
    }
  } else {
    await c.io.pace(finalTick);
    c.io.stdout(renderStatuses(statusesAt(plan, finalTick, true), finalTick));
  }
  return fetched;
}
