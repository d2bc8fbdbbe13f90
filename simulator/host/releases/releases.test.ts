// The release tarballs of the notes (host/releases): real gzip'd tars whose members carry the
// real sizes, a node that starts with nerdctl-full and BuildKit installed, and no download for
// any other URL.

import { describe, expect, it } from 'vitest';
import { gunzipBinaryString } from '../native-codecs';
import { readTar } from '../tar';
import { APPARENT_SIZE_PAX, apparentSize, installedReleaseFiles, releaseDownload, standInProgram } from './index';
import { binaryStandIn } from './apparent-size';

const NERDCTL_URL = 'https://github.com/containerd/nerdctl/releases/download/v0.22.2/nerdctl-0.22.2-linux-amd64.tar.gz';

describe('releaseDownload', () => {
  it('gives the plain nerdctl tarball: three flattened members, their real sizes, 10685899 bytes in all', () => {
    const d = releaseDownload(NERDCTL_URL);
    expect(d?.size).toBe(10_685_899);
    const entries = readTar(gunzipBinaryString(d?.bytes ?? ''));
    expect(entries.map((e) => [e.name, e.mode.toString(8), Number(e.pax?.[APPARENT_SIZE_PAX] ?? e.content?.length)])).toEqual([
      ['nerdctl', '755', 27_807_744],
      ['containerd-rootless-setuptool.sh', '755', 21_562],
      ['containerd-rootless.sh', '755', 7_032],
    ]);
    expect(entries.every((e) => e.uname === 'root' && e.gname === 'root' && e.mtime === 1_659_373_168)).toBe(true);
    expect(standInProgram(entries[0]?.content)).toBe('nerdctl');
  });

  it('gives the full bundle (bin, lib, libexec, share) and buildkit v0.10.4 (bin only)', () => {
    const full = readTar(gunzipBinaryString(releaseDownload(NERDCTL_URL.replace('nerdctl-0.22.2', 'nerdctl-full-0.22.2'))?.bytes ?? ''));
    const tops = [...new Set(full.map((e) => e.name.split('/')[0]))];
    expect(tops).toEqual(['bin', 'lib', 'libexec', 'share']);
    expect(full.map((e) => e.name)).toContain('lib/systemd/system/buildkit.service');
    expect(full.map((e) => e.name)).toContain('libexec/cni/firewall');
    const bk = readTar(gunzipBinaryString(releaseDownload('https://github.com/moby/buildkit/releases/download/v0.10.4/buildkit-v0.10.4.linux-amd64.tar.gz')?.bytes ?? ''));
    expect(bk.map((e) => e.name)).toEqual([
      'bin/',
      'bin/buildctl',
      'bin/buildkit-qemu-aarch64',
      'bin/buildkit-qemu-arm',
      'bin/buildkit-qemu-i386',
      'bin/buildkit-qemu-mips64',
      'bin/buildkit-qemu-mips64el',
      'bin/buildkit-qemu-ppc64le',
      'bin/buildkit-qemu-riscv64',
      'bin/buildkit-qemu-s390x',
      'bin/buildkit-runc',
      'bin/buildkitd',
    ]);
  });

  it('gives cri-tools v1.26.0\'s crictl tarball: one top-level member, a stand-in of crictl', () => {
    const d = releaseDownload('https://github.com/kubernetes-sigs/cri-tools/releases/download/v1.26.0/crictl-v1.26.0-linux-amd64.tar.gz');
    const entries = readTar(gunzipBinaryString(d?.bytes ?? ''));
    expect(entries.map((e) => [e.name, e.mode.toString(8)])).toEqual([['crictl', '755']]);
    expect(standInProgram(entries[0]?.content)).toBe('crictl');
  });

  it('knows no other URL', () => {
    expect(releaseDownload('https://github.com/containerd/nerdctl/releases/download/v0.22.1/nerdctl-0.22.1-linux-amd64.tar.gz')).toBeUndefined();
    expect(releaseDownload('https://example.com/')).toBeUndefined();
  });
});

describe('installedReleaseFiles', () => {
  it('puts nerdctl, buildkit and the CNI plugins under /usr/local, keeping Debian containerd, ctr and runc', () => {
    const files = installedReleaseFiles(0);
    const nerdctl = files['/usr/local/bin/nerdctl'];
    expect(nerdctl && apparentSize(nerdctl)).toBe(27_807_744);
    expect(nerdctl?.mode).toBe(0o755);
    expect(standInProgram(files['/usr/local/bin/buildctl']?.content)).toBe('buildctl');
    expect(files['/usr/local/libexec/cni/bridge']?.kind).toBe('file');
    expect(files['/usr/local/bin/ctr']).toBeUndefined();
    expect(files['/usr/local/bin/containerd']).toBeUndefined();
    expect(files['/usr/local/bin/runc']).toBeUndefined();
    expect(files['/etc/systemd/system/buildkit.service']?.content).toContain('ExecStart=/usr/local/bin/buildkitd --addr fd://\n');
  });

  it('stand-ins name their program, and nothing else is one', () => {
    expect(standInProgram(binaryStandIn('tini', 875_712))).toBe('tini');
    expect(standInProgram('#!/bin/sh\necho hi\n')).toBeUndefined();
    expect(standInProgram(undefined)).toBeUndefined();
  });
});
