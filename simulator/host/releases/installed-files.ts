// The release files node1 starts with: what a reader of the notes has after installing
// nerdctl-full 0.22.2 (`tar Cxzvvf /usr/local nerdctl-full-0.22.2-linux-amd64.tar.gz`), then
// BuildKit v0.10.4 over it (`tar -xf buildkit-v0.10.4.linux-amd64.tar.gz -C /usr/local/`), and
// the buildkit.socket/buildkit.service units the notes write to /etc/systemd/system (buildkit's
// examples/systemd/system at v0.10.4). Binaries are stand-ins with their real sizes.

import type { VfsEntry } from '../host-state';
import { apparentSize } from './apparent-size';
import { memberContent } from './release-archive';
import { BUILDKIT_RELEASE, CRICTL_RELEASE, NERDCTL_FULL_RELEASE, type Release } from './release-members';

/** The units the notes write with heredocs (buildkit v0.10.4 examples/systemd/system). */
const BUILDKIT_SOCKET_UNIT = `[Unit]
Description=BuildKit
Documentation=https://github.com/moby/buildkit

[Socket]
ListenStream=%t/buildkit/buildkitd.sock
SocketMode=0660

[Install]
WantedBy=sockets.target
`;

const BUILDKIT_SERVICE_UNIT = `[Unit]
Description=BuildKit
Requires=buildkit.socket
After=buildkit.socket
Documentation=https://github.com/moby/buildkit

[Service]
Type=notify
ExecStart=/usr/local/bin/buildkitd --addr fd://

[Install]
WantedBy=multi-user.target
`;

/**
 * The bundle's containerd 1.6.6, its shim, ctr and runc 1.1.3 are left out of the starting
 * node: node1 runs Debian's containerd 1.6.20 and runc 1.1.5 (the recorded transcripts'), and
 * /usr/local/bin comes first on PATH. Extracting the tarball yourself puts them there (they
 * then run as the node's own ctr and runc).
 */
const KEPT_FROM_DEBIAN = new Set(['bin/containerd', 'bin/containerd-shim-runc-v2', 'bin/ctr', 'bin/runc']);

/** The entries `tar -xf <release> -C <root>` leaves (directories keep their mode, mtimes the archive's). */
function extracted(release: Release, root: string, into: Record<string, VfsEntry>): void {
  const mtimeMs = release.mtime * 1000;
  for (const m of release.members) {
    if (KEPT_FROM_DEBIAN.has(m.name)) continue;
    const path = `${root}/${m.name.replace(/\/$/, '')}`;
    if (m.name.endsWith('/')) {
      into[path] = { kind: 'dir', mode: m.mode, mtimeMs };
      continue;
    }
    const content = memberContent(m, m.name);
    const entry: VfsEntry = { kind: 'file', content, mode: m.mode, mtimeMs };
    if (apparentSize({ content }) !== m.size) entry.size = m.size;
    into[path] = entry;
  }
}

/** The installed files of a fresh node1 (its /usr/local and the buildkit units), stamped `nowMs` where the notes wrote them. */
export function installedReleaseFiles(nowMs: number): Record<string, VfsEntry> {
  const files: Record<string, VfsEntry> = {
    '/usr/local': { kind: 'dir', mode: 0o755, mtimeMs: nowMs },
  };
  extracted(NERDCTL_FULL_RELEASE, '/usr/local', files);
  extracted(BUILDKIT_RELEASE, '/usr/local', files);
  files['/etc/systemd/system/buildkit.socket'] = { kind: 'file', content: BUILDKIT_SOCKET_UNIT, mode: 0o644, mtimeMs: nowMs };
  files['/etc/systemd/system/buildkit.service'] = { kind: 'file', content: BUILDKIT_SERVICE_UNIT, mode: 0o644, mtimeMs: nowMs };
  return files;
}

/**
 * crictl as node1 has it: cri-tools v1.26.0's binary (bookworm has no cri-tools package), put in
 * /usr/bin when the node was prepared. The shell runs crictl only through this file
 * (tools/crictl.ts), so a node without it (the bare preset) has no crictl until the notes'
 * `tar … -C /usr/local/bin` puts one on the PATH.
 */
export function installedCrictl(): Record<string, VfsEntry> {
  const files: Record<string, VfsEntry> = {};
  extracted(CRICTL_RELEASE, '/usr/bin', files);
  return files;
}
