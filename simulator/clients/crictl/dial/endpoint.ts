// An endpoint URL → the unix socket path the CRI client dials, as kubelet/util's
// GetAddressAndDialer does (vendor/k8s.io/kubernetes/pkg/kubelet/util/util_unix.go:80-125
// @cri-tools v1.26.0): `unix:///path` → `/path`; a bare path is tried again as `unix://<path>`
// with a klog INFO line (util_unix.go:103); tcp and any other scheme fail before dialing.

export type ParsedEndpoint =
  | { ok: true; address: string; /** The klog InfoS pairs of a bare path's deprecation note. */ fallbackUrl?: string }
  | { ok: false; error: string };

/** url.Parse's scheme: letters first, then letters, digits, `+-.`, up to the first colon. */
function schemeOf(endpoint: string): { scheme: string; rest: string } | undefined {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/s.exec(endpoint);
  return m ? { scheme: (m[1] ?? '').toLowerCase(), rest: m[2] ?? '' } : undefined;
}

/** util_unix.go parseEndpoint: protocol and address, or the error with the protocol it saw. */
function parseOnce(endpoint: string): { protocol: string; address: string; error?: string } {
  const parsed = schemeOf(endpoint);
  if (!parsed) return { protocol: '', address: '', error: `using ${JSON.stringify(endpoint)} as endpoint is deprecated, please consider using full url format` };
  const { scheme, rest } = parsed;
  // url.URL: `//host/path` gives Host and Path; without `//` the rest is Opaque (Path empty).
  const hostAndPath = rest.startsWith('//') ? rest.slice(2) : undefined;
  const slash = hostAndPath === undefined ? -1 : hostAndPath.indexOf('/');
  const host = hostAndPath === undefined ? '' : slash < 0 ? hostAndPath : hostAndPath.slice(0, slash);
  const path = hostAndPath === undefined ? '' : slash < 0 ? '' : hostAndPath.slice(slash).replace(/[?#].*$/s, '');
  if (scheme === 'tcp') return { protocol: 'tcp', address: host };
  if (scheme === 'unix') return { protocol: 'unix', address: path };
  return { protocol: scheme, address: '', error: `protocol ${JSON.stringify(scheme)} not supported` };
}

export function parseEndpoint(endpoint: string): ParsedEndpoint {
  let result = parseOnce(endpoint);
  let fallbackUrl: string | undefined;
  if (result.error !== undefined && result.protocol === '') {
    const fallback = `unix://${endpoint}`;
    result = parseOnce(fallback);
    if (result.error === undefined) fallbackUrl = fallback;
  }
  if (result.error !== undefined) return { ok: false, error: result.error };
  if (result.protocol !== 'unix') return { ok: false, error: 'only support unix socket endpoint' };
  return fallbackUrl === undefined ? { ok: true, address: result.address } : { ok: true, address: result.address, fallbackUrl };
}
