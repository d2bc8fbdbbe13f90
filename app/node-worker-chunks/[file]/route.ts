// The chunks of the node's worker (components/session/node-worker-bundle.ts: each tool's client
// and the code they share), each a static file of the export beside /node-worker.js, which
// imports them; `next dev` builds them on request.

import { CHUNK_DIR, buildNodeWorker, nodeWorkerChunkNames } from '../../../components/session/node-worker-bundle';

export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams(): Promise<Array<{ file: string }>> {
  return (await nodeWorkerChunkNames()).map((file) => ({ file }));
}

export async function GET(_request: Request, context: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await context.params;
  const code = (await buildNodeWorker()).get(`${CHUNK_DIR}/${file}`);
  if (code === undefined) return new Response('not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
