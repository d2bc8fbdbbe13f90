// busybox wget (1.35, networking/wget.c), enough for `wget -qO- http://host[:port]/path`: the
// name resolved through the container's /etc/hosts (an unknown one is `bad address`), then a
// connection from the container's network namespace (its own 127.0.0.1, a container on the
// same bridge, the node's published ports), with busybox's words for each failure.

import { hostsLookup, reasonPhrase } from '../host/network/index';
import { finished, followLinks, stderr, stdout, type ContainerFs, type OutputChunk, type Program, type ProgramRun } from './program';
import { BUSYBOX_BANNER } from './applets/busybox-usage';

const USAGE =
  BUSYBOX_BANNER + 'Usage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...\n';

/** The kernel's connect(2) timeout for an unanswered SYN (6 retries: about 127 s). */
const CONNECT_TIMEOUT_MS = 127_000;

/** strerror of the connect failures busybox prints after "can't connect to remote host". */
const CONNECT_ERRORS = {
  refused: 'Connection refused',
  unreachable: 'No route to host',
  'network-unreachable': 'Network is unreachable',
  timeout: 'Connection timed out',
} as const;

/** The address a name has in the container: an IPv4 literal, /etc/hosts, localhost, then DNS. */
function resolve(fs: ContainerFs, host: string, dns?: (name: string) => string | undefined): string | undefined {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return host;
  const hosts = followLinks(fs, '/etc/hosts');
  const text = hosts?.file.kind === 'file' ? (hosts.file.content ?? '') : '';
  const found = hostsLookup(text, host).find((ip) => !ip.includes(':'));
  if (found) return found;
  if (host.toLowerCase() === 'localhost') return '127.0.0.1';
  return dns?.(host);
}

export const wgetProgram: Program = {
  name: 'wget',
  run(ctx): ProgramRun {
    const args = ctx.argv.slice(1);
    let quiet = false;
    let output: string | undefined;
    let url: string | undefined;
    for (let i = 0; i < args.length; i++) {
      const a = args[i] ?? '';
      if (/^-[qO]+/.test(a)) {
        if (a.includes('q')) quiet = true;
        const o = a.indexOf('O');
        if (o >= 0) output = a.slice(o + 1) || args[++i];
      } else if (!a.startsWith('-')) url = a;
    }
    if (!url) return finished([stderr(USAGE)], 1);
    const m = /^(?:http:\/\/)?([^/:]+)(?::(\d+))?(\/.*)?$/.exec(url);
    if (!m || (/^[a-z]+:\/\//i.test(url) && !url.startsWith('http://'))) return finished([stderr(`wget: not an http or ftp url: ${url}\n`)], 1);
    const host = m[1] ?? '';
    const port = Number(m[2] ?? '80');
    const path = m[3] ?? '/';
    const ip = resolve(ctx.fs, host, ctx.resolve);
    if (!ip) return finished([stderr(`wget: bad address '${host}'\n`)], 1);
    const out: OutputChunk[] = [];
    if (!quiet) out.push(stderr(`Connecting to ${host} (${ip}:${port})\n`));
    const reply = ctx.http(port, path, ip);
    if ('failure' in reply) {
      const failure = reply.failure === 'bad-address' ? 'unreachable' : reply.failure;
      const line = stderr(`wget: can't connect to remote host (${ip}): ${CONNECT_ERRORS[failure]}\n`);
      if (failure === 'timeout') return { out: [...out, { ...line, atMs: CONNECT_TIMEOUT_MS }], exit: { afterMs: CONNECT_TIMEOUT_MS, code: 1 } };
      return finished([...out, line], 1);
    }
    if (reply.status !== 200) return finished([...out, stderr(`wget: server returned error: HTTP/1.1 ${reply.status} ${reasonPhrase(reply.status)}\n`)], 1);
    const toStdout = output === '-';
    const name = output ?? (path.split('?')[0]?.split('/').pop() || 'index.html');
    if (!quiet) out.push(stderr(toStdout ? 'writing to stdout\n' : `saving to '${name}'\n`));
    if (toStdout) out.push(stdout(reply.body));
    else ctx.fs.write?.(name.startsWith('/') ? name : `${ctx.cwd.replace(/\/$/, '')}/${name}`, { kind: 'file', content: reply.body, mode: 0o644 });
    if (!quiet) {
      const size = new TextEncoder().encode(reply.body).length;
      out.push(stderr(`${toStdout ? '-' : name}${' '.repeat(20)}100% |********************************|   ${size}  0:00:00 ETA\n`));
      out.push(stderr(toStdout ? 'written to stdout\n' : `'${name}' saved\n`));
    }
    return finished(out);
  },
};
