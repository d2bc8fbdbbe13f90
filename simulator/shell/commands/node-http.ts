// What curl and wget on the node share: URLs, names resolved as the node resolves them
// (/etc/hosts, then a DNS that never answers: node1 is offline), and one request sent from
// the node's own network namespace (host/network) or, for an https release URL, the
// download the node knows (host/releases); every other https host does not resolve.

import { HOST_NETNS, httpRequest, hostsLookup, type ConnectFailure, type HttpReply } from '../../host/network/index';
import { releaseDownload, type ReleaseDownload } from '../../host/releases/index';
import { binaryToText, isVfsError, readFile } from '../../host/vfs';
import type { Node } from '../../node';

export interface ParsedUrl {
  scheme: 'http' | 'https';
  host: string;
  /** Explicit port, or the scheme's. */
  port: number;
  /** True when the URL named the port. */
  portGiven: boolean;
  /** Path with query, "/" when empty. */
  path: string;
  /** The URL as the tool prints it (scheme added, "/" appended to a bare host). */
  text: string;
}

/** Parses a URL the way curl and wget accept it: the scheme may be left out (http). */
export function parseUrl(raw: string): ParsedUrl | { unsupported: string } | undefined {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(raw);
  if (scheme && !/^https?$/i.test(scheme[1] ?? '')) return { unsupported: scheme[1] ?? '' };
  const rest = scheme ? raw.slice(scheme[0].length) : raw;
  const m = /^(\[[0-9A-Fa-f:.]+\]|[^/:?#]*)(?::(\d*))?([/?#].*)?$/.exec(rest);
  if (!m || !m[1]) return undefined;
  const s = (scheme?.[1]?.toLowerCase() ?? 'http') as 'http' | 'https';
  const portGiven = m[2] !== undefined && m[2] !== '';
  const port = portGiven ? Number(m[2]) : s === 'https' ? 443 : 80;
  if (port > 65535) return undefined;
  const rawPath = (m[3] ?? '').replace(/#.*/, '');
  const path = rawPath === '' ? '/' : rawPath.startsWith('?') ? `/${rawPath}` : rawPath;
  const host = m[1];
  return { scheme: s, host, port, portGiven, path, text: `${s}://${host}${portGiven ? `:${port}` : ''}${path}` };
}

/** The node's /etc/hosts text ("" when missing). */
function nodeHostsText(node: Node): string {
  try {
    return binaryToText(readFile(node.state.host.files, '/etc/hosts'));
  } catch (err) {
    if (isVfsError(err)) return '';
    throw err;
  }
}

/** Addresses a name has on the node in getaddrinfo's order (IPv6 loopback first); [] when none. */
export function resolveOnNode(node: Node, host: string): string[] {
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(bare) || bare.includes(':')) return [bare];
  const found = hostsLookup(nodeHostsText(node), host);
  // RFC 6724: ::1 sorts before 127.0.0.1 for the same name.
  return [...found.filter((a) => a.includes(':')), ...found.filter((a) => !a.includes(':'))];
}

export type NodeFetch = { kind: 'reply'; reply: HttpReply; binary: boolean } | { kind: 'failed'; failure: ConnectFailure };

export interface NodeRequest {
  method: string;
  path: string;
  hostHeader: string;
  userAgent: string;
  headers: Array<[string, string]>;
}

/**
 * One request to `ip`:`port` from the node. IPv6 addresses reach nothing (the servers listen
 * on IPv4, and portmap's DNAT is IPv4 only): refused on ::1, unreachable elsewhere.
 */
export function fetchFromNode(node: Node, url: ParsedUrl, ip: string, request: NodeRequest): NodeFetch {
  if (url.scheme === 'https') return { kind: 'failed', failure: 'bad-address' };
  if (ip.includes(':')) return { kind: 'failed', failure: ip === '::1' ? 'refused' : 'network-unreachable' };
  const { hostHeader, ...rest } = request;
  const outcome = httpRequest(node, HOST_NETNS, ip, url.port, { ...rest, host: hostHeader });
  return outcome.kind === 'reply' ? { kind: 'reply', reply: outcome.reply, binary: false } : outcome;
}

/** Where GitHub's release URL redirects: its object store, under one asset prefix. */
export const RELEASE_STORE = 'https://objects.githubusercontent.com/github-production-release-asset-2e65be';

/**
 * An https URL: the release the node can download, at GitHub's URL (which answers with a 302
 * to its object store) or at the store's (which serves the bytes); undefined when the host is
 * one the offline node cannot resolve.
 */
export function releaseFor(url: ParsedUrl): (ReleaseDownload & { redirect: boolean }) | undefined {
  if (url.scheme !== 'https') return undefined;
  const fromStore = url.text.startsWith(`${RELEASE_STORE}/`) ? `https://github.com${url.text.slice(RELEASE_STORE.length)}` : undefined;
  const found = releaseDownload(fromStore ?? url.text);
  return found ? { ...found, redirect: fromStore === undefined } : undefined;
}
