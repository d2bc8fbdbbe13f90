// The node's worker starts from the page's HTML (issue 13: the first prompt in under 1 s). An
// inline script (EARLY_WORKER_SCRIPT, rendered by NodeWorkerStart) creates it as soon as the
// parser reaches the terminal, a second or more before the page's own code has run on a slow
// machine, so the worker fetches and compiles the simulator while the page loads. The worker's
// messages are kept until the page takes it over (takeEarlyWorker, from load-simulator.ts); a
// client-side navigation, where the script does not run, starts the worker the usual way.

import type { FromWorker, ToWorker, WorkerPort } from './worker-protocol';

/** Where the worker is served (app/node-worker.js/route.ts builds it with esbuild). */
export const NODE_WORKER_URL = '/node-worker.js';
export const NODE_WORKER_OPTIONS: WorkerOptions = { type: 'module', name: 'ctrlab-node' };

/** What the script leaves on `window`; `taken` once the page has it (or started its own). */
interface EarlyWorker {
  worker?: Worker;
  events: Array<{ kind: 'message'; data: FromWorker } | { kind: 'error'; event: unknown }>;
  taken?: boolean;
}

const GLOBAL = '__ctrlabNodeWorker';

// ES5 on purpose: it runs as it is, before any of the page's code.
export const EARLY_WORKER_SCRIPT = `(function(){if(window.${GLOBAL}||typeof Worker!=='function')return;var e={events:[]};window.${GLOBAL}=e;try{var w=new Worker(${JSON.stringify(NODE_WORKER_URL)},${JSON.stringify(NODE_WORKER_OPTIONS)});w.onmessage=function(m){e.events.push({kind:'message',data:m.data})};w.onerror=function(x){e.events.push({kind:'error',event:x})};e.worker=w}catch(_){}})();`;

function holder(): { [GLOBAL]?: EarlyWorker } {
  return window as unknown as { [GLOBAL]?: EarlyWorker };
}

/**
 * The worker the page's script started, as a WorkerPort that first hands over what it said so
 * far; undefined when there is none (then a script running later starts none either).
 */
export function takeEarlyWorker(): WorkerPort | undefined {
  if (typeof window === 'undefined') return undefined;
  const scope = holder();
  const early = scope[GLOBAL];
  if (!early?.worker || early.taken) {
    scope[GLOBAL] = { events: [], taken: true };
    return undefined;
  }
  early.taken = true;
  return new EarlyWorkerPort(early.worker, early.events);
}

/** A started Worker whose earlier messages and errors reach the handlers once they are set. */
class EarlyWorkerPort implements WorkerPort {
  onmessage: WorkerPort['onmessage'] = null;
  onerror: WorkerPort['onerror'] = null;
  /** What the worker said and the handlers have not heard yet; null once handed over. */
  private kept: EarlyWorker['events'] | null;

  constructor(
    private readonly worker: Worker,
    kept: EarlyWorker['events'],
  ) {
    this.kept = [...kept];
    worker.onmessage = (event) => this.deliver({ kind: 'message', data: event.data as FromWorker });
    worker.onerror = (event) => this.deliver({ kind: 'error', event });
    // RemoteNode sets its handlers as it makes the worker; what was kept follows on a microtask,
    // and anything said meanwhile waits behind it, so the page hears the worker in order.
    queueMicrotask(() => this.handOver());
  }

  postMessage(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  terminate(): void {
    this.kept = null;
    this.worker.onmessage = null;
    this.worker.onerror = null;
    this.worker.terminate();
  }

  private deliver(item: EarlyWorker['events'][number]): void {
    if (this.kept) this.kept.push(item);
    else if (item.kind === 'message') this.onmessage?.({ data: item.data });
    else this.onerror?.(item.event);
  }

  private handOver(): void {
    const kept = this.kept ?? [];
    this.kept = null;
    for (const item of kept) this.deliver(item);
  }
}

/** The script as the exported page carries it (NodeWorkerStart renders it where the terminal is). */
const EARLY_WORKER_TAG = `<script>${EARLY_WORKER_SCRIPT}</script>`;

/**
 * An exported page with a terminal, its worker's script copied to the top of its <head>
 * (scripts/hoist-early-worker.ts, after `next build`). Where React renders it, the parser meets
 * it only after the page's stylesheet has loaded (an inline script waits for the stylesheets
 * before it) and after whichever of the framework's async scripts arrived first have run; a
 * Chromium trace at load 9 put `new Worker` 250 ms after the HTML was parsed. First in the head
 * it runs as the first bytes are parsed. The copy in the body stays, so React hydrates what it
 * rendered, and does nothing (the worker exists); React skips a script it did not render in the
 * head. Pages without the script, and pages already done, come back as they were.
 */
export function hoistEarlyWorker(html: string): string {
  const head = html.indexOf('<head>');
  const body = html.indexOf('<body');
  if (head < 0 || body < 0 || !html.includes(EARLY_WORKER_TAG, body)) return html;
  const inHead = html.indexOf(EARLY_WORKER_TAG, head);
  if (inHead >= 0 && inHead < body) return html;
  // After the charset (which must come within the first 1024 bytes), before anything fetched.
  const charset = /^<meta charset="utf-8"\s*\/?>/i.exec(html.slice(head + '<head>'.length));
  const at = head + '<head>'.length + (charset ? charset[0].length : 0);
  return `${html.slice(0, at)}${EARLY_WORKER_TAG}${html.slice(at)}`;
}
