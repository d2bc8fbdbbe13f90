import { describe, expect, it } from 'vitest';
import { imageFs } from '../image-test-fs';
import { start } from '../test-support';

const debian = () => imageFs('library/debian', 'bookworm');

describe('apt-get in debian:bookworm', () => {
  it('fails to locate a package before apt-get update, exit 100, as in a fresh image', () => {
    const r = start(['apt-get', 'install', '-y', 'curl'], { fs: debian() });
    expect(r.stdout).toBe('Reading package lists...\nBuilding dependency tree...\nReading state information...\n');
    expect(r.stderr).toBe('E: Unable to locate package curl\n');
    expect(r.run.exit?.code).toBe(100);
  });

  it('apt-get update fetches the lists of the image\'s own sources and stores them', () => {
    const fs = debian();
    const r = start(['apt-get', 'update'], { fs });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Get:1 http://mirror.lan/debian bookworm InRelease [151 kB]');
    expect(lines).toContain('Get:4 http://mirror.lan/debian bookworm/main amd64 Packages [8792 kB]');
    expect(lines.slice(-3)).toEqual([expect.stringMatching(/^Fetched \d+ kB in 1s/), 'Reading package lists...', '']);
    expect(fs.list('/var/lib/apt/lists')).toContain('mirror.lan_debian_dists_bookworm_main_binary-amd64_Packages.lz4');
  });

  it('apt-get install -y curl prints apt and dpkg\'s sequence and records the packages', () => {
    const fs = debian();
    start(['apt-get', 'update'], { fs });
    const r = start(['apt-get', 'install', '-y', '--no-install-recommends', 'curl'], { fs });
    const out = r.stdout;
    expect(out).toContain('The following additional packages will be installed:\n  libbrotli1 libcurl4 libgssapi-krb5-2 libk5crypto3 libkeyutils1 libkrb5-3\n');
    expect(out).toContain('Recommended packages:\n  ca-certificates\n');
    expect(out).toContain('0 upgraded, 16 newly installed, 0 to remove and 0 not upgraded.\n');
    expect(out).toMatch(/Get:1 http:\/\/mirror\.lan\/debian bookworm\/main amd64 curl amd64 7\.88\.1-10\+deb12u12 \[315 kB\]\n/);
    expect(out).toContain('Selecting previously unselected package curl.\n(Reading database ... 6090 files and directories currently installed.)\nPreparing to unpack .../00-curl_7.88.1-10+deb12u12_amd64.deb ...\nUnpacking curl (7.88.1-10+deb12u12) ...\n');
    expect(out).toContain('Setting up libcurl4:amd64 (7.88.1-10+deb12u12) ...\nSetting up curl (7.88.1-10+deb12u12) ...\nProcessing triggers for libc-bin (2.36-9+deb12u10) ...\n');
    expect(r.stderr).toBe('debconf: delaying package configuration, since apt-utils is not installed\n');
    expect(fs.lookup('/usr/bin/curl')?.size).toBe(276_232);
    expect(fs.lookup('/var/lib/dpkg/status')?.content).toContain('Package: curl\nStatus: install ok installed\n');
    expect(fs.lookup('/var/lib/dpkg/info/curl.list')?.content).toBe('/.\n/usr/bin/curl\n');
    const again = start(['apt-get', 'install', '-y', 'curl'], { fs });
    expect(again.stdout).toContain('curl is already the newest version (7.88.1-10+deb12u12).\n');
  });

  it('apt-get purge -y curl removes its files and its record; the libraries stay', () => {
    const fs = debian();
    start(['apt-get', 'update'], { fs });
    start(['apt-get', 'install', '-y', '--no-install-recommends', 'curl'], { fs });
    const r = start(['apt-get', 'purge', '-y', 'curl'], { fs });
    expect(r.stdout).toContain('The following packages will be REMOVED:\n  curl*\n0 upgraded, 0 newly installed, 1 to remove and 0 not upgraded.\nAfter this operation, 512 kB disk space will be freed.\n');
    expect(r.stdout).toContain('Removing curl (7.88.1-10+deb12u12) ...\n');
    expect(fs.lookup('/usr/bin/curl')).toBeUndefined();
    expect(fs.lookup('/var/lib/dpkg/info/curl.list')).toBeUndefined();
    expect(fs.lookup('/var/lib/dpkg/status')?.content).not.toContain('Package: curl\n');
    expect(fs.lookup('/var/lib/dpkg/status')?.content).toContain('Package: libcurl4\nStatus: install ok installed\n');
  });

  it('without -y it asks and a shell without a terminal aborts', () => {
    const fs = debian();
    start(['apt-get', 'update'], { fs });
    const r = start(['apt-get', 'install', 'jq'], { fs });
    expect(r.stdout).toContain('Do you want to continue? [Y/n] Abort.\n');
    expect(r.run.exit?.code).toBe(1);
    expect(fs.lookup('/usr/bin/jq')).toBeUndefined();
  });

  it('a piped y answers the question; -s says what it would do and changes nothing', () => {
    const fs = debian();
    start(['apt-get', 'update'], { fs });
    const simulated = start(['apt-get', '-s', 'install', 'jq'], { fs });
    expect(simulated.stdout).toContain('Inst libonig5 (6.9.8-1 Debian:12.15/oldstable [amd64])\nInst libjq1 (1.6-2.1 Debian:12.15/oldstable [amd64])\nInst jq (1.6-2.1 Debian:12.15/oldstable [amd64])\nConf libonig5');
    expect(fs.lookup('/usr/bin/jq')).toBeUndefined();
    const r = start(['apt-get', 'install', 'jq'], { fs, stdin: 'y\n' });
    expect(r.stdout).toContain('Do you want to continue? [Y/n] Get:1 ');
    expect(r.run.exit?.code).toBe(0);
    expect(fs.lookup('/usr/bin/jq')?.kind).toBe('file');
    expect(fs.lookup('/var/lib/apt/extended_states')?.content).toBe('Package: libjq1\nArchitecture: amd64\nAuto-Installed: 1\n\nPackage: libonig5\nArchitecture: amd64\nAuto-Installed: 1\n\n');
    const removed = start(['apt-get', 'purge', '-y', 'jq'], { fs });
    expect(removed.stdout).toContain("The following packages were automatically installed and are no longer required:\n  libjq1 libonig5\nUse 'apt autoremove' to remove them.\n");
    expect(start(['apt-get', 'autoremove', '-y'], { fs }).stdout).toContain('Removing libjq1:amd64 (1.6-2.1) ...\nRemoving libonig5:amd64 (6.9.8-1) ...\n');
  });

  it('apt warns about its CLI on a pipe', () => {
    const r = start(['apt', 'update'], { fs: debian() });
    expect(r.stderr).toBe('\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\n');
  });
});

describe('a Dockerfile RUN line through the inner sh', () => {
  it('apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/* leaves curl and no lists', () => {
    const fs = debian();
    const r = start(['/bin/sh', '-c', 'set -eux; apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*'], { fs });
    expect(r.run.exit?.code).toBe(0);
    expect(fs.lookup('/usr/bin/curl')?.kind).toBe('file');
    expect(fs.list('/var/lib/apt/lists')).toEqual([]);
  });
});
