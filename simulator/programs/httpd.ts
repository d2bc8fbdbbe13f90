// busybox httpd: `-f` keeps it in the foreground, `-p PORT` picks the port (80), `-h DIR`
// the document root (/www). Without -f it forks away and the started process exits. In the
// httpd image the binary of that name is Apache's (apache-httpd.ts).

import { isApache, runApache } from './apache-httpd';
import { followLinks, type Program } from './program';

function option(argv: readonly string[], flag: string): string | undefined {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : undefined;
}

export const httpdProgram: Program = {
  name: 'httpd',
  run(ctx) {
    if (isApache(ctx.fs)) return runApache(ctx);
    if (!ctx.argv.includes('-f')) return { out: [], exit: { afterMs: 0, code: 0 } };
    const port = Number((option(ctx.argv, '-p') ?? '80').split(':').pop());
    return { out: [], listens: [port], server: 'httpd', serverArgs: ctx.argv };
  },
  serve(ctx, path) {
    const root = option(ctx.argv, '-h') ?? '/www';
    const file = followLinks(ctx.fs, `${root}${path.endsWith('/') ? `${path}index.html` : path}`);
    if (file && file.file.kind === 'file') return { status: 200, body: file.file.content ?? '' };
    return { status: 404, body: '' };
  },
};
