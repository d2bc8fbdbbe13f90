// apt-get (apt 2.6.1, Debian bookworm) as a simulated package step: `update` fetches the lists
// of the image's own sources, `install [-y] [--no-install-recommends] PKG…` resolves ctrlab's
// small index and prints apt's and dpkg's real sequence (Reading package lists…, the NEW
// packages, Get: lines, Selecting/Preparing/Unpacking, Setting up, triggers), writing the
// packages' files and dpkg's records into the container. Without lists it fails as the real
// one does in a fresh image: `E: Unable to locate package curl`, exit 100. `apt` is the same
// program, with its warning about scripts on a pipe. It asks before installing more than was
// named (apt-ask.ts), marks what came only as a dependency (apt-marks.ts), and with -s prints
// what it would do (apt-order.ts) and changes nothing. remove, purge and autoremove: apt-remove.ts.

import { finished, stderr, stdout, type OutputChunk, type Program, type ProgramContext, type ProgramRun } from '../program';
import { binaryStandIn } from '../../host/releases/apparent-size';
import { answeredFromStdin, ask, type AptRun } from './apt-ask';
import { APT_ERROR, archiveName, archQualified, debArch, readingLines, showList, sizeToStr } from './apt-format';
import { DEB_INDEX, DEB_LINKS, type AptIndex, type DebEntry } from './apt-index';
import { orphans, readAuto, writeAuto } from './apt-marks';
import { installOrder, simulatedInstall } from './apt-order';
import { autoremove, remove, unneededNotice } from './apt-remove';
import { databaseCount, hasLists, listFileName, readRelations, readSources, readStatus, recordInstalled, writeLists } from './apt-state';

/** ctrlab's Debian images' index (apt-index.ts). */
const IMAGE_INDEX: AptIndex = { packages: DEB_INDEX, links: DEB_LINKS };

interface Options {
  yes: boolean;
  recommends: boolean;
  quiet: boolean;
  /** -s and its synonyms: say what would happen, change nothing. */
  simulate: boolean;
  /** --purge: remove and autoremove purge. */
  purge: boolean;
  names: string[];
}

const SIMULATE = ['-s', '--simulate', '--just-print', '--dry-run', '--recon', '--no-act'];

function parse(args: readonly string[]): Options | string {
  const o: Options = { yes: false, recommends: true, quiet: false, simulate: false, purge: false, names: [] };
  for (const a of args) {
    // -qq implies -y (apt-get(8)).
    if (a === '-y' || a === '--yes' || a === '--assume-yes' || a === '-qy' || a === '-yq' || a === '-qq') o.yes = true;
    if (a === '-q' || a === '-qq' || a === '-qy' || a === '-yq' || a === '--quiet') o.quiet = true;
    if (SIMULATE.includes(a)) o.simulate = true;
    if (a === '--purge') o.purge = true;
    if (a === '--no-install-recommends') o.recommends = false;
    else if (a === '--no-install-suggests' || a === '--fix-missing' || a === '--allow-downgrades' || a === '--purge' || SIMULATE.includes(a)) continue;
    else if (/^-(y|q|qq|qy|yq)$/.test(a) || a === '--yes' || a === '--assume-yes' || a === '--quiet') continue;
    else if (a.startsWith('-')) return a;
    else o.names.push(a.replace(/=.*$/, ''));
  }
  return o;
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

function install(ctx: ProgramContext, o: Options, index: AptIndex): AptRun {
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
  // Naming a package installed as a dependency makes it a manual one.
  const auto = readAuto(ctx);
  const nowAuto = new Set([...auto].filter((n) => !o.names.includes(n)));
  for (const n of o.names) {
    if (!installed.has(n)) continue;
    say(`${n} is already the newest version (${installed.get(n)}).\n`);
    if (auto.has(n)) say(`${n} set to manually installed.\n`);
  }
  const todo = resolve(index, o.names, installed, o.recommends);
  const relationsOf = (n: string) => (packages[n] ? { depends: packages[n].depends.map((d) => [d]), recommends: (packages[n].recommends ?? []).map((r) => [r]) } : undefined);
  say(unneededNotice(orphans(readRelations(ctx), nowAuto, { wanted: o.names, relationsOf })));
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
  if (o.simulate) {
    say(simulatedInstall(packages, installOrder(packages, todo, o.names)));
    return finished(out);
  }
  if (nowAuto.size !== auto.size) writeAuto(ctx, nowAuto);
  if (todo.length === 0) return finished(out);
  const download = todo.reduce((n, name) => n + (packages[name]?.size ?? 0), 0);
  const disk = todo.reduce((n, name) => n + (packages[name]?.installedKib ?? 0), 0) * 1024;
  say(`Need to get ${sizeToStr(download)}B of archives.\nAfter this operation, ${sizeToStr(disk)}B of additional disk space will be used.\n`);
  // apt asks only when it does more than it was told (DoInstall: InstCount != what was named).
  const proceed = (c: ProgramContext): ProgramRun => unpackAll(c, index, todo, new Set([...nowAuto, ...extra]));
  if (extra.length > 0 && !o.yes) return ask(out, proceed);
  const rest = proceed(ctx);
  return { ...rest, out: [...out, ...rest.out] };
}

/** The download, dpkg's unpack and configure of `todo`, and apt's marks (`auto` after it). */
function unpackAll(ctx: ProgramContext, index: AptIndex, todo: readonly string[], auto: ReadonlySet<string>): ProgramRun {
  const packages = index.packages;
  const out: OutputChunk[] = [];
  const say = (text: string): void => void out.push(stdout(text));
  const download = todo.reduce((n, name) => n + (packages[name]?.size ?? 0), 0);
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
  writeAuto(ctx, auto);
  return { ...finished(out), exit: { afterMs: 2_000, code: 0 } };
}

function run(ctx: ProgramContext, apt: boolean, index: AptIndex): AptRun {
  const args = ctx.argv.slice(1);
  const command = args.find((a) => !a.startsWith('-'));
  const rest = args.filter((a, i) => i !== args.indexOf(command ?? ''));
  const warning: OutputChunk[] = apt && !ctx.terminal ? [stderr('\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\n')] : [];
  const withWarning = (r: AptRun): AptRun => ({ ...r, out: [...warning, ...r.out] });
  if (!command) return finished([stdout(`apt 2.6.1 (amd64)\nUsage: ${apt ? 'apt' : 'apt-get'} [options] command\n`)], 1);
  const o = parse(rest);
  if (typeof o === 'string') return finished([stderr(`E: Command line option '${o}' is not simulated here (ctrlab simulates -y, -q, -s, --purge, --no-install-recommends)\n`)], APT_ERROR);
  switch (command) {
    case 'update':
      return withWarning(update(ctx));
    case 'install':
      if (o.names.length === 0) return withWarning(finished([stdout(`${readingLines(ctx.terminal, true)}0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n`)]));
      return withWarning(install(ctx, o, index));
    case 'remove':
    case 'purge':
      return withWarning(remove(ctx, o, index, command === 'purge' || o.purge));
    case 'autoremove':
    case 'auto-remove':
    case 'autopurge':
      return withWarning(autoremove(ctx, o, index, command === 'autopurge' || o.purge));
    case 'upgrade':
    case 'dist-upgrade':
      return withWarning(finished([stdout(`${readingLines(ctx.terminal, true)}Calculating upgrade...${ctx.terminal ? ' Done' : ''}\n0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n`)]));
    case 'clean':
    case 'autoclean':
      return finished([]);
    default:
      return finished([stderr(`E: ${apt ? 'apt' : 'apt-get'} ${command} is not simulated here (ctrlab simulates update, install, remove, purge, autoremove, upgrade and clean)\n`)], APT_ERROR);
  }
}

/** apt-get and apt whose question is still to be answered (node1's terminal answers it: shell/commands/apt.ts). */
export function aptRunsFor(index: AptIndex): { aptGet: (ctx: ProgramContext) => AptRun; apt: (ctx: ProgramContext) => AptRun } {
  return { aptGet: (ctx) => run(ctx, false, index), apt: (ctx) => run(ctx, true, index) };
}

/** apt-get and apt over `index`, answered by stdin: the images' index by default. */
function aptGetFor(index: AptIndex = IMAGE_INDEX): { aptGet: Program; apt: Program } {
  const runs = aptRunsFor(index);
  return {
    aptGet: { name: 'apt-get', run: (ctx) => answeredFromStdin(runs.aptGet(ctx), ctx) },
    apt: { name: 'apt', run: (ctx) => answeredFromStdin(runs.apt(ctx), ctx) },
  };
}

const images = aptGetFor();

export const aptGetProgram: Program = images.aptGet;

export const aptProgram: Program = images.apt;
