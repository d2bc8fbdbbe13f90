// content.Fetch with ShowProgress, shared by `ctr images pull` and `ctr content fetch`:
// resolve and fetch, then draw the transfer display — every 100 ms of simulated time on a
// terminal, only the final frame through a pipe. Resolve failures log the resolver's
// "trying next host" line and come back as `failed to resolve reference "<ref>": …`.

import { logTo } from '../../../cli/logrus';
import { plain } from '../../../errdefs/errdefs';
import { RegistryError, type FetchResult } from '../../../containerd/client/index';
import type { PlatformMatcher } from '../../../oci/platform';
import { clientOf, type CtrContext } from '../ctr-env';
import { playPullProgress } from './pull-display';
import { remoteOptions } from './registry-flags';
import { fetchWithHostsDir } from './hosts-dir-flag';

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
  await playPullProgress(node, c.io, ref, fetched.jobs, (text) => c.io.stdout(text));
  return fetched;
}
