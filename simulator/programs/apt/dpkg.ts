// dpkg 1.21 (Debian bookworm) as far as a learner asks it what is installed: `dpkg -l` /
// `--list` [PATTERN…] (dpkg-query's list format over /var/lib/dpkg/status). Its columns fit what
// is listed, never narrower than 14 (name), 12 (version), 12 (architecture) and 33 (description)
// — `dpkg -l dash` and `dpkg -l containerd runc docker.io` on this project's Debian machine show
// both. A pattern matching nothing says so on stderr and the exit is 1; without a pattern every
// package the database knows is listed. Other actions say they are not simulated.

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

/** The packages of /var/lib/dpkg/status, by name. */
function database(ctx: ProgramContext): Listed[] {
  const found = followLinks(ctx.fs, '/var/lib/dpkg/status');
  const text = found?.file.kind === 'file' ? (found.file.content ?? '') : '';
  const out: Listed[] = [];
  for (const stanza of text.split(/\n\s*\n/)) {
    const name = field(stanza, 'Package');
    if (name === '') continue;
    const [want = 'unknown', , status = 'not-installed'] = field(stanza, 'Status').split(' ');
    out.push({ name, state: `${DESIRED[want] ?? 'u'}${STATUS[status] ?? 'n'}`, version: field(stanza, 'Version'), arch: field(stanza, 'Architecture'), synopsis: field(stanza, 'Description') });
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

export const dpkgProgram: Program = {
  name: 'dpkg',
  run(ctx) {
    const args = ctx.argv.slice(1);
    const action = args[0] ?? '';
    if (action === '-l' || action === '--list') {
      const { out, code } = list(ctx, args.slice(1));
      return finished(out, code);
    }
    if (action === '') return finished([stderr("dpkg: error: need an action option\n\nType dpkg --help for help about installing and deinstalling packages [*];\nUse 'apt' or 'aptitude' for user-friendly package management;\nType dpkg -Dhelp for a list of dpkg debug flag values;\nType dpkg --force-help for a list of forcing options;\nType dpkg-deb --help for help about manipulating *.deb files;\n\nOptions marked [*] produce a lot of output - pipe it through 'less' or 'more' !\n")], 2);
    return finished([stderr(`dpkg: \`dpkg ${action}\` is not simulated here; dpkg -l [PATTERN…] is (see https://manpages.debian.org/bookworm/dpkg/dpkg.1.en.html)\n`)], 1);
  },
};
