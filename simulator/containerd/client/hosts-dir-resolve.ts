// docker.Resolver's walk over the configured hosts (remotes/docker/resolver.go:256-346
// @v1.6.20), for the callers that configure hosts themselves (ctr --hosts-dir, nerdctl): the
// hosts able to resolve are tried in order; a 404 logs "trying next host - response was
// http.StatusNotFound" and moves on, any other failure is remembered (the first one is what
// the fetch fails with) and logs "trying next host". The pusher uses the first push host only
// (pusher.go: hosts[0]).

import { ContainerdError } from '../../errdefs/errdefs';
import { RegistryError } from '../../registry/remote';
import type { FetchOptions, FetchResult } from '../images/fetch-image';
import { hostsWith, type RegistryHostEntry } from './hosts-dir';
import type { TransferApi } from './transfer';

/** One resolver log line (info level), with the fields containerd attaches. */
export interface ResolveLog {
  message: string;
  fields: Record<string, string>;
}

/**
 * client.Fetch through `hosts`. Throws RegistryError (the caller prefixes `failed to resolve
 * reference "<ref>": `), or ContainerdError not found `no resolve hosts`.
 */
export function fetchThroughHosts(
  transfer: TransferApi,
  ref: string,
  hosts: readonly RegistryHostEntry[],
  options: Omit<FetchOptions, 'remote'>,
  log: (line: ResolveLog) => void,
): FetchResult {
  const digestRef = /@sha256:/.test(ref);
  const usable = hostsWith(hosts, digestRef ? 'pull' : 'resolve');
  if (usable.length === 0) throw new RegistryError('no resolve hosts: not found', undefined, 'not found');
  let firstErr: RegistryError | undefined;
  for (const host of usable) {
    try {
      return transfer.fetch(ref, { ...options, remote: host.remote });
    } catch (err) {
      if (!(err instanceof RegistryError)) throw err;
      if (err.errClass === 'not found') {
        log({ message: 'trying next host - response was http.StatusNotFound', fields: { host: host.config.host } });
        continue;
      }
      if (!err.tryNextHost) throw err;
      firstErr ??= err;
      log({ message: 'trying next host', fields: { error: err.tryNextHost.error, host: err.tryNextHost.host } });
    }
  }
  // Each host's failure is logged above; the caller has nothing left to log.
  if (firstErr) throw new RegistryError(firstErr.message);
  throw new RegistryError(`${ref}: not found`, undefined, 'not found');
}

/** The host a push goes to: the first with the push capability. Throws `no push hosts: not found`. */
export function pushHost(hosts: readonly RegistryHostEntry[]): RegistryHostEntry {
  const first = hostsWith(hosts, 'push')[0];
  if (!first) throw new ContainerdError('not found', 'no push hosts: not found');
  return first;
}
