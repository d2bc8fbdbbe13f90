// apt's and dpkg's files in the container: the sources apt reads its mirror from, the package
// lists `apt-get update` downloads (/var/lib/apt/lists), and dpkg's status database with one
// `<pkg>.list` per installed package (/var/lib/dpkg/info). All writes go through the
// container's filesystem, so they land in its own layer.

import { followLinks, type ContainerFile, type ProgramContext } from '../program';
import { archQualified, debArch } from './apt-format';
import type { DebEntry } from './apt-index';

const LISTS = '/var/lib/apt/lists';
const STATUS = '/var/lib/dpkg/status';

function readText(ctx: ProgramContext, path: string): string | undefined {
  const found = followLinks(ctx.fs, path);
  return found?.file.kind === 'file' ? (found.file.content ?? '') : undefined;
}

function writeText(ctx: ProgramContext, path: string, content: string): void {
  const file: ContainerFile = { kind: 'file', content, mode: 0o644, size: content.length, mtime: Math.floor(ctx.nowMs / 1000) };
  ctx.fs.write?.(path, file, ctx.nowMs);
}

/** One `Types: deb` stanza of a deb822 sources file: its first URI and its suites. */
export interface Source {
  uri: string;
  suites: string[];
  components: string[];
}

/** The image's sources (/etc/apt/sources.list.d/*.sources), as apt reads them. */
export function readSources(ctx: ProgramContext): Source[] {
  const dir = '/etc/apt/sources.list.d';
  const sources: Source[] = [];
  for (const name of ctx.fs.list(dir) ?? []) {
    if (!name.endsWith('.sources')) continue;
    for (const stanza of (readText(ctx, `${dir}/${name}`) ?? '').split(/\n\s*\n/)) {
      const field = (k: string): string[] => (new RegExp(`^${k}:\\s*(.*)$`, 'm').exec(stanza)?.[1] ?? '').split(/\s+/).filter(Boolean);
      const uri = field('URIs')[0];
      if (uri && field('Types').includes('deb')) sources.push({ uri: uri.replace(/\/$/, ''), suites: field('Suites'), components: field('Components') });
    }
  }
  return sources;
}

/** The list file name apt gives a URI path (`mirror.lan_debian_dists_bookworm_InRelease`). */
export function listFileName(uri: string, rest: string): string {
  return `${uri.replace(/^[a-z]+:\/\//, '')}/${rest}`.replace(/\//g, '_');
}

export function hasLists(ctx: ProgramContext): boolean {
  return (ctx.fs.list(LISTS) ?? []).some((n) => n.includes('_Packages'));
}

export function writeLists(ctx: ProgramContext, files: readonly string[]): void {
  for (const f of files) writeText(ctx, `${LISTS}/${f}`, '');
}

/** Packages in `status` (dpkg's status file's Status line ends so): name → version. */
function withStatus(ctx: ProgramContext, status: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const stanza of (readText(ctx, STATUS) ?? '').split('\n\n')) {
    const name = /^Package: (.*)$/m.exec(stanza)?.[1];
    const version = /^Version: (.*)$/m.exec(stanza)?.[1];
    if (name && version && new RegExp(`^Status: \\w+ ok ${status}$`, 'm').test(stanza)) found.set(name, version);
  }
  return found;
}

/** Installed packages: name → version, from dpkg's status file. */
export function readStatus(ctx: ProgramContext): Map<string, string> {
  return withStatus(ctx, 'installed');
}

/** Removed packages whose conffiles are left (`rc`): name → version. */
export function readConfigFiles(ctx: ProgramContext): Map<string, string> {
  return withStatus(ctx, 'config-files');
}

/** dpkg's status stanza for `name` installed at `p`'s version, with its closing blank line. */
export function statusStanza(name: string, p: DebEntry): string {
  const stanza = [
    `Package: ${name}`, 'Status: install ok installed', 'Priority: optional', `Section: ${p.section}`, `Installed-Size: ${p.installedKib}`,
    `Architecture: ${debArch(name, p)}`, `Version: ${p.version}`,
  ];
  if (p.depends.length) stanza.push(`Depends: ${p.depends.join(', ')}`);
  if (p.recommends?.length) stanza.push(`Recommends: ${p.recommends.join(', ')}`);
  // The index keeps an alternative's second half as its own `| name` item.
  if (p.suggests?.length) stanza.push(`Suggests: ${p.suggests.join(', ').replace(/, \| /g, ' | ')}`);
  stanza.push(`Description: ${p.description}`);
  return `${stanza.join('\n')}\n\n`;
}

/** dpkg's `<pkg>.list` for `p`: where, and what it lists. */
export function fileList(name: string, p: DebEntry): { path: string; content: string } {
  return { path: `/var/lib/dpkg/info/${archQualified(name, p)}.list`, content: `${['/.', ...Object.keys(p.files)].join('\n')}\n` };
}

/** Records `name` as installed: its status stanza and its file list. */
export function recordInstalled(ctx: ProgramContext, name: string, p: DebEntry): void {
  const status = readText(ctx, STATUS) ?? '';
  writeText(ctx, STATUS, `${status}${statusStanza(name, p)}`);
  const list = fileList(name, p);
  writeText(ctx, list.path, list.content);
}

/**
 * dpkg's removal of `name`: the files its list names go, then its list; its status stanza goes
 * on purge. On remove it stays as `deinstall ok config-files` while conffiles are left (`kept`,
 * which its list then names, as dpkg rewrites it with what it left); with none left dpkg has
 * nothing to remember. `kept` undefined: what is left is not known, the stanza stays.
 */
export function forgetInstalled(ctx: ProgramContext, name: string, purge: boolean, kept?: readonly string[]): void {
  const info = (ctx.fs.list('/var/lib/dpkg/info') ?? []).find((f) => f === `${name}.list` || f === `${name}:amd64.list`);
  if (info !== undefined) {
    const listPath = `/var/lib/dpkg/info/${info}`;
    for (const path of (readText(ctx, listPath) ?? '').split('\n')) {
      if (path.startsWith('/') && path !== '/.' && ctx.fs.lookup(path)?.kind !== 'dir') ctx.fs.remove?.(path, ctx.nowMs);
    }
    ctx.fs.remove?.(listPath, ctx.nowMs);
    if (!purge && kept && kept.length > 0) writeText(ctx, listPath, `${kept.join('\n')}\n`);
  }
  const forget = purge || (kept !== undefined && kept.length === 0);
  const stanzas = (readText(ctx, STATUS) ?? '').split('\n\n').filter((st) => st.trim() !== '');
  const remaining = stanzas.flatMap((st) => {
    if (/^Package: (.*)$/m.exec(st)?.[1] !== name) return [st];
    return forget ? [] : [st.replace(/^Status: .*$/m, 'Status: deinstall ok config-files')];
  });
  writeText(ctx, STATUS, remaining.map((st) => `${st}\n\n`).join(''));
}

/** An installed package's relations as its status stanza gives them: each group's alternatives. */
export interface Relations {
  depends: string[][];
  recommends: string[][];
}

function relationGroups(field: string | undefined): string[][] {
  if (!field) return [];
  return field.split(',').map((group) => group.split('|').map((alt) => alt.trim().replace(/[\s(:].*$/, '')).filter(Boolean));
}

/** The installed packages (status `install ok installed`) and what each depends on and recommends. */
export function readRelations(ctx: ProgramContext): Map<string, Relations> {
  const out = new Map<string, Relations>();
  for (const stanza of (readText(ctx, STATUS) ?? '').split('\n\n')) {
    const name = /^Package: (.*)$/m.exec(stanza)?.[1];
    if (!name || !/^Status: install ok installed$/m.test(stanza)) continue;
    out.set(name, { depends: relationGroups(/^(?:Pre-)?Depends: (.*)$/m.exec(stanza)?.[1]), recommends: relationGroups(/^Recommends: (.*)$/m.exec(stanza)?.[1]) });
  }
  return out;
}

/** How many files and directories dpkg's database lists (its `Reading database` count). */
export function databaseCount(ctx: ProgramContext): number {
  let n = 6_090;
  for (const name of ctx.fs.list('/var/lib/dpkg/info') ?? []) {
    if (name.endsWith('.list')) n += (readText(ctx, `/var/lib/dpkg/info/${name}`) ?? '').split('\n').filter(Boolean).length;
  }
  return n;
}
