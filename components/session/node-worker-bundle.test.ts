// The worker bundle esbuild makes for the browser (node-worker-bundle.ts): one ASCII-only ES
// module with every Node module the shell library imports substituted, which starts as a
// worker does and runs lines, gzip's shim included. Run here in a child Node process with a
// worker's globals (postMessage, onmessage) and no IndexedDB; the file lives in a temp dir.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildNodeWorker } from './node-worker-bundle';

const dir = mkdtempSync(join(tmpdir(), 'ctrlab-node-worker-'));
let code = '';

/** Plays the page: create a login, run each line, print what the worker sent as JSON lines. */
const HARNESS = `
const sent = [];
globalThis.postMessage = (message) => sent.push(message);
await import('./node-worker.mjs');
const lines = JSON.parse(process.argv[2]);
const next = (t) => new Promise((resolve) => { const tick = () => { const m = sent.find((x) => x.t === t && !x.seen); if (m) { m.seen = true; resolve(m); } else setTimeout(tick, 5); }; tick(); });
globalThis.onmessage({ data: { t: 'create', req: 1, id: 1, options: {} } });
await next('created');
let req = 2;
for (const line of lines) {
  globalThis.onmessage({ data: { t: 'run', req: req++, id: 1, line, tty: false, realTime: false } });
  await next('done');
}
for (const m of sent) delete m.seen;
console.log(JSON.stringify(sent.map(({ t, chunk, result, view }) => ({ t, chunk, stdout: result?.stdout, prompt: view?.prompt }))));
process.exit(0);
`;

beforeAll(async () => {
  code = await buildNodeWorker();
  writeFileSync(join(dir, 'node-worker.mjs'), code);
  writeFileSync(join(dir, 'harness.mjs'), HARNESS);
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the node worker bundle', () => {
  it('is one ES module of ASCII text that imports nothing', () => {
    // Booleans, not toMatch: a failure would print the 3 MB bundle.
    expect(/[^\x00-\x7f]/.test(code)).toBe(false);
    // Nothing left for the browser to resolve: Node's modules, the library's packages.
    expect(/(\bfrom|\bimport\s*\(?)\s*"(node:|just-bash|turndown|fflate|next\/)/.test(code)).toBe(false);
    // The shell library's turndown import got the stand-in, not the package.
    expect(code).toContain('html-to-markdown is not on this node');
  });

  it('starts as a worker does and runs lines, gzip included', () => {
    const run = spawnSync(process.execPath, [join(dir, 'harness.mjs'), JSON.stringify(['echo hello | gzip | gunzip', 'echo hi | base64'])], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.stderr).toBe('');
    const sent = JSON.parse(run.stdout) as Array<{ t: string; stdout?: string; prompt?: string }>;
    expect(sent[0]?.t).toBe('ready');
    expect(sent.find((m) => m.t === 'created')?.prompt).toBe('root@node1:~# ');
    expect(sent.filter((m) => m.t === 'done').map((m) => m.stdout)).toEqual(['hello\n', 'aGkK\n']);
  }, 180_000);
});
