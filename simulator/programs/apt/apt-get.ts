// apt-get (apt 2.6.1, Debian bookworm) as a simulated package step: `update` fetches the lists
// of the image's own sources, `install [-y] [--no-install-recommends] PKG…` resolves ctrlab's
// small index and prints apt's and dpkg's real sequence (Reading package lists…, the NEW
// packages, Get: lines, Selecting/Preparing/Unpacking, Setting up, triggers), writing the
// packages' files and dpkg's records into the container. Without lists it fails as the real
// one does in a fresh image: `E: Unable to locate package curl`, exit 100. `apt` is the same
// program, with its warning about scripts on a pipe.

import { finished, stderr, stdout, type OutputChunk, type Program, type ProgramContext, type ProgramRun } from '../program';
import { archiveName, archQualified, showList, sizeToStr } from './apt-format';
import { DEB_INDEX, DEB_LINKS } from './apt-index';
import { databaseCount, hasLists, listFileName, readSources, readStatus, recordInstalled, writeLists } from './apt-state';

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
function resolve(names: readonly string[], installed: ReadonlyMap<string, string>, recommends: boolean): string[] {
  const order: string[] = [];
  const visit = (name: string): void => {
    if (installed.has(name) || order.includes(name)) return;
    const p = DEB_INDEX[name];
    if (!p) return;
    for (const d of p.depends) visit(d);
    order.push(name);
    if (recommends) for (const r of p.recommends ?? []) visit(r);
  };
  for (const n of names) visit(n);
  return order;
}

function install(ctx: ProgramContext, o: Options): ProgramRun {
  const out: OutputChunk[] = [];
  const say = (text: string): void => void out.push(stdout(text));
  say(readingLines(ctx.terminal, true));
  const installed = readStatus(ctx);
  const missing = hasLists(ctx) ? o.names.filter((n) => !DEB_INDEX[n] && !installed.has(n)) : o.names.filter((n) => !installed.has(n));
  if (missing.length > 0) {
    out.push(stderr(`E: Unable to locate package ${missing[0]}\n`));
    return finished(out, APT_ERROR);
  }
  for (const n of o.names) if (installed.has(n)) say(`${n} is already the newest version (${installed.get(n)}).\n`);
  const todo = resolve(o.names, installed, o.recommends);
  const extra = todo.filter((n) => !o.names.includes(n)).sort();
  if (extra.length > 0) say(showList('The following additional packages will be installed:', extra));
  if (!o.recommends) {
    const skipped = [...new Set(o.names.flatMap((n) => DEB_INDEX[n]?.recommends ?? []))].filter((r) => !installed.has(r) && !todo.includes(r)).sort();
    if (skipped.length > 0) say(showList('Recommended packages:', skipped));
  }
  if (todo.length > 0) say(showList('The following NEW packages will be installed:', [...todo].sort()));
  say(`0 upgraded, ${todo.length} newly installed, 0 to remove and 0 not upgraded.\n`);
  if (todo.length === 0) return finished(out);
  const download = todo.reduce((n, name) => n + (DEB_INDEX[name]?.size ?? 0), 0);
  const disk = todo.reduce((n, name) => n + (DEB_INDEX[name]?.installedKib ?? 0), 0) * 1024;
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
    const p = DEB_INDEX[name];
    if (p) say(`Get:${i + 1} ${mirror} amd64 ${name} ${name === 'ca-certificates' ? 'all' : 'amd64'} ${p.version} [${sizeToStr(p.size)}B]\n`);
  });
  if (todo.some((n) => DEB_INDEX[n]?.debconf)) out.push(stderr('debconf: delaying package configuration, since apt-utils is not installed\n'));
  say(`Fetched ${sizeToStr(download)}B in 1s (${sizeToStr(download)}B/s)\n`);
  const width = unpackOrder.length > 10 ? 2 : 1;
  const before = databaseCount(ctx);
  unpackOrder.forEach((name, i) => {
    const p = DEB_INDEX[name];
    if (!p) return;
    say(`Selecting previously unselected package ${archQualified(name)}.\n`);
    if (i === 0) say(`(Reading database ... ${before} files and directories currently installed.)\n`);
    say(`Preparing to unpack .../${unpackOrder.length > 1 ? archiveName(i, width, name, p.version) : archiveName(0, 0, name, p.version).replace(/^0-/, '')} ...\n`);
    say(`Unpacking ${archQualified(name)} (${p.version}) ...\n`);
    for (const [path, content] of Object.entries(p.files)) {
      if (typeof content === 'number') ctx.fs.write?.(path, { kind: 'file', content: `\x7fELF ${path}\n`, mode: 0o755, size: content, mtime: Math.floor(ctx.nowMs / 1000) }, ctx.nowMs);
      else ctx.fs.write?.(path, { kind: 'file', content, mode: 0o644, size: content.length, mtime: Math.floor(ctx.nowMs / 1000) }, ctx.nowMs);
    }
  });
  for (const name of todo) {
    const p = DEB_INDEX[name];
    if (!p) continue;
    for (const [path, target] of Object.entries(DEB_LINKS[name] ?? {})) ctx.fs.write?.(path, { kind: 'symlink', content: target, mode: 0o777 }, ctx.nowMs);
    recordInstalled(ctx, name, p);
    say(`Setting up ${archQualified(name)} (${p.version}) ...\n${p.postinst ?? ''}`);
  }
  const libc = readStatus(ctx).get('libc-bin');
  if (libc && todo.some((n) => n.startsWith('lib'))) say(`Processing triggers for libc-bin (${libc}) ...\n`);
  if (todo.includes('ca-certificates')) say('Processing triggers for ca-certificates (20230311) ...\nUpdating certificates in /etc/ssl/certs...\n0 added, 0 removed; done.\nRunning hooks in /etc/ca-certificates/update.d...\ndone.\n');
  return { ...finished(out), exit: { afterMs: 2_000, code: 0 } };
}

function run(ctx: ProgramContext, apt: boolean): ProgramRun {
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
      return withWarning(install(ctx, o));
    case 'upgrade':
    case 'dist-upgrade':
      return withWarning(finished([stdout(`${readingLines(ctx.terminal, true)}Calculating upgrade...${ctx.terminal ? ' Done' : ''}\n0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n`)]));
    case 'clean':
    case 'autoclean':
      return finished([]);
    default:
      return finished([stderr(`E: ${apt ? 'apt' : 'apt-get'} ${command} is not simulated here (ctrlab simulates update, install, upgrade and clean)\n`)], APT_ERROR);
  }
}

export const aptGetProgram: Program = { name: 'apt-get', run: (ctx) => run(ctx, false) };

export const aptProgram: Program = { name: 'apt', run: (ctx) => run(ctx, true) };
