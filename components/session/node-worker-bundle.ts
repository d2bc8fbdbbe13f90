// Builds the node's worker (node.worker.ts and the whole simulator) as ES modules with esbuild,
// outside the app's bundler. app/node-worker.js/route.ts serves the entry at /node-worker.js
// (early-worker.ts) and app/node-worker-chunks/[file]/route.ts the chunks beside it: written
// into the static export at build time, rebuilt on each request by `next dev`. A minified
// module worker is the cheapest start the browser can make: no bundler runtime, no
// importScripts, one scope (issue 13's first prompt). The tools' clients (ctr, crictl, nerdctl,
// buildctl, docker: simulator/tools) are imported lazily, so esbuild splits each into a chunk
// the worker compiles after the first prompt rather than before it. Node only (the build, the
// dev server); the page never imports it.

import { resolve } from 'node:path';
import { type BuildContext, type Metafile, type Plugin, context } from 'esbuild';

const ROOT = process.cwd();

/**
 * Packages the browser gets in place of what the shell library imports: its browser entry
 * (with the exports the simulator needs), node:zlib over fflate, and no turndown (worker-shims/).
 */
const SHIMS: Readonly<Record<string, string>> = {
  'just-bash': 'components/session/just-bash-browser.ts',
  'node:zlib': 'components/session/worker-shims/node-zlib.ts',
  turndown: 'components/session/worker-shims/turndown.ts',
};

const shims: Plugin = {
  name: 'ctrlab-worker-shims',
  setup(build) {
    const names = Object.keys(SHIMS).map((name) => name.replace(/[.:]/g, '\\$&'));
    build.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, (args) => ({ path: resolve(ROOT, SHIMS[args.path] as string) }));
  },
};

/**
 * A script the browser keeps as one-byte text: a single non-ASCII character (µ, — in a regular
 * expression, which esbuild leaves as they are) makes the whole 3 MB source two bytes a
 * character to decode, hold and scan. Escapes stay valid where they can occur here: strings,
 * templates and regular expressions.
 */
function asciiOnly(code: string): string {
  return code.replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The entry's file name, as served (early-worker.ts NODE_WORKER_URL). */
export const ENTRY_FILE = 'node-worker.js';
/** The folder the chunks are served from, beside the entry (the entry imports `./<folder>/…`). */
export const CHUNK_DIR = 'node-worker-chunks';

/** The worker's own code (node.worker.ts and all it imports statically), a chunk like the rest. */
const MAIN = 'main';
const OUT = 'node-worker-out';

let building: Promise<BuildContext> | undefined;

function builder(): Promise<BuildContext> {
  building ??= context({
    absWorkingDir: ROOT,
    entryPoints: { [MAIN]: 'components/session/node.worker.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    outdir: OUT,
    entryNames: `${CHUNK_DIR}/[name]-[hash]`,
    metafile: true,
    chunkNames: `${CHUNK_DIR}/[name]-[hash]`,
    logLevel: 'silent',
    plugins: [shims],
    inject: [resolve(ROOT, 'components/session/worker-shims/buffer.ts')],
    // The polyfill is compiled by ncc, whose loader reads __dirname (for files it never loads here).
    define: { 'process.env.NODE_ENV': '"production"', __dirname: '"/"' },
  });
  return building;
}

/**
 * The modules `file` needs before it runs, each after its own (depth first, in import order:
 * the order an ES module graph is evaluated in), `file` last.
 */
function evaluationOrder(outputs: Metafile['outputs'], file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const before = (outputs[file]?.imports ?? []).filter((i) => i.kind === 'import-statement').flatMap((i) => evaluationOrder(outputs, i.path, seen));
  return [...before, file];
}

/**
 * The entry the browser starts: only imports, of every chunk the worker's code needs at start
 * and then of that code, in the order they are evaluated anyway. Parsed in a moment, it lets the
 * browser fetch and compile them side by side; the worker's code itself as the entry would be
 * compiled whole before its imports were even asked for (a waterfall of a second or more).
 */
function bootstrap(order: readonly string[]): string {
  return order.map((path) => `import"./${path}";`).join('');
}

/**
 * The worker's files by the path they are served at, relative to the site's root
 * (`node-worker.js`, `node-worker-chunks/….js`); each call rebuilds (incrementally), so
 * `next dev` serves the current code.
 */
export async function buildNodeWorker(): Promise<ReadonlyMap<string, string>> {
  const result = await (await builder()).rebuild();
  const prefix = `${OUT}/`;
  const served = (path: string) => (path.startsWith(prefix) ? path.slice(prefix.length) : path);
  const files = new Map<string, string>();
  for (const file of result.outputFiles ?? []) {
    const at = file.path.lastIndexOf(`/${prefix}`);
    if (at < 0) throw new Error(`node-worker: esbuild wrote ${file.path} outside its folder`);
    files.set(file.path.slice(at + prefix.length + 1), asciiOnly(file.text));
  }
  const outputs = result.metafile?.outputs ?? {};
  const main = Object.keys(outputs).find((path) => outputs[path]?.entryPoint === 'components/session/node.worker.ts');
  if (!main) throw new Error('node-worker: esbuild produced no entry');
  files.set(ENTRY_FILE, bootstrap(evaluationOrder(outputs, main).map(served)));
  return files;
}

/** The chunks' file names (without the folder), for the static export's list of routes. */
export async function nodeWorkerChunkNames(): Promise<string[]> {
  const prefix = `${CHUNK_DIR}/`;
  return [...(await buildNodeWorker()).keys()].filter((path) => path.startsWith(prefix)).map((path) => path.slice(prefix.length));
}
