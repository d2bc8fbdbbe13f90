// The worker started from the page's HTML: the inline script makes it and keeps what it says;
// the page takes it over once, and hears what was kept first, in order, then the rest.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { EARLY_WORKER_SCRIPT, hoistEarlyWorker, NODE_WORKER_OPTIONS, NODE_WORKER_URL, takeEarlyWorker } from './early-worker';
import { NodeWorkerStart } from './node-worker-start';
import type { FromWorker } from './worker-protocol';

/** Enough of a Worker for the script: it records its URL and lets the test speak for it. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  readonly posted: unknown[] = [];
  terminated = false;

  constructor(
    readonly url: string,
    readonly options: unknown,
  ) {
    FakeWorker.made.push(this);
  }

  postMessage(message: unknown): void {
    this.posted.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  say(data: FromWorker): void {
    this.onmessage?.({ data });
  }
}

function page(): void {
  FakeWorker.made = [];
  vi.stubGlobal('window', {});
  vi.stubGlobal('Worker', FakeWorker);
}

function runScript(): void {
  new Function(EARLY_WORKER_SCRIPT)();
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the early worker', () => {
  it('is started by the script, once, from the served bundle', () => {
    page();
    runScript();
    runScript();
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]?.url).toBe(NODE_WORKER_URL);
    expect(FakeWorker.made[0]?.options).toEqual(NODE_WORKER_OPTIONS);
  });

  it('hands over what it said before the page took it, then what it says after, in order', async () => {
    page();
    runScript();
    const worker = FakeWorker.made[0] as FakeWorker;
    worker.say({ t: 'ready' });
    worker.say({ t: 'pong', n: 1 });
    const port = takeEarlyWorker();
    const heard: FromWorker[] = [];
    if (port) port.onmessage = (event) => heard.push(event.data);
    // Said before the kept messages are handed over: it waits behind them.
    worker.say({ t: 'pong', n: 2 });
    expect(heard).toEqual([]);
    await Promise.resolve();
    worker.say({ t: 'pong', n: 3 });
    expect(heard).toEqual([{ t: 'ready' }, { t: 'pong', n: 1 }, { t: 'pong', n: 2 }, { t: 'pong', n: 3 }]);
    port?.postMessage({ t: 'ping', n: 9 });
    expect(worker.posted).toEqual([{ t: 'ping', n: 9 }]);
    port?.terminate();
    expect(worker.terminated).toBe(true);
  });

  it('passes on an error from loading (the page then starts another worker)', async () => {
    page();
    runScript();
    (FakeWorker.made[0] as FakeWorker).onerror?.({ message: 'failed to load' });
    const port = takeEarlyWorker();
    const errors: unknown[] = [];
    if (port) port.onerror = (event) => errors.push(event);
    await Promise.resolve();
    expect(errors).toEqual([{ message: 'failed to load' }]);
  });

  it('is taken once; without the script there is none, and a late script starts none', () => {
    page();
    runScript();
    expect(takeEarlyWorker()).toBeDefined();
    expect(takeEarlyWorker()).toBeUndefined();
    page();
    expect(takeEarlyWorker()).toBeUndefined();
    runScript();
    expect(FakeWorker.made).toHaveLength(0);
  });
});

describe('the exported page', () => {
  // As `next build` writes it: the charset first, the stylesheet and the framework's scripts,
  // then the body, where NodeWorkerStart renders the script beside the terminal.
  const rendered = renderToStaticMarkup(createElement(NodeWorkerStart));
  const exported = `<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/a.css"/><script src="/b.js" async=""></script></head><body><header>ctrlab</header>${rendered}<div data-testid="terminal"></div></body></html>`;

  it('starts the worker from the first tag after the charset, and keeps the copy React hydrates', () => {
    const hoisted = hoistEarlyWorker(exported);
    expect(hoisted.startsWith(`<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/>${rendered}<link rel="stylesheet"`)).toBe(true);
    expect(hoisted.replace(rendered, '')).toBe(exported);
    // The copy in the body finds the worker made and makes none.
    page();
    runScript();
    runScript();
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('leaves pages without a terminal, and pages already done, as they are', () => {
    const withoutTerminal = exported.replace(rendered, '');
    expect(hoistEarlyWorker(withoutTerminal)).toBe(withoutTerminal);
    const once = hoistEarlyWorker(exported);
    expect(hoistEarlyWorker(once)).toBe(once);
  });
});
