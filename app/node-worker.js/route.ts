// The node's worker, built by esbuild (components/session/node-worker-bundle.ts): a static file
// of the export, served fresh by `next dev`. Its chunks: app/node-worker-chunks/[file]/route.ts.

import { ENTRY_FILE, buildNodeWorker } from '../../components/session/node-worker-bundle';

export const dynamic = 'force-static';

export async function GET(): Promise<Response> {
  const code = (await buildNodeWorker()).get(ENTRY_FILE) ?? '';
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
