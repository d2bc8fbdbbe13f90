// GNU Wget 1.21.3 (Debian bookworm) on the node: http:// to what runs on the node, and the
// https release downloads the node knows (host/releases); any other https host does not
// resolve, as on an offline node. Its log on stderr as recorded from the real wget: the
// "--DATE--  URL" line, Resolving…, "Connecting to host (host)|ip|:port... connected.", the
// response, Length, Saving to, the progress (bar on a terminal, dots otherwise) and the
// "saved [n/n]" line; failures in its words and exit codes (4 network, 8 server error). A
// refused connection is final; a timeout or an unreachable host is retried (20 tries).

import type { CommandIO } from '../../cli/spec';
import { reasonPhrase } from '../../host/network/index';
import { exists, normalizePath, textToBinary, writeFile } from '../../host/vfs';
import type { Node } from '../../node';
import { nodeCommand } from './command-host';
import { fetchFromNode, parseUrl, RELEASE_STORE, releaseFor, resolveOnNode, type NodeFetch, type ParsedUrl } from './node-http';
import { writeDownloadedFile, type ReleaseDownload } from '../../host/releases/index';
import { barLine, dotLines, humanSize, rate } from './wget-progress';

const ARP_GIVE_UP_MS = 3071;
const KERNEL_CONNECT_TIMEOUT_MS = 134_600;
/** A simulated download speed for release tarballs (10 MiB/s); local transfers take a millisecond. */
const RELEASE_BYTES_PER_MS = (10 * 1024 * 1024) / 1000;
const FAILURES = { refused: 'Connection refused', unreachable: 'No route to host', 'network-unreachable': 'Network is unreachable', timeout: 'Connection timed out' } as const;

interface WgetOptions {
  quiet: boolean;
  output?: string;
  prefix?: string;
  tries: number;
  timeoutMs?: number;
  urls: string[];
}

const USAGE_HINT = "Usage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n";

function parse(args: string[]): WgetOptions | { error: string } {
  const o: WgetOptions = { quiet: false, tries: 20, urls: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const long = /^--([a-z-]+)(?:=(.*))?$/.exec(a);
    if (long) {
      const [, name = '', inline] = long;
      const value = () => inline ?? args[++i];
      if (name === 'quiet') o.quiet = true;
      else if (name === 'output-document') o.output = value();
      else if (name === 'directory-prefix') o.prefix = value();
      else if (name === 'tries') o.tries = Number(value()) || 20;
      else if (name === 'timeout') o.timeoutMs = Number(value()) * 1000;
      else if (name === 'no-check-certificate' || name === 'no-verbose') continue;
      else return { error: `wget: unrecognized option '${a}'\n${USAGE_HINT}` };
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j] ?? '';
        if (c === 'q') o.quiet = true;
        else if ('OPtT'.includes(c)) {
          const value = a.slice(j + 1) || args[++i];
          if (value === undefined) return { error: `wget: option requires an argument -- '${c}'\n${USAGE_HINT}` };
          if (c === 'O') o.output = value;
          else if (c === 'P') o.prefix = value;
          else if (c === 't') o.tries = Number(value) || 20;
          else o.timeoutMs = Number(value) * 1000;
          break;
        } else if (c === 'c' || c === 'v') continue;
        else return { error: `wget: invalid option -- '${c}'\n${USAGE_HINT}` };
      }
      continue;
    }
    o.urls.push(a);
  }
  if (o.urls.length === 0) return { error: `wget: missing URL\n${USAGE_HINT}` };
  return o;
}

/** wget quotes names with ‘’ in a UTF-8 locale (the node's C.UTF-8), with '' otherwise. */
function quoter(io: CommandIO): (s: string) => string {
  const locale = io.environ.LC_ALL || io.environ.LC_MESSAGES || io.environ.LANG || '';
  return /utf-?8/i.test(locale) ? (s) => `‘${s}’` : (s) => `'${s}'`;
}

function stamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/** A file name that does not exist yet: name, name.1, name.2… (wget never overwrites without -O). */
function unique(node: Node, path: string): string {
  if (!exists(node.state.host.files, path)) return path;
  for (let n = 1; ; n++) if (!exists(node.state.host.files, `${path}.${n}`)) return `${path}.${n}`;
}

interface Got {
  fetched: NodeFetch & { kind: 'reply' };
  url: ParsedUrl;
  /** The release behind an https download: its real size is what wget reports. */
  release?: ReleaseDownload;
}

/** Resolves and connects (with retries), following a release's redirect; a number is the exit code. */
async function retrieve(o: WgetOptions, url: ParsedUrl, io: CommandIO, node: Node, log: (s: string) => void, q: (s: string) => string): Promise<Got | number> {
  for (let attempt = 1; ; attempt++) {
    log(`--${stamp(node.nowMs())}--  ${attempt > 1 ? `(try:${String(attempt).padStart(2)})  ` : ''}${url.text}\n`);
    const literal = /^\d{1,3}(\.\d{1,3}){3}$/.test(url.host);
    const release = releaseFor(url);
    let addresses = literal ? [url.host] : url.scheme === 'https' ? [] : resolveOnNode(node, url.host);
    if (release) addresses = release.redirect ? ['140.82.121.3'] : ['185.199.108.133', '185.199.109.133', '185.199.110.133', '185.199.111.133'];
    if (!literal) {
      if (addresses.length === 0) {
        log(`Resolving ${url.host} (${url.host})... failed: Temporary failure in name resolution.\nwget: unable to resolve host address ${q(url.host)}\n`);
        return 4;
      }
      log(`Resolving ${url.host} (${url.host})... ${addresses.join(', ')}\n`);
    }
    let lastFailure: keyof typeof FAILURES = 'refused';
    for (const ip of addresses) {
      const where = literal ? `${ip}:${url.port}` : `${url.host} (${url.host})|${ip}|:${url.port}`;
      log(`Connecting to ${where}... `);
      let fetched: NodeFetch;
      if (release) {
        fetched = release.redirect
          ? { kind: 'reply', binary: false, reply: { status: 302, body: '', headers: [['Location', `${RELEASE_STORE}${url.path}`]] } }
          : { kind: 'reply', binary: true, reply: { status: 200, body: release.bytes, headers: [['Content-Type', 'application/octet-stream']] } };
      } else {
        fetched = fetchFromNode(node, url, ip, { method: 'GET', path: url.path, hostHeader: url.portGiven ? `${url.host}:${url.port}` : url.host, userAgent: 'Wget/1.21.3', headers: [] });
      }
      if (fetched.kind === 'reply') {
        log('connected.\n');
        return release && !release.redirect ? { fetched, url, release } : { fetched, url };
      }
      const failure = fetched.failure === 'bad-address' ? 'unreachable' : fetched.failure;
      if (failure === 'timeout') {
        const wait = Math.min(o.timeoutMs ?? KERNEL_CONNECT_TIMEOUT_MS, KERNEL_CONNECT_TIMEOUT_MS);
        await io.pace(wait);
      } else if (failure === 'unreachable') await io.pace(ARP_GIVE_UP_MS);
      log(`failed: ${FAILURES[failure]}.\n`);
      lastFailure = failure;
    }
    // A refused connection is final (no --retry-connrefused); other failures are tried again.
    if (lastFailure === 'refused') return 4;
    if (attempt >= o.tries) {
      log('Giving up.\n\n');
      return 4;
    }
    log('Retrying.\n\n');
    await io.pace(Math.min(attempt, 10) * 1000);
  }
}

async function download(o: WgetOptions, raw: string, io: CommandIO, node: Node): Promise<number> {
  const log = (s: string) => {
    if (!o.quiet) io.stderr(s);
  };
  const q = quoter(io);
  let url = parseUrl(raw.includes('://') ? raw : `http://${raw}`);
  if (!url || 'unsupported' in url) {
    log(`${raw}: Unsupported scheme.\n`);
    return 1;
  }
  for (let hops = 0; hops < 20; hops++) {
    const got = await retrieve(o, url, io, node, log, q);
    if (typeof got === 'number') return got;
    const reply = got.fetched.reply;
    log(`HTTP request sent, awaiting response... ${reply.status} ${reasonPhrase(reply.status)}\n`);
    const location = reply.headers?.find(([k]) => k.toLowerCase() === 'location')?.[1];
    if (reply.status >= 300 && reply.status < 400 && location) {
      log(`Location: ${location} [following]\n`);
      const next = parseUrl(location);
      if (!next || 'unsupported' in next) return 1;
      url = next;
      continue;
    }
    if (reply.status >= 400) {
      log(`${stamp(node.nowMs())} ERROR ${reply.status}: ${reasonPhrase(reply.status)}.\n\n`);
      return 8;
    }
    return save(o, got, io, node, log, q);
  }
  return 1;
}

async function save(o: WgetOptions, got: Got, io: CommandIO, node: Node, log: (s: string) => void, q: (s: string) => string): Promise<number> {
  const reply = got.fetched.reply;
  const bytes = got.fetched.binary ? reply.body : textToBinary(reply.body);
  // A release's stand-in bytes are smaller than the real tarball; wget reports the real size.
  const size = got.release?.size ?? bytes.length;
  const type = reply.headers?.find(([k]) => k.toLowerCase() === 'content-type')?.[1];
  log(`Length: ${size}${size >= 1024 ? ` (${humanSize(size)})` : ''}${type ? ` [${type}]` : ''}\n`);
  const toStdout = o.output === '-';
  const base = (got.url.path.split('?')[0] ?? '').split('/').pop() || 'index.html';
  const dir = normalizePath(o.prefix ?? '.', io.cwd);
  const target = toStdout ? '-' : o.output !== undefined ? normalizePath(o.output, io.cwd) : unique(node, normalizePath(base, dir));
  const shown = toStdout ? '-' : o.output ?? target.slice(dir === '/' ? 1 : dir.length + 1);
  log(`Saving to: ${q(shown === '-' ? 'STDOUT' : shown)}\n\n`);
  const ms = got.fetched.binary ? Math.max(1, Math.round(size / RELEASE_BYTES_PER_MS)) : 1;
  await io.pace(ms);
  if (toStdout) io.stdoutBytes(bytes);
  else if (got.release) writeDownloadedFile(node.state.host.files, target, got.release, node.nowMs());
  else writeFile(node.state.host.files, target, bytes, { mtimeMs: node.nowMs() });
  log(io.isTTY ? barLine(shown, size, ms) : dotLines(size, ms));
  log(`\n${stamp(node.nowMs())} (${rate(size, ms)}) - ${shown === '-' ? 'written to stdout' : `${q(shown)} saved`} [${size}/${size}]\n\n`);
  return 0;
}

export const wgetCommand = nodeCommand('wget', async (args, io, node) => {
  const o = parse(args);
  if ('error' in o) {
    io.stderr(o.error);
    return o.error.startsWith('wget: missing URL') ? 1 : 2;
  }
  let code = 0;
  for (const url of o.urls) {
    const result = await download(o, url, io, node);
    if (result !== 0) code = result;
  }
  return code;
});
