// Builds the node's worker (node.worker.ts and the whole simulator) as ES modules with esbuild,
// outside the app's bundler. app/node-worker.js/route.ts serves the entry at /node-worker.js
// (early-worker.ts) and app/node-worker-chunks/[file]/route.ts the chunks beside it: written
// into the static export at build time, rebuilt on each request by `next dev`. A minified
// module worker is the cheapest start the browser can make: no bundler runtime, no
// importScripts, one scope (issue 13's first prompt). The tools' clients (ctr, crictl, nerdctl,
// buildctl, docker: simulator/tools) are imported lazily, so esbuild splits each into a chunk
// the worker compiles after the first prompt rather than before it; so are the shell library's
// commands (see SHELL_LIBRARY). Node only (the build, the dev server); the page never imports it.

import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { type BuildContext, type Metafile, type Plugin, context } from 'esbuild';
import { LATER_GLOBAL } from './prefetch-chunks';
import { COMMAND_GROUP, groupCommandLoaders } from './shell-command-group';

const ROOT = process.cwd();

/**
 * The shell library's Node build, not its browser entry: the same code vitest and the REPL run,
 * whose commands (echo, ls, grep, sed, awk, jq, …) are each a module imported at first use,
 * where the browser entry carries them all in one 1.24 MB file that the worker had to compile
 * before its first prompt (just-bash 3.4.2: dist/bundle/index.js and dist/bundle/chunks/). Its
 * `__BROWSER__` flag, which the library's own browser build sets, drops the commands that need
 * Node (tar, sqlite3, python3, js-exec) and the coverage hooks, as in that build.
 */
const SHELL_LIBRARY = 'node_modules/just-bash/dist/bundle/index.js';

/**
 * Modules the browser gets in place of what the shell library imports: node:zlib over fflate,
 * no turndown, and Node's built-ins it only uses in what the worker never runs (worker-shims/).
 */
const SHIMS: Readonly<Record<string, string>> = {
  'just-bash': SHELL_LIBRARY,
  'node:zlib': 'components/session/worker-shims/node-zlib.ts',
  turndown: 'components/session/worker-shims/turndown.ts',
  'node:module': 'components/session/worker-shims/node-module.ts',
  'node:async_hooks': 'components/session/worker-shims/node-async-hooks.ts',
  'node:dns': 'components/session/worker-shims/node-dns.ts',
  'node:fs': 'components/session/worker-shims/node-unavailable.ts',
  'node:fs/promises': 'components/session/worker-shims/node-unavailable.ts',
  'node:path': 'components/session/worker-shims/node-unavailable.ts',
  'node:crypto': 'components/session/worker-shims/node-unavailable.ts',
  'node:url': 'components/session/worker-shims/node-unavailable.ts',
  'node:worker_threads': 'components/session/worker-shims/node-unavailable.ts',
};

const shims: Plugin = {
  name: 'ctrlab-worker-shims',
  setup(build) {
    const names = Object.keys(SHIMS).map((name) => name.replace(/[.:/]/g, '\\$&'));
    build.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, (args) => ({ path: resolve(ROOT, SHIMS[args.path] as string) }));
  },
};

/** The shell library's commands as one lazy chunk, not ninety (shell-command-group.ts). */
const commandGroup: Plugin = {
  name: 'ctrlab-shell-command-group',
  setup(build) {
    const entry = resolve(ROOT, SHELL_LIBRARY);
    let group = '';
    build.onLoad({ filter: /just-bash[\\/]dist[\\/]bundle[\\/]index\.js$/ }, async (args) => {
      if (args.path !== entry) return undefined;
      const grouped = groupCommandLoaders(await readFile(entry, 'utf8'));
      group = grouped.group;
      return { contents: grouped.code, loader: 'js', resolveDir: dirname(entry) };
    });
    build.onResolve({ filter: new RegExp(`^${COMMAND_GROUP}$`) }, () => ({ path: 'shell-commands.js', namespace: 'ctrlab' }));
    build.onLoad({ filter: /.*/, namespace: 'ctrlab' }, () => ({ contents: group, loader: 'js', resolveDir: dirname(entry) }));
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
    plugins: [shims, commandGroup],
    inject: [resolve(ROOT, 'components/session/worker-shims/buffer.ts')],
    // The polyfill is compiled by ncc, whose loader reads __dirname (for files it never loads here).
    define: { 'process.env.NODE_ENV': '"production"', __dirname: '"/"', __BROWSER__: 'true' },
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
 * The entry the browser starts: imports of every chunk the worker's code needs at start and then
 * of that code, in the order they are evaluated anyway. Parsed in a moment, it lets the browser
 * fetch and compile them side by side; the worker's code itself as the entry would be compiled
 * whole before its imports were even asked for (a waterfall of a second or more). Its one
 * statement, run once they all are, names the chunks imported only when asked (the tools'
 * clients, the shell library's commands), for the worker to load after the first prompt.
 */
function bootstrap(order: readonly string[], later: readonly string[]): string {
  return `${order.map((path) => `import"./${path}";`).join('')}globalThis.${LATER_GLOBAL}=${JSON.stringify(later)};`;
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
  const atStart = evaluationOrder(outputs, main);
  const inFolder = (path: string) => served(path).slice(CHUNK_DIR.length + 1);
  const later = Object.keys(outputs)
    .filter((path) => !atStart.includes(path))
    .map(inFolder)
    .sort();
  files.set(ENTRY_FILE, bootstrap(atStart.map(served), later));
  return files;
}

/** The chunks' file names (without the folder), for the static export's list of routes. */
export async function nodeWorkerChunkNames(): Promise<string[]> {
  const prefix = `${CHUNK_DIR}/`;
  return [...(await buildNodeWorker()).keys()].filter((path) => path.startsWith(prefix)).map((path) => path.slice(prefix.length));
}
