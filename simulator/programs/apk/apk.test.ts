import { describe, expect, it } from 'vitest';
import { imageFs } from '../image-test-fs';
import { start } from '../test-support';

const alpine = () => imageFs('library/alpine', '3.21');

describe('apk in alpine:3.21', () => {
  it('apk add --no-cache curl prints the real install sequence and adds files, db entries and world', () => {
    const fs = alpine();
    const r = start(['apk', 'add', '--no-cache', 'curl'], { fs });
    expect(r.stdout).toBe(
      [
        'fetch https://dl-cdn.alpinelinux.org/alpine/v3.21/main/x86_64/APKINDEX.tar.gz',
        'fetch https://dl-cdn.alpinelinux.org/alpine/v3.21/community/x86_64/APKINDEX.tar.gz',
        '(1/9) Installing brotli-libs (1.1.0-r2)',
        '(2/9) Installing c-ares (1.34.5-r0)',
        '(3/9) Installing libunistring (1.2-r0)',
        '(4/9) Installing libidn2 (2.3.7-r0)',
        '(5/9) Installing nghttp2-libs (1.64.0-r0)',
        '(6/9) Installing libpsl (0.21.5-r3)',
        '(7/9) Installing zstd-libs (1.5.6-r2)',
        '(8/9) Installing libcurl (8.12.1-r1)',
        '(9/9) Installing curl (8.12.1-r1)',
        'Executing busybox-1.37.0-r12.trigger',
        'OK: 12 MiB in 25 packages',
        '',
      ].join('\n'),
    );
    expect(fs.lookup('/usr/bin/curl')?.size).toBe(259_224);
    expect(fs.lookup('/lib/apk/db/installed')?.content).toContain('P:curl\nV:8.12.1-r1\n');
    expect(fs.lookup('/etc/apk/world')?.content).toContain('\ncurl\n');
    // --no-cache keeps no index.
    expect(fs.list('/var/cache/apk')).toEqual([]);
  });

  it('without --no-cache it keeps the index and a second add fetches nothing', () => {
    const fs = alpine();
    start(['apk', 'add', 'bash'], { fs });
    expect(fs.list('/var/cache/apk')?.length).toBe(2);
    const r = start(['apk', 'add', 'tzdata'], { fs });
    expect(r.stdout).toBe('(1/1) Installing tzdata (2025b-r0)\nOK: 11 MiB in 21 packages\n');
  });

  it('bash runs its post-install script before the busybox trigger', () => {
    const r = start(['apk', 'add', '--no-cache', 'bash'], { fs: alpine() });
    expect(r.stdout).toContain('(4/4) Installing bash (5.2.37-r0)\nExecuting bash-5.2.37-r0.post-install\nExecuting busybox-1.37.0-r12.trigger\n');
  });

  it('an unknown package fails with apk\'s error and exit 1, installing nothing', () => {
    const fs = alpine();
    const r = start(['apk', 'add', '--no-cache', 'foo'], { fs });
    expect(r.stderr).toBe('ERROR: unable to select packages:\n  foo (no such package):\n    required by: world[foo]\n');
    expect(r.run.exit?.code).toBe(1);
    expect(fs.lookup('/etc/apk/world')?.content).not.toContain('foo');
  });

  it('apk del purges the package and the dependencies nothing else needs', () => {
    const fs = alpine();
    start(['apk', 'add', '--no-cache', 'jq'], { fs });
    const r = start(['apk', 'del', 'jq'], { fs });
    expect(r.stdout).toBe('(1/2) Purging jq (1.7.1-r0)\n(2/2) Purging oniguruma (6.9.9-r0)\nExecuting busybox-1.37.0-r12.trigger\nOK: 7 MiB in 16 packages\n');
    expect(fs.lookup('/usr/bin/jq')).toBeUndefined();
  });

  it('--virtual adds a meta package to the world', () => {
    const fs = alpine();
    const r = start(['apk', 'add', '--no-cache', '--virtual', '.build-deps', 'openssl'], { fs });
    expect(r.stdout).toMatch(/\(2\/2\) Installing \.build-deps \(\d{8}\.\d{6}\)\n/);
    expect(fs.lookup('/etc/apk/world')?.content).toContain('.build-deps');
  });
});
