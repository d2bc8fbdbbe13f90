// A release's .tar.gz as the node downloads it: a real gzip'd ustar archive of the release's
// members (names, modes, owners, mtimes), each file's data a short stand-in with its real size
// in a PAX record (apparent-size.ts), so the node's tar lists and extracts it as the real one.
// Built once per release and kept.

import { gzipSync } from 'fflate';
import { binaryToBytes, bytesToBinary } from '../native-codecs';
import { type TarEntry, writeTar } from '../tar';
import { APPARENT_SIZE_PAX, binaryStandIn } from './apparent-size';
import type { Release, ReleaseMember } from './release-members';

/** A member's stored content: its own when it has one, else a stand-in. */
export function memberContent(m: ReleaseMember, installedPath: string): string {
  if (m.content !== undefined) return m.content;
  if (m.mode & 0o111) return binaryStandIn(installedPath.slice(installedPath.lastIndexOf('/') + 1), m.size);
  return `ctrlab: stand-in for ${installedPath} (${m.size} bytes on a real node)\n`;
}

function entryOf(release: Release, m: ReleaseMember): TarEntry {
  const common = { mode: m.mode, mtime: release.mtime, ...release.owner };
  if (m.name.endsWith('/')) return { ...common, name: m.name, kind: 'dir' };
  const content = memberContent(m, m.name);
  const pax = content.length === m.size ? undefined : { [APPARENT_SIZE_PAX]: String(m.size) };
  return { ...common, name: m.name, kind: 'file', content, ...(pax ? { pax } : {}) };
}

const built = new Map<string, string>();

/** The release's .tar.gz as a binary string. */
export function releaseArchive(release: Release): string {
  let bytes = built.get(release.file);
  if (bytes === undefined) {
    const tar = writeTar(release.members.map((m) => entryOf(release, m)));
    bytes = bytesToBinary(gzipSync(binaryToBytes(tar), { mtime: 0, level: 9 }));
    built.set(release.file, bytes);
  }
  return bytes;
}
