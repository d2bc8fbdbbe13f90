// Builds the node's worker (node.worker.ts and the whole simulator) as one ES module with
// esbuild, outside the app's bundler. app/node-worker.js/route.ts serves it at /node-worker.js
// (early-worker.ts): written into the static export at build time, rebuilt on each request by
// `next dev`. One minified module worker is the cheapest start the browser can make: no
// bundler runtime, no importScripts, one scope (issue 13's first prompt). Node only (the build,
// the dev server); the page never imports it.

import { resolve } from 'node:path';
import { type BuildContext, type Plugin, context } from 'esbuild';

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

let building: Promise<BuildContext> | undefined;

function builder(): Promise<BuildContext> {
  building ??= context({
    absWorkingDir: ROOT,
    entryPoints: ['components/session/node.worker.ts'],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    outfile: 'node-worker.js',
    logLevel: 'silent',
    plugins: [shims],
    inject: [resolve(ROOT, 'components/session/worker-shims/buffer.ts')],
    // The polyfill is compiled by ncc, whose loader reads __dirname (for files it never loads here).
    define: { 'process.env.NODE_ENV': '"production"', __dirname: '"/"' },
  });
  return building;
}

/** The worker's source; each call rebuilds (incrementally), so `next dev` serves the current code. */
export async function buildNodeWorker(): Promise<string> {
  const result = await (await builder()).rebuild();
  const file = result.outputFiles?.[0];
  if (!file) throw new Error('node-worker: esbuild produced no output');
  return asciiOnly(file.text);
}
