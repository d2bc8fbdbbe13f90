// busybox wget, enough for `wget -qO- http://127.0.0.1/` against a server in the same
// container (its network namespace is its own: only its own ports answer on 127.0.0.1).

import { finished, stderr, stdout, type OutputChunk, type Program } from './program';

export const wgetProgram: Program = {
  name: 'wget',
  run(ctx) {
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
    if (!url) return finished([stderr('BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...\n')], 1);
    const m = /^http:\/\/([^/:]+)(?::(\d+))?(\/.*)?$/.exec(url);
    if (!m) return finished([stderr(`wget: not an http or ftp url: ${url}\n`)], 1);
    const host = m[1] ?? '';
    const port = Number(m[2] ?? '80');
    const path = m[3] ?? '/';
    const out: OutputChunk[] = [];
    if (!quiet) out.push(stderr(`Connecting to ${host} (${host}:${port})\n`));
    const local = host === '127.0.0.1' || host === 'localhost';
    const reply = local ? ctx.http(port, path) : undefined;
    if (!local) return finished([...out, stderr(`wget: bad address '${host}'\n`)], 1);
    if (!reply) return finished([...out, stderr(`wget: can't connect to remote host (${host}): Connection refused\n`)], 1);
    if (reply.status !== 200) return finished([...out, stderr(`wget: server returned error: HTTP/1.1 ${reply.status} Not Found\n`)], 1);
    const toStdout = output === '-';
    if (!quiet) out.push(stderr(toStdout ? 'writing to stdout\n' : `saving to '${output ?? (path.split('/').pop() || 'index.html')}'\n`));
    if (toStdout) out.push(stdout(reply.body));
    if (!quiet) {
      const size = new TextEncoder().encode(reply.body).length;
      out.push(stderr(`${toStdout ? '-' : (output ?? 'index.html')}${' '.repeat(20)}100% |********************************|   ${size}  0:00:00 ETA\n`));
      out.push(stderr(toStdout ? 'written to stdout\n' : `'${output ?? 'index.html'}' saved\n`));
    }
    return finished(out);
  },
};
