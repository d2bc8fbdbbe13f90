// The worker bundle esbuild makes for the browser (node-worker-bundle.ts): ASCII-only ES
// modules (an entry and its chunks) with every Node module the shell library imports
// substituted, which start as a worker does and run lines, gzip's shim included, each tool's
// client a chunk of its own loaded after the first prompt. Run here in a child Node process
// with a worker's globals (postMessage, onmessage) and no IndexedDB; the files live in a temp dir.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHUNK_DIR, ENTRY_FILE, buildNodeWorker } from './node-worker-bundle';
import { LATER_GLOBAL } from './prefetch-chunks';

const dir = mkdtempSync(join(tmpdir(), 'ctrlab-node-worker-'));
let files: ReadonlyMap<string, string> = new Map();
let code = '';

/** Plays the page: create a login, run each line, print what the worker sent as JSON lines. */
const HARNESS = `
const sent = [];
globalThis.postMessage = (message) => sent.push(message);
await import('./node-worker.js');
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
  files = await buildNodeWorker();
  code = [...files.values()].join('\n');
  // As served: the entry at the root, the chunks in their folder beside it (ES modules by the
  // folder's package.json, as the site serves them with a JavaScript type).
  mkdirSync(join(dir, CHUNK_DIR));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  for (const [path, text] of files) writeFileSync(join(dir, path), text);
  writeFileSync(join(dir, 'harness.mjs'), HARNESS);
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The chunks the entry names for after the first prompt (file names in the chunks' folder). */
function chunksLoadedLater(): string[] {
  const entry = files.get(ENTRY_FILE) ?? '';
  const list = entry.slice(entry.indexOf(`globalThis.${LATER_GLOBAL}=`) + `globalThis.${LATER_GLOBAL}=`.length, -1);
  return JSON.parse(list) as string[];
}

describe('the node worker bundle', () => {
  it('is ES modules of ASCII text that import nothing but each other', () => {
    // Booleans, not toMatch: a failure would print the 3 MB bundle.
    expect(/[^\x00-\x7f]/.test(code)).toBe(false);
    // Nothing left for the browser to resolve: Node's modules, the library's packages.
    expect(/(\bfrom|\bimport\s*\(?)\s*"(node:|just-bash|turndown|fflate|next\/)/.test(code)).toBe(false);
    // The shell library's turndown import got the stand-in, not the package.
    expect(code).toContain('html-to-markdown is not on this node');
    // The module syntax the minifier writes: import{…}from"…", export{…}from"…", import("…").
    // (The pattern also meets strings such as "import",usage:…; only specifier-shaped ones count.)
    const imported = [...code.matchAll(/(?:\}from|\bimport\(?)"([^"]+)"/g)].map((m) => m[1] ?? '').filter((path) => /^(?:\.{1,2}\/|[a-z@])[\w@./:-]*$/.test(path));
    expect(imported.length).toBeGreaterThan(5);
    expect(imported.filter((path) => !/^\.\.?\/(node-worker-chunks\/)?[\w-]+\.js$/.test(path))).toEqual([]);
  });

  it('starts from an entry of imports only, the worker code last, so the browser fetches them side by side', () => {
    const entry = files.get(ENTRY_FILE) ?? '';
    const order = [...entry.matchAll(/import"\.\/([^"]+)";/g)].map((m) => m[1] ?? '');
    // …then names every other chunk, for the worker to load after the first prompt.
    const later = chunksLoadedLater();
    expect(entry).toBe(`${order.map((path) => `import"./${path}";`).join('')}globalThis.${LATER_GLOBAL}=${JSON.stringify(later)};`);
    const all = [...files.keys()].filter((path) => path.startsWith(`${CHUNK_DIR}/`));
    expect([...order, ...later.map((file) => `${CHUNK_DIR}/${file}`)].sort()).toEqual(all.sort());
    expect(order.at(-1)).toMatch(/^node-worker-chunks\/main-\w+\.js$/);
    // Every chunk the worker code imports statically is in the list, before it.
    const main = files.get(order.at(-1) ?? '') ?? '';
    const staticImports = [...main.matchAll(/\}from"\.\/([^"]+)"|\bimport"\.\/([^"]+)"/g)].map((m) => `node-worker-chunks/${m[1] ?? m[2]}`);
    expect(staticImports.length).toBeGreaterThan(0);
    for (const path of staticImports) expect(order.indexOf(path)).toBeGreaterThanOrEqual(0);
  });

  it('keeps each tool client out of the start: five chunks imported only when asked', () => {
    const entry = files.get(ENTRY_FILE) ?? '';
    const atStart = [...entry.matchAll(/import"\.\/([^"]+)";/g)].map((m) => m[1] ?? '');
    const main = files.get(atStart.at(-1) ?? '') ?? '';
    const tools = ['buildctl', 'crictl', 'ctr', 'docker', 'nerdctl'];
    const lazy = [...main.matchAll(/\bimport\("\.\/([a-z]+)-[\w]+\.js"\)/g)].map((m) => m[1] ?? '').filter((name) => tools.includes(name));
    expect(lazy.sort()).toEqual(tools);
    // A string only docker's client prints, found in its chunk and in nothing loaded at start.
    const dockerHelp = 'A self-sufficient runtime for containers';
    expect(atStart.some((path) => (files.get(path) ?? '').includes(dockerHelp))).toBe(false);
    expect([...files].some(([path, text]) => path.startsWith(`${CHUNK_DIR}/docker-`) && text.includes(dockerHelp))).toBe(true);
  });

  it("keeps the daemons' code out of the start: loaded before the first line runs (node-plugins.ts)", () => {
    const entry = files.get(ENTRY_FILE) ?? '';
    const atStart = [...entry.matchAll(/import"\.\/([^"]+)";/g)].map((m) => m[1] ?? '');
    // Strings of the kubelet's journal, buildkit's solver, dockerd's checks and the yaml parser (the CRI's).
    const markers = ['Starting kubelet main sync loop', 'moby.buildkit.buildinfo.v1', 'maximum retry count cannot be negative', 'Implicit keys need to be on a single line'];
    for (const marker of markers) {
      expect(atStart.some((path) => (files.get(path) ?? '').includes(marker))).toBe(false);
      expect(chunksLoadedLater().some((file) => (files.get(`${CHUNK_DIR}/${file}`) ?? '').includes(marker))).toBe(true);
    }
  });

  it("keeps the shell library's commands out of the start, and its commands that need Node out altogether", () => {
    const entry = files.get(ENTRY_FILE) ?? '';
    const atStart = [...entry.matchAll(/import"\.\/([^"]+)";/g)].map((m) => m[1] ?? '');
    // awk's and jq's usage lines, in their code only (just-bash 3.4.2): in chunks of their own.
    for (const only of ["awk [OPTIONS] 'PROGRAM'", 'jq [OPTIONS] ']) {
      expect(atStart.some((path) => (files.get(path) ?? '').includes(only))).toBe(false);
      expect(chunksLoadedLater().some((file) => (files.get(`${CHUNK_DIR}/${file}`) ?? '').includes(only))).toBe(true);
    }
    // The library's browser build leaves out python3, sqlite3, js-exec and tar; so does this one.
    expect(chunksLoadedLater().filter((file) => /^(python3|sqlite3|js-exec|tar)-/.test(file))).toEqual([]);
  });

  it('starts as a worker does and runs lines, gzip included', () => {
    const run = spawnSync(process.execPath, [join(dir, 'harness.mjs'), JSON.stringify(['echo hello | gzip | gunzip', 'echo hi | base64', 'ctr --version', 'docker --version', "echo a b | awk '{print $2}'", 'echo abc | sed s/b/x/', 'file /etc/os-release', 'systemctl start kubelet; systemctl is-active kubelet'])], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.stderr).toBe('');
    const sent = JSON.parse(run.stdout) as Array<{ t: string; stdout?: string; prompt?: string }>;
    expect(sent[0]?.t).toBe('ready');
    expect(sent.find((m) => m.t === 'created')?.prompt).toBe('root@node1:~# ');
    expect(sent.filter((m) => m.t === 'done').map((m) => m.stdout)).toEqual(['hello\n', 'aGkK\n', 'ctr github.com/containerd/containerd 1.6.20~ds1\n', 'Docker version 20.10.24+dfsg1, build 297e128\n', 'b\n', 'axc\n', '/etc/os-release: ASCII text\n', 'active\n']);
  }, 180_000);
});
