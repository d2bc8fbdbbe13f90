// apt's ways of printing: package lists wrapped at 80 columns under a heading
// (apt-pkg/contrib/strutl ShowList), sizes in SI units (strutl.cc SizeToStr: below 10000 as
// an integer, else divided by 1000, with one decimal below 100), and the archive file names
// it unpacks (`00-libbrotli1_1.0.9-2+b6_amd64.deb`, the epoch's colon escaped as %3a).

/** `Heading:` then the names, two-space indented, wrapped before column 80. */
export function showList(heading: string, names: readonly string[]): string {
  const lines: string[] = [];
  let line = ' ';
  for (const n of names) {
    if (line.length + 1 + n.length > 79 && line.trim() !== '') {
      lines.push(line);
      line = ' ';
    }
    line += ` ${n}`;
  }
  if (line.trim() !== '') lines.push(line);
  return `${heading}\n${lines.join('\n')}\n`;
}

export function sizeToStr(bytes: number): string {
  const units = ['', 'k', 'M', 'G', 'T'];
  let size = bytes;
  for (let i = 0; i < units.length; i++) {
    if (size < 100 && i !== 0) return `${size.toFixed(1)} ${units[i]}`;
    if (size < 10000) return `${Math.round(size)} ${units[i]}`;
    size /= 1000;
  }
  return `${Math.round(size)} P`;
}

/** What apt-format needs to know of a package entry (apt-index.ts DebEntry). */
interface Arch {
  arch?: 'all';
  multiArch?: 'same';
}

/**
 * apt's name for a package in dpkg's messages: Multi-Arch: same packages are `name:amd64`.
 * An entry that does not say is taken as such when it is a library (the images' small index).
 */
export function archQualified(name: string, p: Arch = {}): string {
  const same = p.multiArch === 'same' || (p.multiArch === undefined && p.arch === undefined && name.startsWith('lib'));
  return same ? `${name}:amd64` : name;
}

/** The .deb's architecture: `all` when the entry says so (ca-certificates in the images' index). */
export function debArch(name: string, p: Arch = {}): string {
  return p.arch === 'all' || name === 'ca-certificates' ? 'all' : 'amd64';
}

export function archiveName(index: number, width: number, name: string, version: string, p: Arch = {}): string {
  return `${String(index).padStart(width, '0')}-${name}_${version.replace(':', '%3a')}_${debArch(name, p)}.deb`;
}

/** apt exits 100 on errors (apt-private/private-main.cc). */
export const APT_ERROR = 100;

/** The cache's progress lines: `... Done` only on a terminal, state lines where the command reads it. */
export function readingLines(tty: boolean, withState: boolean): string {
  const done = tty ? ' Done' : '';
  return `Reading package lists...${done}\n${withState ? `Building dependency tree...${done}\nReading state information...${done}\n` : ''}`;
}
