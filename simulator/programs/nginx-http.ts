// nginx's HTTP answers as the nginx image's default server gives them (nginx 1.2x,
// src/http/ngx_http_header_filter_module.c and ngx_http_special_response.c): the header
// order Server, Date, Content-Type, Content-Length, Last-Modified, Connection, ETag,
// Accept-Ranges for a static file (ETag "<mtime hex>-<size hex>"), and the built-in error
// page, CRLF-ended, for a 404.

import { followLinks, type ContainerFs, type HttpReply } from './program';

/** mime.types of the image, for the extensions a learner serves. */
const MIME: Record<string, string> = {
  html: 'text/html', htm: 'text/html', css: 'text/css', js: 'application/javascript', json: 'application/json',
  txt: 'text/plain', xml: 'text/xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', svg: 'image/svg+xml', ico: 'image/x-icon',
};

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 1123 date in GMT, as the Date and Last-Modified headers write it. */
function httpDate(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} GMT`;
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

function errorPage(status: number, reason: string, version: string): string {
  return `<html>\r\n<head><title>${status} ${reason}</title></head>\r\n<body>\r\n<center><h1>${status} ${reason}</h1></center>\r\n<hr><center>nginx/${version}</center>\r\n</body>\r\n</html>\r\n`;
}

/** The answer for GET `path` from `root`, with `fallback` as the page when the image has no index. */
export function nginxReply(fs: ContainerFs, root: string, path: string, version: string, nowMs: number, fallback: string): HttpReply {
  const clean = path.split('?')[0] ?? '/';
  const found = followLinks(fs, `${root}${clean.endsWith('/') ? `${clean}index.html` : clean}`);
  const isIndex = clean === '/' || clean === '/index.html';
  if ((found && found.file.kind === 'file') || isIndex) {
    const body = found?.file.kind === 'file' ? (found.file.content ?? '') : fallback;
    const size = utf8Length(body);
    const mtime = found?.file.mtime ?? Math.floor(nowMs / 1000);
    const ext = (found?.path ?? 'index.html').split('/').pop()?.split('.').pop()?.toLowerCase() ?? '';
    return {
      status: 200,
      body,
      headers: [
        ['Server', `nginx/${version}`],
        ['Date', httpDate(nowMs)],
        ['Content-Type', MIME[ext] ?? 'application/octet-stream'],
        ['Content-Length', String(size)],
        ['Last-Modified', httpDate(mtime * 1000)],
        ['Connection', 'keep-alive'],
        ['ETag', `"${mtime.toString(16)}-${size.toString(16)}"`],
        ['Accept-Ranges', 'bytes'],
      ],
    };
  }
  const body = errorPage(404, 'Not Found', version);
  return {
    status: 404,
    body,
    headers: [
      ['Server', `nginx/${version}`],
      ['Date', httpDate(nowMs)],
      ['Content-Type', 'text/html'],
      ['Content-Length', String(utf8Length(body))],
      ['Connection', 'keep-alive'],
    ],
  };
}
