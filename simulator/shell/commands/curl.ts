// curl 7.88.1 (Debian bookworm) on the node, for http:// URLs to what runs on the node (a
// published port on localhost or the node's address, a container's address on its bridge) and
// for the release downloads the node knows (https). Output as recorded from the real curl:
// the progress meter on stderr unless -s or the body goes to a terminal, -v's trace
// ("*", ">" and "<" lines, CRLF-ended headers), -i/-I headers on stdout, and its errors:
// (6) for a name that does not resolve (the node is offline), (7) when nothing listens or no
// one has the address, (28) for a connect timeout. "localhost" is curl's own: 127.0.0.1 then
// ::1, whatever /etc/hosts says.

import type { CommandIO } from '../../cli/spec';
import { reasonPhrase, type HttpReply } from '../../host/network/index';
import { normalizePath, textToBinary, writeFile, isVfsError } from '../../host/vfs';
import type { Node } from '../../node';
import { nodeCommand } from './command-host';
import { parseCurlArgs, type CurlOptions } from './curl-options';
import { METER_HEADER, meterEnd, meterStart } from './curl-progress';
import { fetchFromNode, parseUrl, RELEASE_STORE, releaseFor, resolveOnNode, type NodeFetch, type ParsedUrl } from './node-http';
import { writeDownloadedFile, type ReleaseDownload } from '../../host/releases/index';

/** The kernel's ARP resolution gives up after about 3 s (as recorded: 3063–3077 ms). */
const ARP_GIVE_UP_MS = 3071;
/** An unanswered SYN: the kernel's 6 retries end after 134.6 s (recorded) when no --connect-timeout is shorter. */
const KERNEL_CONNECT_TIMEOUT_MS = 134_600;

/** The simulated speed of a release download (10 MiB/s), as wget's. */
const RELEASE_BYTES_PER_MS = (10 * 1024 * 1024) / 1000;

const CONNECT_ERRORS = { refused: 'Connection refused', unreachable: 'No route to host' } as const;

interface Transfer {
  o: CurlOptions;
  io: CommandIO;
  node: Node;
  meter: boolean;
  /** Errors on stderr: not with -s, unless -S. */
  errors: boolean;
  elapsedMs: number;
}

function fail(t: Transfer, code: number, message: string): number {
  if (t.errors) t.io.stderr(`curl: (${code}) ${message}\n`);
  return code;
}

function trace(t: Transfer, line: string): void {
  if (t.o.verbose) t.io.stderr(line);
}

function bytesOf(reply: HttpReply, binary: boolean): string {
  return binary ? reply.body : textToBinary(reply.body);
}

function headerLines(reply: HttpReply, bodyBytes: number): string[] {
  const headers = reply.headers ?? [['Content-Length', String(bodyBytes)]];
  return [`HTTP/1.1 ${reply.status} ${reasonPhrase(reply.status)}`, ...headers.map(([k, v]) => `${k}: ${v}`)];
}

/** Sends the request to each address in turn until one connects. */
async function connect(t: Transfer, url: ParsedUrl, addresses: string[], method: string): Promise<{ fetched: NodeFetch & { kind: 'reply' }; ip: string } | number> {
  const host = url.host;
  let timedOut = false;
  for (const ip of addresses) {
    trace(t, `*   Trying ${ip.includes(':') ? `[${ip}]` : ip}:${url.port}...\n`);
    const fetched = fetchFromNode(t.node, url, ip, {
      method,
      path: url.path,
      hostHeader: url.portGiven ? `${host}:${url.port}` : host,
      userAgent: t.o.userAgent,
      headers: t.o.headers,
    });
    if (fetched.kind === 'reply') return { fetched, ip };
    if (fetched.failure === 'timeout') {
      const wait = Math.min(t.o.connectTimeoutMs ?? KERNEL_CONNECT_TIMEOUT_MS, t.o.maxTimeMs ?? Number.POSITIVE_INFINITY);
      await t.io.pace(wait);
      t.elapsedMs += wait;
      if (wait < KERNEL_CONNECT_TIMEOUT_MS) {
        trace(t, `* ipv4 connect timeout after ${wait}ms, move on!\n`);
        trace(t, `* Failed to connect to ${host} port ${url.port} after ${t.elapsedMs} ms: Timeout was reached\n`);
        return finishFailure(t, 28, `Failed to connect to ${host} port ${url.port} after ${t.elapsedMs} ms: Timeout was reached`);
      }
      trace(t, `* connect to ${ip} port ${url.port} failed: Connection timed out\n`);
      timedOut = true;
      continue;
    }
    if (fetched.failure === 'network-unreachable') {
      trace(t, `* Immediate connect fail for ${ip}: Network is unreachable\n`);
      continue;
    }
    if (fetched.failure === 'unreachable') {
      await t.io.pace(ARP_GIVE_UP_MS);
      t.elapsedMs += ARP_GIVE_UP_MS;
    }
    trace(t, `* connect to ${ip} port ${url.port} failed: ${CONNECT_ERRORS[fetched.failure === 'unreachable' ? 'unreachable' : 'refused']}\n`);
  }
  trace(t, `* Failed to connect to ${host} port ${url.port} after ${t.elapsedMs} ms: Couldn't connect to server\n`);
  // The kernel's ETIMEDOUT is still curl's timeout code, with the connect failure's words.
  return finishFailure(t, timedOut ? 28 : 7, `Failed to connect to ${host} port ${url.port} after ${t.elapsedMs} ms: Couldn't connect to server`);
}

function finishFailure(t: Transfer, code: number, message: string): number {
  // Recorded: after -v's trace the failed transfer's last meter line starts without "\r".
  if (t.meter) t.io.stderr(t.o.verbose ? meterEnd(t.elapsedMs).replace(/\r(?=[^\r]*$)/, '') : meterEnd(t.elapsedMs));
  trace(t, '* Closing connection 0\n');
  return fail(t, code, message);
}

/** Where -o/-O write, or undefined for stdout; a number is curl's error exit. */
function outputPath(t: Transfer, url: ParsedUrl): string | undefined | number {
  if (t.o.output !== undefined && t.o.output !== '-') return normalizePath(t.o.output, t.io.cwd);
  if (!t.o.remoteName) return undefined;
  const name = url.path.split('?')[0]?.split('/').pop() ?? '';
  if (name === '') {
    if (t.errors) t.io.stderr('curl: Remote file name has no length!\n');
    return fail(t, 23, 'Failed writing received data to disk/application');
  }
  return normalizePath(name, t.io.cwd);
}

async function fetchUrl(o: CurlOptions, raw: string, io: CommandIO, node: Node, redirects = 0): Promise<number> {
  const toTerminal = o.output === undefined && !o.remoteName && io.isTTY;
  const t: Transfer = { o, io, node, meter: !o.silent && !toTerminal, errors: !o.silent || o.showError, elapsedMs: 0 };
  const url = parseUrl(raw);
  if (!url) return fail(t, 3, 'URL using bad/illegal format or missing URL');
  if ('unsupported' in url) return fail(t, 1, `Protocol "${url.unsupported}" not supported or disabled in libcurl`);
  const target = outputPath(t, url);
  if (typeof target === 'number') return target;
  if (t.meter && redirects === 0) io.stderr(METER_HEADER);
  const method = o.method ?? (o.head ? 'HEAD' : 'GET');
  let fetched: NodeFetch & { kind: 'reply' };
  let ip: string;
  let download: ReleaseDownload | undefined;
  const release = releaseFor(url);
  if (release) {
    // GitHub's release URL answers with a redirect to its object store, which sends the bytes.
    fetched = release.redirect
      ? { kind: 'reply', binary: false, reply: { status: 302, body: '', headers: [['Location', `${RELEASE_STORE}${url.path}`], ['Content-Length', '0']] } }
      : { kind: 'reply', binary: true, reply: { status: 200, body: release.bytes, headers: [['Content-Type', 'application/octet-stream'], ['Content-Length', String(release.size)]] } };
    if (release.redirect && o.location) return fetchUrl(o, `${RELEASE_STORE}${url.path}`, io, node, redirects + 1);
    ip = release.redirect ? '140.82.121.3' : '185.199.108.133';
    download = release.redirect ? undefined : release;
    if (t.meter) io.stderr(meterStart());
    trace(t, `*   Trying ${ip}:${url.port}...\n`);
  } else {
    const addresses = url.scheme === 'https' ? [] : url.host === 'localhost' ? ['127.0.0.1', '::1'] : resolveOnNode(node, url.host);
    if (addresses.length === 0) {
      // The meter's first line, and no other: curl gives up before its next update.
      if (t.meter) io.stderr(meterStart());
      trace(t, `* Could not resolve host: ${url.host}\n* Closing connection 0\n`);
      return fail(t, 6, `Could not resolve host: ${url.host}`);
    }
    if (t.meter) io.stderr(meterStart());
    const connected = await connect(t, url, addresses, method);
    if (typeof connected === 'number') return connected;
    ({ fetched, ip } = connected);
  }
  return deliver(t, url, ip, method, fetched, target, download);
}

async function deliver(t: Transfer, url: ParsedUrl, ip: string, method: string, fetched: NodeFetch & { kind: 'reply' }, target: string | undefined, download?: ReleaseDownload): Promise<number> {
  const { o, io } = t;
  const reply = fetched.reply;
  trace(t, `* Connected to ${url.host} (${ip}) port ${url.port} (#0)\n`);
  if (reply.status === 0) {
    trace(t, '* Empty reply from server\n');
    return finishFailure(t, 52, 'Empty reply from server');
  }
  const request = [`${method} ${url.path} HTTP/1.1`, `Host: ${url.portGiven ? `${url.host}:${url.port}` : url.host}`, `User-Agent: ${o.userAgent}`, 'Accept: */*', ...o.headers.map(([k, v]) => `${k}: ${v}`), ''];
  trace(t, request.map((l) => `> ${l}\r\n`).join(''));
  const body = method === 'HEAD' ? '' : bytesOf(reply, fetched.binary);
  const declared = Number(reply.headers?.find(([k]) => k.toLowerCase() === 'content-length')?.[1]);
  const full = Number.isFinite(declared) ? declared : bytesOf(reply, fetched.binary).length;
  const head = headerLines(reply, full);
  trace(t, [...head, ''].map((l) => `< ${l}\r\n`).join(''));
  if (o.fail && reply.status >= 400) {
    trace(t, `* The requested URL returned error: ${reply.status}\n`);
    return finishFailure(t, 22, `The requested URL returned error: ${reply.status}`);
  }
  const location = reply.headers?.find(([k]) => k.toLowerCase() === 'location')?.[1];
  if (o.location && reply.status >= 300 && reply.status < 400 && location) {
    trace(t, `* Connection #0 to host ${url.host} left intact\n* Issue another request to this URL: '${location}'\n`);
    return fetchUrl(o, location, io, t.node, 1);
  }
  const headerText = o.include || o.head ? [...head, ''].map((l) => `${l}\r\n`).join('') : '';
  if (target === undefined) {
    if (headerText) io.stdout(headerText);
    if (body) {
      if (fetched.binary) io.stdoutBytes(body);
      else io.stdout(reply.body);
    }
  } else {
    try {
      if (download && !headerText) writeDownloadedFile(t.node.state.host.files, target, download, t.node.nowMs());
      else writeFile(t.node.state.host.files, target, textToBinary(headerText) + body, { mtimeMs: t.node.nowMs() });
    } catch (err) {
      if (!isVfsError(err)) throw err;
      return fail(t, 23, `Failure writing output to destination`);
    }
  }
  if (body && !io.isTTY) trace(t, `{ [${body.length} bytes data]\n`);
  if (t.meter) {
    // One simulated millisecond for the transfer: the speeds are the size times a thousand.
    const received = download ? download.size : body.length;
    const ms = download ? Math.max(1, Math.round(download.size / RELEASE_BYTES_PER_MS)) : 1;
    if (download) await io.pace(ms);
    io.stderr(meterEnd(download ? ms : 0, { total: full, received, speed: (received * 1000) / ms, spentSeconds: download ? Math.floor(ms / 1000) : 0 }));
  }
  trace(t, `* Connection #0 to host ${url.host} left intact\n`);
  return 0;
}

export const curlCommand = nodeCommand('curl', async (args, io, node) => {
  const parsed = parseCurlArgs(args);
  if ('error' in parsed) {
    io.stderr(parsed.error);
    return 2;
  }
  let code = 0;
  for (const url of parsed.urls) {
    const result = await fetchUrl(parsed, url, io, node);
    if (result !== 0) code = result;
  }
  return code;
});
