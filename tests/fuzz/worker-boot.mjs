// Worker-thread entry: Node cannot load TypeScript by itself, so the thread registers tsx's
// loader (a devDependency, also behind `npm run sim`) and then imports the TypeScript entry
// named in workerData.entry.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
