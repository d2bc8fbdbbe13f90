// A COPY/ADD source that is a URL (moby v20.10.24 pkg/urlutil.IsURL: http:// or https://). COPY
// refuses it (copy.go errOnSourceDownload); ADD downloads it (downloadSource, GetWithStatusError)
// from the daemon, which is the node: a loopback URL nothing listens on fails as Go's client
// words it. What a URL that answers would give, and hosts beyond the node, are not simulated.

import type { Node } from '../../../node';
import { connectTcp } from '../../../host/network/connect';
import { HOST_NETNS } from '../../../host/network/network-state';

export function isUrl(source: string): boolean {
  return source.startsWith('http://') || source.startsWith('https://');
}

const LOOPBACK = new Set(['localhost', '127.0.0.1']);

/** Why fetching `url` for ADD fails: Go's `Get "<url>": …`, or a not-simulated note. */
export function urlSourceFailure(node: Node, url: string): string {
  const m = /^(https?):\/\/([^/:?#]*)(?::(\d+))?/.exec(url);
  const host = m?.[2] ?? '';
  if (!m || !LOOPBACK.has(host)) return `not simulated here: ADD from ${url} (the node reaches no host beyond itself)`;
  const port = Number(m[3] ?? (m[1] === 'https' ? 443 : 80));
  const result = connectTcp(node, HOST_NETNS, '127.0.0.1', port);
  if (result.kind === 'failed' && result.failure === 'refused') return `Get ${JSON.stringify(url)}: dial tcp 127.0.0.1:${port}: connect: connection refused`;
  return `not simulated here: ADD from ${url} (a download the node serves)`;
}
