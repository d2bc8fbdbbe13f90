// The inline script that starts the node's worker from the page's HTML (early-worker.ts). A
// server component: it renders the script's text once, into the exported page.

import { EARLY_WORKER_SCRIPT } from './early-worker';

export function NodeWorkerStart() {
  // biome-ignore lint: a fixed script of ours, no user input
  return <script dangerouslySetInnerHTML={{ __html: EARLY_WORKER_SCRIPT }} />;
}
