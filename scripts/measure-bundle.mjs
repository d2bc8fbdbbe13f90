#!/usr/bin/env node
// Measures the JavaScript of the exported site (run after `npm run build`):
//   node scripts/measure-bundle.mjs [out] [page…]
// For each page: the scripts its HTML loads up front (what the note needs before the terminal),
// then the lazy chunks that only the terminal pulls in (xterm, the simulator and its shell).

import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = process.argv[2] ?? 'out';
const pages = process.argv.length > 3 ? process.argv.slice(3) : ['notes/ctr', 'playground', ''];

/** Strings that identify a lazy chunk's contents. */
const MARKERS = [
  ['xterm', 'xterm-helper-textarea'],
  ['simulator', 'io.containerd.runc.v2'],
  ['shell library (just-bash)', 'BASH_VERSION'],
];

async function walk(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)])),
  );
  return files.flat();
}

function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

async function sizeOf(file) {
  const data = await readFile(file);
  return { raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

function sum(sizes) {
  return sizes.reduce((total, size) => ({ raw: total.raw + size.raw, gzip: total.gzip + size.gzip }), {
    raw: 0,
    gzip: 0,
  });
}

const allJs = (await walk(join(root, '_next'))).filter((file) => file.endsWith('.js'));
const initialByPage = new Map();
/** Legacy polyfills behind <script noModule>: never loaded by a module-capable browser. */
const noModule = new Set();

for (const page of pages) {
  const html = await readFile(join(root, page, 'index.html'), 'utf8');
  for (const match of html.matchAll(/<script([^>]+)>/g)) {
    const src = /src="([^"]+\.js)"/.exec(match[1])?.[1];
    if (src && /\snoModule/i.test(match[1])) noModule.add(join(root, src));
  }
  // noModule scripts (legacy polyfills) are skipped by every browser that runs modules.
  const scripts = [...html.matchAll(/<script([^>]+)>/g)]
    .filter((match) => !/\snoModule/i.test(match[1]))
    .map((match) => /src="([^"]+\.js)"/.exec(match[1])?.[1])
    .filter((src) => src !== undefined);
  const css = [...html.matchAll(/<link[^>]+href="([^"]+\.css)"/g)].map((match) => match[1]);
  const jsSizes = await Promise.all(scripts.map((src) => sizeOf(join(root, src))));
  const cssSizes = await Promise.all(css.map((href) => sizeOf(join(root, href))));
  const js = sum(jsSizes);
  const styles = sum(cssSizes);
  initialByPage.set(page, new Set(scripts.map((src) => join(root, src))));
  console.log(`/${page}${page ? '/' : ''}`);
  console.log(`  JS loaded with the HTML: ${scripts.length} files, ${kib(js.raw)} raw, ${kib(js.gzip)} gzip`);
  console.log(`  CSS: ${css.length} files, ${kib(styles.raw)} raw, ${kib(styles.gzip)} gzip`);
  console.log(`  HTML: ${kib((await sizeOf(join(root, page, 'index.html'))).raw)}`);
}

const initialAnywhere = new Set([...initialByPage.values()].flatMap((set) => [...set]));
const lazy = allJs.filter((file) => !initialAnywhere.has(file) && !noModule.has(file));
console.log('\nLazy chunks (loaded when the terminal mounts):');
for (const file of lazy) {
  const text = await readFile(file, 'utf8');
  const labels = MARKERS.filter(([, marker]) => text.includes(marker)).map(([label]) => label);
  const size = await sizeOf(file);
  if (labels.length === 0 && size.raw < 10 * 1024) continue;
  const worker = file.includes(`${join('_next', 'static', 'media')}`);
  const what = labels.length ? labels.join(' + ') : worker ? 'worker script (fetched only if a command starts it)' : 'other';
  console.log(`  ${what}: ${kib(size.raw)} raw, ${kib(size.gzip)} gzip (${relative(root, file)})`);
}
const lazyTotal = sum(await Promise.all(lazy.map(sizeOf)));
console.log(`  all lazy JS: ${lazy.length} files, ${kib(lazyTotal.raw)} raw, ${kib(lazyTotal.gzip)} gzip`);
