// The node's worker, built by esbuild (components/session/node-worker-bundle.ts): a static file
// of the export, served fresh by `next dev`.

import { buildNodeWorker } from '../../components/session/node-worker-bundle';

export const dynamic = 'force-static';

export async function GET(): Promise<Response> {
  return new Response(await buildNodeWorker(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
