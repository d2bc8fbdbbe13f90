import { describe, expect, it } from 'vitest';
import { imageFs } from './image-test-fs';
import { start } from './test-support';
import { apacheHttpdProgram } from './apache-httpd';

describe('Apache httpd in the httpd:2.4 image', () => {
  it('httpd-foreground execs httpd -DFOREGROUND, which logs its notices and listens on 80', () => {
    const fs = imageFs('library/httpd', '2.4');
    const env = ['PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'HTTPD_VERSION=2.4.63'];
    const r = start(['httpd-foreground'], { fs, env, nowMs: Date.UTC(2026, 11, 5, 1, 40, 0, 123) });
    expect(r.stderr.split('\n').slice(2, 4)).toEqual([
      "[Sat Dec 05 01:40:00.123000 2026] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/2.4.63 (Unix) configured -- resuming normal operations",
      "[Sat Dec 05 01:40:00.123000 2026] [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'",
    ]);
    expect(r.run.listens).toEqual([80]);
    expect(r.run.server).toBe('apache-httpd');
    expect(apacheHttpdProgram.serve?.({ fs, argv: [] }, '/')).toEqual({ status: 200, body: '<html><body><h1>It works!</h1></body></html>\n' });
    expect(apacheHttpdProgram.accessLog?.({ path: '/', status: 200, bytes: 45, atMs: Date.UTC(2026, 11, 5, 1, 40, 1), userAgent: 'curl/7.88.1', clientIp: '10.4.0.1' })?.text).toBe(
      '10.4.0.1 - - [05/Dec/2026:01:40:01 +0000] "GET / HTTP/1.1" 200 45\n',
    );
  });
});
