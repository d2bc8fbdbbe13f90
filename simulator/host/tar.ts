// A pure ustar archive writer and reader over binary strings (one char per byte, the VFS's
// file encoding), shaped like Go's archive/tar: 512-byte headers, data padded to 512, two zero
// blocks at the end and no further record padding — so an exported archive has the size
// `ctr images export` gives it on a real node. Long names use PAX extended headers.

/** 'hardlink' names an earlier entry (linkname); 'special' is a device or fifo node. */
type TarEntryKind = 'file' | 'dir' | 'symlink' | 'hardlink' | 'special';

export interface TarEntry {
  /** Path inside the archive; directories end with "/". */
  name: string;
  kind: TarEntryKind;
  /** File bytes as a binary string. */
  content?: string;
  /** Symlink target, or the earlier entry a hard link names. */
  linkname?: string;
  mode: number;
  /** Seconds since the epoch. */
  mtime?: number;
  uid?: number;
  gid?: number;
  uname?: string;
  gname?: string;
  /** PAX records attached to this entry (read back by readTar). */
  pax?: Record<string, string>;
  /** The name written as given, a directory's without the "/" too (Go writes what it is handed). */
  exactName?: boolean;
}

/** What Go's tar reader reports: `unexpected EOF`, `archive/tar: invalid tar header`. */
export class TarError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TarError';
  }
}

const BLOCK = 512;

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

function field(text: string, width: number): string {
  const cut = text.slice(0, width);
  return cut + '\0'.repeat(width - cut.length);
}

function utf8Binary(text: string): string {
  let out = '';
  for (const b of new TextEncoder().encode(text)) out += String.fromCharCode(b);
  return out;
}

function binaryUtf8(binary: string): string {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i) & 0xff;
  return new TextDecoder().decode(bytes);
}

function padBlock(data: string): string {
  const rem = data.length % BLOCK;
  return rem === 0 ? data : data + '\0'.repeat(BLOCK - rem);
}

function header(name: string, typeflag: string, size: number, e: Partial<TarEntry>, linkname = ''): string {
  let h =
    field(name, 100) +
    octal(e.mode ?? 0o644, 8) +
    octal(e.uid ?? 0, 8) +
    octal(e.gid ?? 0, 8) +
    octal(size, 12) +
    octal(e.mtime ?? 0, 12) +
    '        ' +
    typeflag +
    field(linkname, 100) +
    'ustar\u000000' +
    field(e.uname ?? '', 32) +
    field(e.gname ?? '', 32) +
    octal(0, 8) +
    octal(0, 8) +
    field('', 155);
  h = field(h, BLOCK);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += h.charCodeAt(i);
  const chk = sum.toString(8).padStart(6, '0') + '\0 ';
  return h.slice(0, 148) + chk + h.slice(156);
}

function paxRecords(records: Record<string, string>): string {
  let out = '';
  for (const [k, v] of Object.entries(records)) {
    const body = ` ${utf8Binary(k)}=${utf8Binary(v)}\n`;
    let len = body.length + 1;
    while (String(len).length + body.length !== len) len = String(len).length + body.length;
    out += `${len}${body}`;
  }
  return out;
}

/** One archive of `entries`, in order. */
export function writeTar(entries: readonly TarEntry[], global?: Record<string, string>): string {
  const parts: string[] = [];
  if (global && Object.keys(global).length > 0) {
    const data = paxRecords(global);
    parts.push(header('pax_global_header', 'g', data.length, { mode: 0o666 }), padBlock(data));
  }
  for (const e of entries) {
    const name = utf8Binary(e.kind === 'dir' && !e.name.endsWith('/') && !e.exactName ? `${e.name}/` : e.name);
    const extra: Record<string, string> = { ...(e.pax ?? {}) };
    if (name.length > 100) extra.path = binaryUtf8(name);
    if ((e.linkname ?? '').length > 100) extra.linkpath = e.linkname ?? '';
    if (Object.keys(extra).length > 0) {
      const data = paxRecords(extra);
      parts.push(header('PaxHeaders/' + name.slice(0, 80), 'x', data.length, { mode: 0o644 }), padBlock(data));
    }
    const content = e.kind === 'file' ? (e.content ?? '') : '';
    const flag = { dir: '5', symlink: '2', hardlink: '1', special: '6', file: '0' }[e.kind];
    parts.push(header(name.slice(0, 100), flag, content.length, e, utf8Binary(e.linkname ?? '').slice(0, 100)));
    if (content.length > 0) parts.push(padBlock(content));
  }
  parts.push('\0'.repeat(BLOCK * 2));
  return parts.join('');
}

function cString(block: string, start: number, width: number): string {
  const raw = block.slice(start, start + width);
  const nul = raw.indexOf('\0');
  return nul === -1 ? raw : raw.slice(0, nul);
}

function parseOctal(text: string): number {
  const t = text.replace(/[\0 ]+$/g, '').replace(/^[\0 ]+/, '');
  return t === '' ? 0 : parseInt(t, 8);
}

function parsePax(data: string): Record<string, string> {
  const out: Record<string, string> = {};
  let i = 0;
  while (i < data.length) {
    const space = data.indexOf(' ', i);
    if (space === -1) break;
    const len = parseInt(data.slice(i, space), 10);
    if (!(len > 0)) throw new TarError('archive/tar: invalid tar header');
    const record = data.slice(space + 1, i + len - 1);
    const eq = record.indexOf('=');
    if (eq > 0) out[binaryUtf8(record.slice(0, eq))] = binaryUtf8(record.slice(eq + 1));
    i += len;
  }
  return out;
}

/** The archive's global PAX records plus its entries. Throws TarError like Go's reader. */
export function readTarWithGlobals(archive: string): { global: Record<string, string>; entries: TarEntry[] } {
  const entries: TarEntry[] = [];
  const global: Record<string, string> = {};
  let pending: Record<string, string> = {};
  let pos = 0;
  // An empty stream is a valid, empty archive for Go's reader (Next returns io.EOF).
  if (archive.length === 0) return { global, entries };
  for (;;) {
    // A stream that ends on a header boundary without the zero blocks ends cleanly too (io.EOF
    // from the header read): docker context export writes no trailer.
    if (pos === archive.length) break;
    if (pos + BLOCK > archive.length) throw new TarError('unexpected EOF');
    const block = archive.slice(pos, pos + BLOCK);
    if (/^\0+$/.test(block)) break;
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : block.charCodeAt(i);
    if (parseOctal(block.slice(148, 156)) !== sum) throw new TarError('archive/tar: invalid tar header');
    const size = parseOctal(block.slice(124, 136));
    const flag = block[156] ?? '0';
    const dataStart = pos + BLOCK;
    const dataEnd = dataStart + size;
    if (dataEnd > archive.length) throw new TarError('unexpected EOF');
    const data = archive.slice(dataStart, dataEnd);
    pos = dataStart + Math.ceil(size / BLOCK) * BLOCK;
    if (flag === 'g') {
      Object.assign(global, parsePax(data));
      continue;
    }
    if (flag === 'x') {
      pending = parsePax(data);
      continue;
    }
    // GNU long name / long link records: the next header's name or link target.
    if (flag === 'L' || flag === 'K') {
      const nul = data.indexOf('\0');
      pending = { ...pending, [flag === 'L' ? 'path' : 'linkpath']: binaryUtf8(nul === -1 ? data : data.slice(0, nul)) };
      continue;
    }
    const prefix = cString(block, 345, 155);
    const rawName = cString(block, 0, 100);
    let name = binaryUtf8(prefix ? `${prefix}/${rawName}` : rawName);
    let linkname = binaryUtf8(cString(block, 157, 100));
    if (pending.path) name = pending.path;
    if (pending.linkpath) linkname = pending.linkpath;
    const kind: TarEntryKind =
      flag === '5' ? 'dir' : flag === '2' ? 'symlink' : flag === '1' ? 'hardlink' : '346'.includes(flag) ? 'special' : 'file';
    const entry: TarEntry = {
      name,
      kind,
      mode: parseOctal(block.slice(100, 108)),
      uid: parseOctal(block.slice(108, 116)),
      gid: parseOctal(block.slice(116, 124)),
      mtime: parseOctal(block.slice(136, 148)),
      uname: cString(block, 265, 32),
      gname: cString(block, 297, 32),
    };
    if (kind === 'file') entry.content = data;
    if (kind === 'symlink' || kind === 'hardlink') entry.linkname = linkname;
    if (Object.keys(pending).length > 0) entry.pax = pending;
    pending = {};
    entries.push(entry);
  }
  return { global, entries };
}

/** The entries of an archive. Throws TarError (`unexpected EOF`, `archive/tar: invalid tar header`). */
export function readTar(archive: string): TarEntry[] {
  return readTarWithGlobals(archive).entries;
}
