// After `next build`: every exported page that starts the node's worker gets that script first
// in its <head> too (components/session/early-worker.ts hoistEarlyWorker says why).
// `tsx scripts/hoist-early-worker.ts out` (package.json build and start).

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hoistEarlyWorker } from '../components/session/early-worker';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : Promise.resolve(e.name.endsWith('.html') ? [join(dir, e.name)] : []))));
  return nested.flat();
}

const dir = process.argv[2] ?? 'out';
let hoisted = 0;
for (const file of await htmlFiles(dir)) {
  const html = await readFile(file, 'utf8');
  const done = hoistEarlyWorker(html);
  if (done === html) continue;
  await writeFile(file, done);
  hoisted++;
}
console.log(`hoist-early-worker: the worker's script first in the head of ${hoisted} pages of ${dir}`);
