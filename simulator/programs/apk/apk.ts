// apk (apk-tools 2.14, alpine 3.21) as a simulated package step: `apk add`, `apk update`,
// `apk del`, `apk info`, `apk --version`. It prints what the real tool prints (fetch lines
// for each repository's APKINDEX, `(i/n) Installing name (version)`, the scripts and
// triggers it runs, `OK: N MiB in M packages`) and changes the container's files: the
// packages' files, /lib/apk/db/installed, /etc/apk/world and the index cache in
// /var/cache/apk (left out with --no-cache). Only ctrlab's small index can be installed.

import { finished, stderr, stdout, type OutputChunk, type Program, type ProgramContext, type ProgramRun } from '../program';
import { APK_INDEX, APK_LINKS } from './apk-index';
import { INSTALLED_DB, installedEntry, readInstalled, readRepositories, readText, readWorld, writeText, writeWorld, type Installed } from './apk-db';

const BUSYBOX_TRIGGER_DIRS = ['/bin/', '/sbin/', '/usr/bin/', '/usr/sbin/'];
const INDEX_CACHE_DIR = '/var/cache/apk';

interface Options {
  noCache: boolean;
  update: boolean;
  quiet: boolean;
  virtual?: string;
  names: string[];
}

function parseOptions(args: readonly string[]): Options | string {
  const o: Options = { noCache: false, update: false, quiet: false, names: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--no-cache') o.noCache = true;
    else if (a === '-U' || a === '--update-cache' || a === '--update') o.update = true;
    else if (a === '-q' || a === '--quiet') o.quiet = true;
    else if (a === '--no-progress' || a === '-v' || a === '--verbose' || a === '--no-interactive') continue;
    else if (a === '-t' || a === '--virtual') o.virtual = args[++i];
    else if (a.startsWith('--virtual=')) o.virtual = a.slice('--virtual='.length);
    else if (a.startsWith('-')) return a;
    else o.names.push(a.replace(/[<>=~].*$/, ''));
  }
  return o;
}

/** `fetch <repo>/x86_64/APKINDEX.tar.gz` for each repository, and the cached index files. */
function fetchIndexes(ctx: ProgramContext, o: Options, out: OutputChunk[]): void {
  const repos = readRepositories(ctx);
  const cached = (ctx.fs.list(INDEX_CACHE_DIR) ?? []).some((n) => n.startsWith('APKINDEX.'));
  if (cached && !o.update && !o.noCache) return;
  repos.forEach((repo, i) => {
    if (!o.quiet) out.push(stdout(`fetch ${repo}/x86_64/APKINDEX.tar.gz\n`));
    if (!o.noCache) writeText(ctx, `${INDEX_CACHE_DIR}/APKINDEX.${(0x5a1e3a0b + i * 0x1f3d).toString(16)}.tar.gz`, '');
  });
}

/** apk's closing line: installed bytes in whole MiB (commit.c, `OK: %zu MiB in %d packages`). */
function okLine(installed: readonly Installed[]): string {
  const bytes = installed.reduce((n, p) => n + p.installedSize, 0);
  return `OK: ${Math.floor(bytes / (1024 * 1024))} MiB in ${installed.length} packages\n`;
}

/** Packages to install for `names`, dependencies first, each once. */
function plan(names: readonly string[], installed: ReadonlySet<string>): string[] {
  const order: string[] = [];
  const visit = (name: string): void => {
    if (installed.has(name) || order.includes(name)) return;
    const entry = APK_INDEX[name];
    if (!entry) return;
    for (const dep of entry.depends) visit(dep);
    order.push(name);
  };
  for (const n of names) visit(n);
  return order;
}

function stamp(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}.${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
}

function add(ctx: ProgramContext, o: Options): ProgramRun {
  const out: OutputChunk[] = [];
  if (o.names.length === 0) return finished([stderr('ERROR: Not enough arguments\n')], 1);
  fetchIndexes(ctx, o, out);
  let installed = readInstalled(ctx);
  const have = new Set(installed.map((p) => p.name));
  const unknown = o.names.filter((n) => !APK_INDEX[n] && !have.has(n));
  if (unknown.length > 0) {
    const lines = unknown.map((n) => `  ${n} (no such package):\n    required by: world[${n}]\n`).join('');
    out.push(stderr(`ERROR: unable to select packages:\n${lines}`));
    return finished(out, 1);
  }
  const todo = plan(o.names, have);
  const total = todo.length + (o.virtual ? 1 : 0);
  let db = readText(ctx, INSTALLED_DB) ?? '';
  const builtAt = Math.floor(Date.UTC(2025, 1, 14) / 1000);
  const scripts: string[] = [];
  let busyboxTrigger = false;
  todo.forEach((name, i) => {
    const p = APK_INDEX[name];
    if (!p) return;
    if (!o.quiet) out.push(stdout(`(${i + 1}/${total}) Installing ${name} (${p.version})\n`));
    for (const [path, content] of Object.entries(p.files)) {
      if (typeof content === 'number') ctx.fs.write?.(path, { kind: 'file', content: `\x7fELF ${path}\n`, mode: 0o755, size: content, mtime: Math.floor(ctx.nowMs / 1000) }, ctx.nowMs);
      else writeText(ctx, path, content);
      if (BUSYBOX_TRIGGER_DIRS.some((d) => path.startsWith(d))) busyboxTrigger = true;
    }
    for (const [path, target] of Object.entries(APK_LINKS[name] ?? {})) ctx.fs.write?.(path, { kind: 'symlink', content: target, mode: 0o777 }, ctx.nowMs);
    if (p.postInstall) scripts.push(`Executing ${name}-${p.version}.post-install\n`);
    db += installedEntry(name, p, builtAt);
    installed = [...installed, { name, version: p.version, installedSize: p.installedSize }];
  });
  if (o.virtual) {
    const version = stamp(ctx.nowMs);
    if (!o.quiet) out.push(stdout(`(${total}/${total}) Installing ${o.virtual} (${version})\n`));
    db += `P:${o.virtual}\nV:${version}\nA:noarch\nS:0\nI:0\nT:virtual meta package\nD:${o.names.join(' ')}\n\n`;
    installed = [...installed, { name: o.virtual, version, installedSize: 0 }];
  }
  if (todo.length > 0 || o.virtual) writeText(ctx, INSTALLED_DB, db);
  writeWorld(ctx, [...readWorld(ctx), ...(o.virtual ? [o.virtual] : o.names)]);
  if (!o.quiet) {
    for (const s of scripts) out.push(stdout(s));
    const busybox = installed.find((p) => p.name === 'busybox');
    if (busyboxTrigger && busybox) out.push(stdout(`Executing busybox-${busybox.version}.trigger\n`));
    for (const name of todo) {
      const p = APK_INDEX[name];
      if (p?.trigger) out.push(stdout(`Executing ${name}-${p.version}.trigger\n`));
    }
    out.push(stdout(okLine(installed)));
  }
  return finished(out);
}

function update(ctx: ProgramContext, o: Options): ProgramRun {
  const out: OutputChunk[] = [];
  fetchIndexes(ctx, { ...o, update: true }, out);
  const repos = readRepositories(ctx);
  const release = readText(ctx, '/etc/alpine-release')?.trim() ?? '3.21.3';
  repos.forEach((repo, i) => out.push(stdout(`v${release}-${48 - i}-g${i === 0 ? '6a7ec1b5a6d' : '9ae3f5c2a9e'} [${repo}]\n`)));
  out.push(stdout(`OK: ${repos.length > 1 ? 25397 : 5652} distinct packages available\n`));
  return finished(out);
}

function del(ctx: ProgramContext, o: Options): ProgramRun {
  const out: OutputChunk[] = [];
  const installed = readInstalled(ctx);
  const world = readWorld(ctx);
  const missing = o.names.filter((n) => !world.includes(n));
  for (const n of missing) out.push(stderr(`WARNING: opening ${n}: No such file or directory\n`));
  const removing = o.names.filter((n) => world.includes(n));
  if (removing.length === 0) {
    out.push(stdout(okLine(installed)));
    return finished(out);
  }
  // What stays wanted: the rest of the world and everything it depends on.
  const keptWorld = world.filter((n) => !removing.includes(n));
  const keep = new Set<string>(keptWorld);
  const stack = [...keptWorld];
  const dbText = readText(ctx, INSTALLED_DB) ?? '';
  const entries = dbText.split('\n\n');
  // so:…, cmd:… and paths are satisfied by whichever package provides them (its p: line).
  const providers = new Map<string, string>();
  for (const e of entries) {
    const name = /^P:(.*)$/m.exec(e)?.[1] ?? '';
    for (const token of (/^p:(.*)$/m.exec(e)?.[1] ?? '').split(' ').filter(Boolean)) providers.set(token.replace(/=.*$/, ''), name);
  }
  const deps = (name: string): string[] => {
    const entry = entries.find((e) => e.startsWith(`P:${name}\n`));
    return (/^D:(.*)$/m.exec(entry ?? '')?.[1] ?? '')
      .split(' ')
      .filter(Boolean)
      .map((d) => d.replace(/[<>=~].*$/, ''))
      .map((d) => providers.get(d) ?? d);
  };
  while (stack.length > 0) {
    const n = stack.pop() ?? '';
    for (const d of deps(n)) {
      if (keep.has(d)) continue;
      keep.add(d);
      stack.push(d);
    }
  }
  // install_if packages stay while everything they were installed for stays.
  for (const e of entries) {
    const name = /^P:(.*)$/m.exec(e)?.[1] ?? '';
    const when = (/^i:(.*)$/m.exec(e)?.[1] ?? '').split(' ').filter(Boolean).map((d) => d.replace(/[<>=~].*$/, ''));
    if (when.length > 0 && when.every((d) => keep.has(d))) keep.add(name);
  }
  const purge = installed.filter((p) => !keep.has(p.name)).reverse();
  purge.forEach((p, i) => {
    out.push(stdout(`(${i + 1}/${purge.length}) Purging ${p.name} (${p.version})\n`));
    for (const path of Object.keys(APK_INDEX[p.name]?.files ?? {})) ctx.fs.remove?.(path, ctx.nowMs);
  });
  const gone = new Set(purge.map((p) => p.name));
  writeText(ctx, INSTALLED_DB, dbText.split('\n\n').filter((e) => e !== '' && !gone.has(/^P:(.*)$/m.exec(e)?.[1] ?? '')).map((e) => `${e}\n\n`).join(''));
  writeWorld(ctx, keptWorld);
  const left = installed.filter((p) => !gone.has(p.name));
  const busybox = left.find((p) => p.name === 'busybox');
  if (busybox && purge.some((p) => Object.keys(APK_INDEX[p.name]?.files ?? {}).some((f) => BUSYBOX_TRIGGER_DIRS.some((d) => f.startsWith(d))))) {
    out.push(stdout(`Executing busybox-${busybox.version}.trigger\n`));
  }
  out.push(stdout(okLine(left)));
  return finished(out);
}

const USAGE = 'apk-tools 2.14.6, compiled for x86_64.\n\nusage: apk [<OPTIONS>...] COMMAND [<ARGUMENTS>...]\n';

export const apkProgram: Program = {
  name: 'apk',
  run(ctx) {
    const args = ctx.argv.slice(1);
    const command = args.find((a) => !a.startsWith('-'));
    if (args.includes('--version') || args.includes('-V')) return finished([stdout('apk-tools 2.14.6, compiled for x86_64.\n')]);
    if (!command) return finished([stdout(USAGE)], 1);
    const rest = args.filter((a, i) => i !== args.indexOf(command));
    const o = parseOptions(rest);
    if (typeof o === 'string') return finished([stderr(`apk: option ${o} is not simulated here (ctrlab simulates --no-cache, -U, -q, --virtual)\n`)], 1);
    switch (command) {
      case 'add':
        return add(ctx, o);
      case 'update':
        return update(ctx, o);
      case 'del':
        return del(ctx, o);
      case 'info':
        return finished([stdout(readInstalled(ctx).map((p) => `${p.name}\n`).join(''))]);
      default:
        return finished([stderr(`apk ${command}: not simulated here (ctrlab simulates apk add, del, update and info)\n`)], 1);
    }
  },
};
