// apt-get (apt 2.6.1, Debian bookworm) as a simulated package step: `update` fetches the lists
// of the image's own sources, `install [-y] [--no-install-recommends] PKG…` resolves ctrlab's
// small index and prints apt's and dpkg's real sequence (Reading package lists…, the NEW
// packages, Get: lines, Selecting/Preparing/Unpacking, Setting up, triggers), writing the
// packages' files and dpkg's records into the container. Without lists it fails as the real
// one does in a fresh image: `E: Unable to locate package curl`, exit 100. `apt` is the same
// program, with its warning about scripts on a pipe.

import { finished, stderr, stdout, type OutputChunk, type Program, type ProgramContext, type ProgramRun } from '../program';
import { binaryStandIn } from '../../host/releases/apparent-size';
import { archiveName, archQualified, debArch, showList, sizeToStr } from './apt-format';
import { DEB_INDEX, DEB_LINKS, type DebEntry } from './apt-index';
import { databaseCount, forgetInstalled, hasLists, listFileName, readSources, readStatus, recordInstalled, writeLists } from './apt-state';

/** The packages an apt can install (its lists) and the links their maintainer scripts make. */
export interface AptIndex {
  packages: Readonly<Record<string, DebEntry>>;
  links: Readonly<Record<string, Record<string, string>>>;
}

/** ctrlab's Debian images' index (apt-index.ts). */
const IMAGE_INDEX: AptIndex = { packages: DEB_INDEX, links: DEB_LINKS };

/** apt exits 100 on errors (apt-private/private-main.cc). */
const APT_ERROR = 100;

interface Options {
  yes: boolean;
  recommends: boolean;
  quiet: boolean;
  names: string[];
}

function parse(args: readonly string[]): Options | string {
  const o: Options = { yes: false, recommends: true, quiet: false, names: [] };
  for (const a of args) {
    if (a === '-y' || a === '--yes' || a === '--assume-yes' || a === '-qy' || a === '-yq') o.yes = true;
    if (a === '-q' || a === '-qq' || a === '-qy' || a === '-yq' || a === '--quiet') o.quiet = true;
    if (a === '--no-install-recommends') o.recommends = false;
    else if (a === '--no-install-suggests' || a === '--fix-missing' || a === '--allow-downgrades') continue;
    else if (/^-(y|q|qq|qy|yq)$/.test(a) || a === '--yes' || a === '--assume-yes' || a === '--quiet') continue;
    else if (a.startsWith('-')) return a;
    else o.names.push(a.replace(/=.*$/, ''));
  }
  return o;
}

function readingLines(tty: boolean, withState: boolean): string {
  const done = tty ? ' Done' : '';
  return `Reading package lists...${done}\n${withState ? `Building dependency tree...${done}\nReading state information...${done}\n` : ''}`;
}

function update(ctx: ProgramContext): ProgramRun {
  const sources = readSources(ctx);
  let n = 0;
  const lines: string[] = [];
  const files: string[] = [];
  let total = 0;
  for (const s of sources) {
    for (const suite of s.suites) {
      const size = suite.includes('-') ? 52_000 : 151_000;
      total += size;
      lines.push(`Get:${++n} ${s.uri} ${suite} InRelease [${sizeToStr(size)}B]`);
      files.push(listFileName(s.uri, `dists/${suite}/InRelease`));
    }
  }
  for (const s of sources) {
    for (const suite of s.suites) {
      for (const c of s.components) {
        const size = suite.endsWith('-updates') ? 13_500 : suite.endsWith('-security') ? 246_000 : 8_792_000;
        total += size;
        lines.push(`Get:${++n} ${s.uri} ${suite}/${c} amd64 Packages [${sizeToStr(size)}B]`);
        files.push(listFileName(s.uri, `dists/${suite}/${c}/binary-amd64/Packages.lz4`));
      }
    }
  }
  writeLists(ctx, files);
  const out = `${lines.join('\n')}\nFetched ${sizeToStr(total)}B in 1s (${sizeToStr(total)}B/s)\n${readingLines(ctx.terminal, false)}`;
  return { ...finished([stdout(out)]), exit: { afterMs: 1_000, code: 0 } };
}

/** Packages to install for `names`, dependencies first. */
function resolve(index: AptIndex, names: readonly string[], installed: ReadonlyMap<string, string>, recommends: boolean): string[] {
  const order: string[] = [];
  const visit = (name: string): void => {
    if (installed.has(name) || order.includes(name)) return;
    const p = index.packages[name];
    if (!p) return;
    for (const d of p.depends) visit(d);
    order.push(name);
    if (recommends) for (const r of p.recommends ?? []) visit(r);
  };
  for (const n of names) visit(n);
  return order;
}

/** dpkg's unpack of `p`: its files written into the root the program sees. */
function unpack(ctx: ProgramContext, p: DebEntry): void {
  const mtime = Math.floor(ctx.nowMs / 1000);
  for (const [path, content] of Object.entries(p.files)) {
    if (typeof content === 'number') ctx.fs.write?.(path, { kind: 'file', content: `\x7fELF ${path}\n`, mode: 0o755, size: content, mtime }, ctx.nowMs);
    else if (typeof content === 'string') ctx.fs.write?.(path, { kind: 'file', content, mode: 0o644, size: content.length, mtime }, ctx.nowMs);
    else ctx.fs.write?.(path, { kind: 'file', content: binaryStandIn(content.program, content.size), mode: 0o755, size: content.size, mtime }, ctx.nowMs);
  }
}

function install(ctx: ProgramContext, o: Options, index: AptIndex): ProgramRun {
  const packages = index.packages;
  const out: OutputChunk[] = [];
  const say = (text: string): void => void out.push(stdout(text));
  say(readingLines(ctx.terminal, true));
  const installed = readStatus(ctx);
  const missing = hasLists(ctx) ? o.names.filter((n) => !packages[n] && !installed.has(n)) : o.names.filter((n) => !installed.has(n));
  if (missing.length > 0) {
    out.push(stderr(`E: Unable to locate package ${missing[0]}\n`));
    return finished(out, APT_ERROR);
  }
  for (const n of o.names) if (installed.has(n)) say(`${n} is already the newest version (${installed.get(n)}).\n`);
  const todo = resolve(index, o.names, installed, o.recommends);
  const extra = todo.filter((n) => !o.names.includes(n)).sort();
  if (extra.length > 0) say(showList('The following additional packages will be installed:', extra));
  const suggested = [...new Set([...todo].sort().flatMap((n) => packages[n]?.suggests ?? []))].filter((n) => !installed.has(n) && !todo.includes(n));
  if (suggested.length > 0) say(showList('Suggested packages:', suggested));
  if (!o.recommends) {
    const skipped = [...new Set(todo.flatMap((n) => packages[n]?.recommends ?? []))].filter((r) => !installed.has(r) && !todo.includes(r)).sort();
    if (skipped.length > 0) say(showList('Recommended packages:', skipped));
  }
  if (todo.length > 0) say(showList('The following NEW packages will be installed:', [...todo].sort()));
  say(`0 upgraded, ${todo.length} newly installed, 0 to remove and 0 not upgraded.\n`);
  if (todo.length === 0) return finished(out);
  const download = todo.reduce((n, name) => n + (packages[name]?.size ?? 0), 0);
  const disk = todo.reduce((n, name) => n + (packages[name]?.installedKib ?? 0), 0) * 1024;
  say(`Need to get ${sizeToStr(download)}B of archives.\nAfter this operation, ${sizeToStr(disk)}B of additional disk space will be used.\n`);
  if (extra.length > 0 && !o.yes) {
    // apt asks; a shell without a terminal answering gives it EOF, and apt aborts.
    say('Do you want to continue? [Y/n] Abort.\n');
    return finished(out, 1);
  }
  const source = readSources(ctx)[0];
  const mirror = source ? `${source.uri} ${source.suites[0] ?? 'stable'}/main` : 'file:/ stable/main';
  const unpackOrder = [...todo].sort();
  unpackOrder.forEach((name, i) => {
    const p = packages[name];
    if (p) say(`Get:${i + 1} ${mirror} amd64 ${name} ${debArch(name, p)} ${p.version} [${sizeToStr(p.size)}B]\n`);
  });
  if (todo.some((n) => packages[n]?.debconf)) out.push(stderr('debconf: delaying package configuration, since apt-utils is not installed\n'));
  say(`Fetched ${sizeToStr(download)}B in 1s (${sizeToStr(download)}B/s)\n`);
  const width = unpackOrder.length > 10 ? 2 : 1;
  const before = databaseCount(ctx);
  unpackOrder.forEach((name, i) => {
    const p = packages[name];
    if (!p) return;
    say(`Selecting previously unselected package ${archQualified(name, p)}.\n`);
    if (i === 0) say(`(Reading database ... ${before} files and directories currently installed.)\n`);
    say(`Preparing to unpack .../${unpackOrder.length > 1 ? archiveName(i, width, name, p.version, p) : archiveName(0, 0, name, p.version, p).replace(/^0-/, '')} ...\n`);
    say(`Unpacking ${archQualified(name, p)} (${p.version}) ...\n`);
    unpack(ctx, p);
  });
  for (const name of todo) {
    const p = packages[name];
    if (!p) continue;
    for (const [path, target] of Object.entries(index.links[name] ?? {})) ctx.fs.write?.(path, { kind: 'symlink', content: target, mode: 0o777 }, ctx.nowMs);
    recordInstalled(ctx, name, p);
    say(`Setting up ${archQualified(name, p)} (${p.version}) ...\n${p.postinst ?? ''}`);
  }
  const libc = readStatus(ctx).get('libc-bin');
  const manDb = readStatus(ctx).get('man-db');
  if (manDb) say(`Processing triggers for man-db (${manDb}) ...\n`);
  if (libc && todo.some((n) => n.startsWith('lib'))) say(`Processing triggers for libc-bin (${libc}) ...\n`);
  if (todo.includes('ca-certificates')) say('Processing triggers for ca-certificates (20230311) ...\nUpdating certificates in /etc/ssl/certs...\n0 added, 0 removed; done.\nRunning hooks in /etc/ca-certificates/update.d...\ndone.\n');
  return { ...finished(out), exit: { afterMs: 2_000, code: 0 } };
}

/**
 * `remove` / `purge`: dpkg's removal of installed packages named (no dependants are modelled, so
 * nothing else goes with them); their files go, and purge forgets them wholly. Asks as install
 * does, so only -y goes ahead without a terminal answering.
 */
function remove(ctx: ProgramContext, o: Options, index: AptIndex, purge: boolean): ProgramRun {
  const out: OutputChunk[] = [];
  const say = (text: string): void => void out.push(stdout(text));
  say(readingLines(ctx.terminal, true));
  const installed = readStatus(ctx);
  const unknown = o.names.find((n) => !installed.has(n) && !index.packages[n]);
  if (unknown !== undefined) {
    out.push(stderr(`E: Unable to locate package ${unknown}\n`));
    return finished(out, APT_ERROR);
  }
  for (const n of o.names) if (!installed.has(n)) say(`Package '${n}' is not installed, so not removed\n`);
  const todo = o.names.filter((n) => installed.has(n));
  if (todo.length > 0) say(showList('The following packages will be REMOVED:', [...todo].sort().map((n) => (purge ? `${n}*` : n))));
  say(`0 upgraded, 0 newly installed, ${todo.length} to remove and 0 not upgraded.\n`);
  if (todo.length === 0) return finished(out);
  const freed = todo.reduce((n, name) => n + (index.packages[name]?.installedKib ?? 0), 0) * 1024;
  say(`After this operation, ${sizeToStr(freed)}B disk space will be freed.\n`);
  if (!o.yes) {
    say('Do you want to continue? [Y/n] Abort.\n');
    return finished(out, 1);
  }
  say(`(Reading database ... ${databaseCount(ctx)} files and directories currently installed.)\n`);
  for (const name of todo) {
    say(`Removing ${archQualified(name, index.packages[name])} (${installed.get(name)}) ...\n`);
    forgetInstalled(ctx, name, purge);
  }
  const manDb = readStatus(ctx).get('man-db');
  if (manDb) say(`Processing triggers for man-db (${manDb}) ...\n`);
  if (purge) {
    say(`(Reading database ... ${databaseCount(ctx)} files and directories currently installed.)\n`);
    for (const name of todo) say(`Purging configuration files for ${archQualified(name, index.packages[name])} (${installed.get(name)}) ...\n`);
  }
  return { ...finished(out), exit: { afterMs: 1_000, code: 0 } };
}

function run(ctx: ProgramContext, apt: boolean, index: AptIndex): ProgramRun {
  const args = ctx.argv.slice(1);
  const command = args.find((a) => !a.startsWith('-'));
  const rest = args.filter((a, i) => i !== args.indexOf(command ?? ''));
  const warning: OutputChunk[] = apt && !ctx.terminal ? [stderr('\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\n')] : [];
  const withWarning = (r: ProgramRun): ProgramRun => ({ ...r, out: [...warning, ...r.out] });
  if (!command) return finished([stdout(`apt 2.6.1 (amd64)\nUsage: ${apt ? 'apt' : 'apt-get'} [options] command\n`)], 1);
  const o = parse(rest);
  if (typeof o === 'string') return finished([stderr(`E: Command line option '${o}' is not simulated here (ctrlab simulates -y, -q, --no-install-recommends)\n`)], APT_ERROR);
  switch (command) {
    case 'update':
      return withWarning(update(ctx));
    case 'install':
      if (o.names.length === 0) return withWarning(finished([stdout(`${readingLines(ctx.terminal, true)}0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n`)]));
      return withWarning(install(ctx, o, index));
    case 'remove':
    case 'purge':
      return withWarning(remove(ctx, o, index, command === 'purge'));
    case 'upgrade':
    case 'dist-upgrade':
      return withWarning(finished([stdout(`${readingLines(ctx.terminal, true)}Calculating upgrade...${ctx.terminal ? ' Done' : ''}\n0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n`)]));
    case 'clean':
    case 'autoclean':
      return finished([]);
    default:
      return finished([stderr(`E: ${apt ? 'apt' : 'apt-get'} ${command} is not simulated here (ctrlab simulates update, install, remove, purge, upgrade and clean)\n`)], APT_ERROR);
  }
}

/** apt-get and apt over `index`: the images' by default, node1's own (apt-host-index.ts) on the host. */
export function aptGetFor(index: AptIndex = IMAGE_INDEX): { aptGet: Program; apt: Program } {
  return { aptGet: { name: 'apt-get', run: (ctx) => run(ctx, false, index) }, apt: { name: 'apt', run: (ctx) => run(ctx, true, index) } };
}

const images = aptGetFor();

export const aptGetProgram: Program = images.aptGet;

export const aptProgram: Program = images.apt;
