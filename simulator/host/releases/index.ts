// Release downloads and installed release files on node1 (issue 10 item 6).
//
// API:
//   releaseDownload(url)          the three release tarballs of the notes (nerdctl, nerdctl-full,
//                                 buildkit): { bytes, size } — bytes a real .tar.gz whose members
//                                 carry their real sizes (apparent-size.ts), size the real
//                                 download's; undefined for any other URL. wget and curl write
//                                 `bytes` and record `size` on the file (writeDownloadedFile).
//   writeDownloadedFile(files, path, download, mtimeMs)   does that write.
//   installedReleaseFiles(nowMs)  the /usr/local and unit files a fresh node starts with.
//   installedCrictl()             crictl's binary in /usr/bin, as a fresh node has it.
//   apparentSize(entry), APPARENT_SIZE_PAX, standInProgram, buildctlVersionBySize

import type { VfsEntry } from '../host-state';
import * as vfs from '../vfs';
import { releaseArchive } from './release-archive';
import { RELEASES } from './release-members';

export { APPARENT_SIZE_PAX, apparentSize, STAND_IN_EXEC, standInProgram } from './apparent-size';
export { installedCrictl, installedReleaseFiles } from './installed-files';
export { buildctlVersionBySize } from './release-members';

export interface ReleaseDownload {
  /** The file's bytes (binary string): a real gzip'd tar. */
  bytes: string;
  /** What the real download's size is: `ls -l` and wget's "Length:" show this. */
  size: number;
  /** The asset's Last-Modified (when the release was built): wget stamps the file with it. */
  lastModifiedMs: number;
}

/** The download at `url`, when it is one of the notes' release tarballs. */
export function releaseDownload(url: string): ReleaseDownload | undefined {
  const release = RELEASES.find((r) => r.url === url);
  if (!release) return undefined;
  return { bytes: releaseArchive(release), size: release.size, lastModifiedMs: release.mtime * 1000 };
}

/** Writes a download to `path` with its real size recorded (vfs.writeFile, then the size). */
export function writeDownloadedFile(files: Record<string, VfsEntry>, path: string, download: ReleaseDownload, mtimeMs: number): void {
  vfs.writeFile(files, path, download.bytes, { mtimeMs });
  const entry = vfs.stat(files, path);
  if (download.size !== download.bytes.length) entry.size = download.size;
}
