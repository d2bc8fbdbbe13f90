// ctr's --hosts-dir (commands.GetResolver, cmd/ctr/commands/resolver.go:67-113@v1.6.20): with
// it, the registry hosts come from config.ConfigureHosts over HostDirFromRoot(dir) — the
// client library's hosts-dir module, the same nerdctl uses — with --user's credentials for
// every host, --skip-verify/--tlscacert as the default TLS and --plain-http as the default
// scheme. Without it ctr keeps its single default host (registry-flags.ts's RemoteOptions).

import { logTo } from '../../../cli/logrus';
import { configureHosts, fetchThroughHosts, hostDirFromRoot, pushHost, RegistryError, type FetchResult, type RemoteOptions, type TransferApi } from '../../../containerd/client/index';
import { locatorHost, parseReference } from '../../../oci/reference';
import type { PlatformMatcher } from '../../../oci/platform';
import type { CtrContext } from '../ctr-env';
import { hostPath } from './file-access';
import { remoteOptions } from './registry-flags';

/** The configured hosts for `ref`, or undefined without --hosts-dir. Throws RegistryError for a bad host dir. */
function configuredHosts(c: CtrContext, ref: string) {
  const dir = c.string('hosts-dir');
  if (dir === '') return undefined;
  const base = remoteOptions(c);
  const node = c.env.node;
  const user = base.user ?? '';
  const colon = user.indexOf(':');
  const username = colon > 0 ? user.slice(0, colon) : user;
  const secret = colon > 0 ? user.slice(colon + 1) : '';
  try {
    return configureHosts(node, locatorHost(parseReference(ref).locator), {
      hostDir: hostDirFromRoot(node, hostPath(c, dir)),
      credentials: username !== '' || secret !== '' ? () => ({ username, secret }) : undefined,
      defaultTls: { skipVerify: base.skipVerify, caPem: base.tlsCaCert },
      defaultScheme: base.plainHttp ? 'http' : undefined,
    });
  } catch (err) {
    throw new RegistryError(err instanceof Error ? err.message : String(err));
  }
}

/** client.Fetch with --hosts-dir's hosts; undefined when the flag is not set. */
export function fetchWithHostsDir(c: CtrContext, transfer: TransferApi, ref: string, matcher: PlatformMatcher, labels: Record<string, string>): FetchResult | undefined {
  const hosts = configuredHosts(c, ref);
  if (!hosts) return undefined;
  return fetchThroughHosts(transfer, ref, hosts, { matcher, labels }, (l) => logTo(c.io, c.env.node.nowMs(), 'info', l.message, l.fields));
}

/** The push's RemoteOptions: the first push host of --hosts-dir, or the flags' own. */
export function pushRemoteOptions(c: CtrContext, ref: string): RemoteOptions {
  const hosts = configuredHosts(c, ref);
  return hosts ? pushHost(hosts).remote : remoteOptions(c);
}
