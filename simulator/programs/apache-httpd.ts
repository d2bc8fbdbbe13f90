// Apache httpd 2.4.63 as the httpd image runs it (`httpd -DFOREGROUND` from httpd-foreground):
// its start-up notices on stderr (the AH00558 ServerName warning twice, once per config pass,
// then mpm_event's AH00489 and core's AH00094), serving DocumentRoot on Listen's port, one
// common-format access line per request on stdout, and its graceful stop on SIGWINCH (the
// image's stop signal) or fast stop on SIGTERM. Without -DFOREGROUND it daemonizes.

import { envValue, followLinks, stderr, stdout, type OutputChunk, type Program, type ProgramContext, type ProgramRun, type ServeContext } from './program';

const PREFIX = '/usr/local/apache2';
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number): string => String(n).padStart(2, '0');

/** True when this container's httpd is Apache's (the httpd image), not busybox's applet. */
export function isApache(fs: ProgramContext['fs']): boolean {
  return followLinks(fs, `${PREFIX}/bin/httpd`)?.file.kind === 'file';
}

function conf(fs: ServeContext['fs']): string {
  return followLinks(fs, `${PREFIX}/conf/httpd.conf`)?.file.content ?? '';
}

/** ap_log_error's time: [Sat Dec 05 01:40:00.123456 2026]. */
function errorTime(ms: number): string {
  const d = new Date(ms);
  const micros = String((ms % 1000) * 1000).padStart(6, '0');
  return `[${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}.${micros} ${d.getUTCFullYear()}]`;
}

/** The container's own address, as /etc/hosts maps its hostname (Apache's AH00558 names it). */
function ownAddress(ctx: ProgramContext): string {
  const hosts = followLinks(ctx.fs, '/etc/hosts')?.file.content ?? '';
  for (const line of hosts.split('\n')) {
    const [ip, ...names] = line.trim().split(/\s+/);
    if (ip && names.includes(ctx.hostname) && !ip.startsWith('127.') && !ip.includes(':')) return ip;
  }
  return '127.0.1.1';
}

export function runApache(ctx: ProgramContext): ProgramRun {
  const args = ctx.argv.slice(1);
  const version = envValue(ctx.env, 'HTTPD_VERSION') ?? '2.4.63';
  if (args.includes('-v')) return { out: [stdout(`Server version: Apache/${version} (Unix)\nServer built:   Feb 14 2025 00:00:00\n`)], exit: { afterMs: 0, code: 0 } };
  const port = Number(/^Listen\s+(?:\S+:)?(\d+)\s*$/m.exec(conf(ctx.fs))?.[1] ?? '80');
  const warn = `AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${ownAddress(ctx)}. Set the 'ServerName' directive globally to suppress this message\n`;
  const foreground = args.some((a) => a === '-DFOREGROUND') || args.join(' ').includes('-D FOREGROUND');
  if (!foreground) return { out: [stderr(warn)], exit: { afterMs: 0, code: 0 } };
  const t = errorTime(ctx.nowMs);
  const who = `[pid ${ctx.pid}:tid ${ctx.pid}]`;
  const out: OutputChunk[] = [
    stderr(warn),
    stderr(warn),
    stderr(`${t} [mpm_event:notice] ${who} AH00489: Apache/${version} (Unix) configured -- resuming normal operations\n`),
    stderr(`${t} [core:notice] ${who} AH00094: Command line: 'httpd -D FOREGROUND'\n`),
  ];
  const stop = (text: string): OutputChunk[] => [stderr(`${t} [mpm_event:notice] ${who} ${text}\n`)];
  return {
    out,
    listens: [port],
    // Its own entry in the program table answers requests and writes the access log.
    server: 'apache-httpd',
    serverArgs: ctx.argv,
    helpers: [['httpd', '-DFOREGROUND'], ['httpd', '-DFOREGROUND'], ['httpd', '-DFOREGROUND']],
    handles: {
      SIGWINCH: { exitCode: 0, out: stop('AH00492: caught SIGWINCH, shutting down gracefully') },
      SIGTERM: { exitCode: 0, out: stop('AH00491: caught SIGTERM, shutting down') },
      SIGINT: { exitCode: 0, out: stop('AH00491: caught SIGTERM, shutting down') },
    },
  };
}

function serveApache(ctx: ServeContext, path: string): { status: number; body: string } {
  const root = /^DocumentRoot\s+"?([^"\n]+)"?\s*$/m.exec(conf(ctx.fs))?.[1] ?? `${PREFIX}/htdocs`;
  const file = followLinks(ctx.fs, `${root}${path.endsWith('/') ? `${path}index.html` : path}`);
  if (file && file.file.kind === 'file') return { status: 200, body: file.file.content ?? '' };
  return { status: 404, body: `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n` };
}

/** %h %l %u %t "%r" %>s %b: the image's CustomLog common format. */
function apacheAccessLine(r: { clientIp?: string; atMs: number; method?: string; path: string; status: number; bytes: number }): string {
  const d = new Date(r.atMs);
  const time = `${two(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`;
  return `${r.clientIp ?? '127.0.0.1'} - - [${time}] "${r.method ?? 'GET'} ${r.path} HTTP/1.1" ${r.status} ${r.bytes === 0 ? '-' : r.bytes}\n`;
}

/** The serving side of Apache, by the name its running process is recorded under. */
export const apacheHttpdProgram: Program = {
  name: 'apache-httpd',
  run: runApache,
  serve: (ctx, path) => serveApache(ctx, path),
  accessLog: (request) => stdout(apacheAccessLine(request)),
};
