// dpkg 1.21 (Debian bookworm) as far as a learner asks it what is installed: `dpkg -l` /
// `--list` [PATTERN…] (dpkg-query's list format over /var/lib/dpkg/status), `-s` / `--status`
// and `-L` / `--listfiles`. The list's columns fit what is listed, never narrower than 14
// (name), 12 (version), 12 (architecture) and 33 (description) — `dpkg -l dash` and `dpkg -l
// containerd runc docker.io` on this project's Debian machine show both. Without a pattern it
// lists what is installed or left as config-files (`rc`); a pattern also finds the names the
// database only knows from other packages' relations (`un … <none> <none> (no description
// available)`, as `dpkg -l apparmor` printed there while docker.io only recommends it). A
// pattern matching nothing says so on stderr and the exit is 1. Other actions say they are not
// simulated.

import { finished, stderr, stdout, type OutputChunk, type Program, type ProgramContext, followLinks } from '../program';
import { componentRegExp } from '../sh/sh-glob';

interface Listed {
  name: string;
  /** dpkg -l's two letters: desired action and status (`ii`, `rc`). */
  state: string;
  version: string;
  arch: string;
  synopsis: string;
}

const HEADER = [
  'Desired=Unknown/Install/Remove/Purge/Hold',
  '| Status=Not/Inst/Conf-files/Unpacked/halF-conf/Half-inst/trig-aWait/Trig-pend',
  '|/ Err?=(none)/Reinst-required (Status,Err: uppercase=bad)',
];

const DESIRED: Readonly<Record<string, string>> = { unknown: 'u', install: 'i', hold: 'h', deinstall: 'r', purge: 'p' };
const STATUS: Readonly<Record<string, string>> = {
  'not-installed': 'n',
  installed: 'i',
  'config-files': 'c',
  unpacked: 'U',
  'half-configured': 'F',
  'half-installed': 'H',
  'triggers-awaited': 'W',
  'triggers-pending': 't',
};

function field(stanza: string, name: string): string {
  return new RegExp(`^${name}: (.*)$`, 'm').exec(stanza)?.[1] ?? '';
}

/** The relation fields whose names dpkg's database comes to know (as `un` until installed). */
const RELATIONS = ['Pre-Depends', 'Depends', 'Recommends', 'Suggests', 'Breaks', 'Conflicts', 'Replaces', 'Provides', 'Enhances'];

function statusText(ctx: ProgramContext): string {
  const found = followLinks(ctx.fs, '/var/lib/dpkg/status');
  return found?.file.kind === 'file' ? (found.file.content ?? '') : '';
}

function stanzas(ctx: ProgramContext): string[] {
  return statusText(ctx).split(/\n\s*\n/).filter((stanza) => field(stanza, 'Package') !== '');
}

/** The packages of /var/lib/dpkg/status, and the names their relations mention, by name. */
function database(ctx: ProgramContext): Listed[] {
  const out: Listed[] = [];
  const mentioned = new Set<string>();
  for (const stanza of stanzas(ctx)) {
    const [want = 'unknown', , status = 'not-installed'] = field(stanza, 'Status').split(' ');
    out.push({ name: field(stanza, 'Package'), state: `${DESIRED[want] ?? 'u'}${STATUS[status] ?? 'n'}`, version: field(stanza, 'Version'), arch: field(stanza, 'Architecture'), synopsis: field(stanza, 'Description') });
    for (const relation of RELATIONS) {
      for (const alt of field(stanza, relation).split(/[,|]/)) {
        const name = alt.trim().replace(/[\s(:].*$/, '');
        if (name !== '') mentioned.add(name);
      }
    }
  }
  const known = new Set(out.map((p) => p.name));
  for (const name of mentioned) {
    if (!known.has(name)) out.push({ name, state: 'un', version: '<none>', arch: '<none>', synopsis: '(no description available)' });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function table(rows: readonly Listed[]): string {
  const width = (pick: (r: Listed) => string, least: number) => Math.max(least, ...rows.map((r) => [...pick(r)].length));
  const nw = width((r) => r.name, 14);
  const vw = width((r) => r.version, 12);
  const aw = width((r) => r.arch, 12);
  const dw = width((r) => r.synopsis, 33);
  const line = (state: string, name: string, version: string, arch: string, synopsis: string) =>
    `${state.padEnd(3)} ${name.padEnd(nw)} ${version.padEnd(vw)} ${arch.padEnd(aw)} ${synopsis}`.trimEnd();
  return [
    ...HEADER,
    line('||/', 'Name', 'Version', 'Architecture', 'Description'),
    `+++-${'='.repeat(nw)}-${'='.repeat(vw)}-${'='.repeat(aw)}-${'='.repeat(dw)}`,
    ...rows.map((r) => line(r.state, r.name, r.version, r.arch, r.synopsis)),
  ].join('\n') + '\n';
}

function list(ctx: ProgramContext, patterns: readonly string[]): { out: OutputChunk[]; code: number } {
  const all = database(ctx);
  if (patterns.length === 0) {
    const shown = all.filter((p) => p.state !== 'pn' && p.state !== 'un');
    return { out: shown.length > 0 ? [stdout(table(shown))] : [], code: 0 };
  }
  const shown = new Set<Listed>();
  const errors: OutputChunk[] = [];
  for (const pattern of patterns) {
    // fnmatch(3) on the name, as dpkg-query matches.
    const match = componentRegExp(pattern);
    const hits = all.filter((p) => match.test(p.name));
    if (hits.length === 0) errors.push(stderr(`dpkg-query: no packages found matching ${pattern}\n`));
    for (const p of hits) shown.add(p);
  }
  const rows = all.filter((p) => shown.has(p));
  return { out: [...(rows.length > 0 ? [stdout(table(rows))] : []), ...errors], code: errors.length > 0 ? 1 : 0 };
}

/** `dpkg -s`: each named package's record as the database holds it. */
function status(ctx: ProgramContext, names: readonly string[]): { out: OutputChunk[]; code: number } {
  const records = new Map(stanzas(ctx).map((stanza) => [field(stanza, 'Package'), stanza.trim()]));
  const out: OutputChunk[] = [];
  let code = 0;
  names.forEach((name, i) => {
    const record = records.get(name);
    if (record === undefined) {
      out.push(stderr(`dpkg-query: package '${name}' is not installed and no information is available\n`));
      code = 1;
    } else out.push(stdout(`${i > 0 ? '\n' : ''}${record}\n`));
  });
  if (code !== 0) out.push(stderr('Use dpkg --info (= dpkg-deb --info) to examine archive files.\n'));
  return { out, code };
}

/** `dpkg -L`: the files dpkg's list for each named package holds. */
function listFiles(ctx: ProgramContext, names: readonly string[]): { out: OutputChunk[]; code: number } {
  const present = new Set(database(ctx).filter((p) => p.state[1] !== 'n').map((p) => p.name));
  const out: OutputChunk[] = [];
  let code = 0;
  names.forEach((name) => {
    const list = ['', ':amd64'].map((arch) => followLinks(ctx.fs, `/var/lib/dpkg/info/${name}${arch}.list`)).find(Boolean);
    if (!present.has(name)) {
      out.push(stderr(`dpkg-query: package '${name}' is not installed\n`));
      code = 1;
    } else if (list?.file.kind === 'file' && (list.file.content ?? '') !== '') out.push(stdout(list.file.content ?? ''));
    else out.push(stdout(`Package '${name}' does not contain any files (!)\n`));
  });
  if (code !== 0) out.push(stderr('Use dpkg --contents (= dpkg-deb --contents) to list archive files contents.\n'));
  return { out, code };
}

/** dpkg-query's complaint about an action given no package name. */
function needsName(action: string): OutputChunk[] {
  return [stderr(`dpkg-query: error: ${action} needs at least one package name argument\n\nUse --help for help about querying packages.\n`)];
}

export const dpkgProgram: Program = {
  name: 'dpkg',
  run(ctx) {
    const args = ctx.argv.slice(1);
    const action = args[0] ?? '';
    if (action === '-l' || action === '--list') {
      const { out, code } = list(ctx, args.slice(1));
      return finished(out, code);
    }
    if (action === '-s' || action === '--status' || action === '-L' || action === '--listfiles') {
      const names = args.slice(1);
      const long = action === '-s' || action === '--status' ? '--status' : '--listfiles';
      // Without names, dpkg-query --status prints every record (this machine's dpkg 1.21 did).
      if (long === '--status' && names.length === 0) return finished([stdout(stanzas(ctx).map((stanza) => `${stanza.trim()}\n`).join('\n'))]);
      if (names.length === 0) return finished(needsName(long), 2);
      const { out, code } = long === '--status' ? status(ctx, names) : listFiles(ctx, names);
      return finished(out, code);
    }
    if (action === '') return finished([stderr("dpkg: error: need an action option\n\nType dpkg --help for help about installing and deinstalling packages [*];\nUse 'apt' or 'aptitude' for user-friendly package management;\nType dpkg -Dhelp for a list of dpkg debug flag values;\nType dpkg --force-help for a list of forcing options;\nType dpkg-deb --help for help about manipulating *.deb files;\n\nOptions marked [*] produce a lot of output - pipe it through 'less' or 'more' !\n")], 2);
    return finished([stderr(`dpkg: \`dpkg ${action}\` is not simulated here; dpkg -l, -s and -L are (see https://manpages.debian.org/bookworm/dpkg/dpkg.1.en.html)\n`)], 1);
  },
};
