// What node1's files hold of its packages at first boot: apt's sources and the lists an installed
// system has, dpkg's status and file lists for the packages apt-host-index.ts knows (containerd,
// runc, docker.io and what it brought), apt's auto-installed marks on the latter, and docker.io's
// own files. A fresh node is what installing docker.io with apt (shell/commands/apt.ts) leaves,
// so both paths give the same node.

import type { VfsEntry } from '../../host/host-state';
import { binaryStandIn } from '../../host/releases/apparent-size';
import { HOST_AUTO_AT_BOOT, HOST_PACKAGES_AT_BOOT } from './apt-host-index';
import { extendedStates } from './apt-marks';
import { fileList, listFileName, statusStanza } from './apt-state';

const MIRROR = 'http://mirror.lan/debian';
const SECURITY = 'http://mirror.lan/debian-security';

/** The node's sources: the mirror name the images use too (the real hosts are never named). */
const SOURCES = [
  'Types: deb', `URIs: ${MIRROR}`, 'Suites: bookworm bookworm-updates', 'Components: main',
  'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg', '',
  'Types: deb', `URIs: ${SECURITY}`, 'Suites: bookworm-security', 'Components: main',
  'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg', '',
].join('\n');

/** The lists `apt-get update` left when the node was installed (empty: apt-get.ts reads names only). */
const LISTS = [
  listFileName(MIRROR, 'dists/bookworm/InRelease'),
  listFileName(MIRROR, 'dists/bookworm/main/binary-amd64/Packages.lz4'),
  listFileName(MIRROR, 'dists/bookworm-updates/InRelease'),
  listFileName(MIRROR, 'dists/bookworm-updates/main/binary-amd64/Packages.lz4'),
  listFileName(SECURITY, 'dists/bookworm-security/InRelease'),
  listFileName(SECURITY, 'dists/bookworm-security/main/binary-amd64/Packages.lz4'),
];

const DIRS = ['/etc/apt', '/etc/apt/sources.list.d', '/var/lib/apt', '/var/lib/apt/lists', '/var/lib/dpkg', '/var/lib/dpkg/info'];

/** The package files of a fresh node1, stamped `nowMs`. */
export function hostPackageFiles(nowMs: number): Record<string, VfsEntry> {
  const files: Record<string, VfsEntry> = {};
  const text = (content: string, mode = 0o644): VfsEntry => ({ kind: 'file', content, mode, mtimeMs: nowMs });
  for (const dir of DIRS) files[dir] = { kind: 'dir', mode: 0o755, mtimeMs: nowMs };
  files['/etc/apt/sources.list.d/debian.sources'] = text(SOURCES);
  for (const name of LISTS) files[`/var/lib/apt/lists/${name}`] = text('');
  let status = '';
  for (const [name, p] of Object.entries(HOST_PACKAGES_AT_BOOT)) {
    status += statusStanza(name, p);
    const list = fileList(name, p);
    files[list.path] = text(list.content);
    for (const [path, content] of Object.entries(p.files)) {
      // Physical paths: /lib is a link to usr/lib on bookworm's merged /usr.
      const at = path.startsWith('/lib/') ? `/usr${path}` : path;
      if (typeof content === 'string') files[at] = text(content);
      else if (typeof content === 'object') files[at] = { ...text(binaryStandIn(content.program, content.size), 0o755), size: content.size };
    }
  }
  files['/var/lib/dpkg/status'] = text(status);
  files['/var/lib/apt/extended_states'] = text(extendedStates(HOST_AUTO_AT_BOOT));
  return files;
}
