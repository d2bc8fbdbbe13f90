// curl 7.88.1's output, byte for byte as recorded from the real curl on a bookworm machine
// (the progress meter, -v's trace, the error lines), against nginx published on the node.

import { describe, expect, it } from 'vitest';
import { createSession } from '../session';
import { runOnBridge, sessionWithImages, NOW } from '../../host/network/test-support';

const HEADER = '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n';
const ZERO = (spent = '--:--:--') => `\r  0     0    0     0    0     0      0      0 --:--:-- ${spent} --:--:--     0`;

async function published() {
  const s = await sessionWithImages();
  await runOnBridge(s, 'ctr run -d docker.io/library/nginx:alpine web', 'web', [{ hostPort: 80, containerPort: 80, protocol: 'tcp' }]);
  return s;
}

describe('curl on the node', () => {
  it('prints the page of a published port, with the meter on stderr when stdout is not a terminal', async () => {
    const s = await published();
    const r = await s.run('curl localhost');
    expect(r.stdout).toMatch(/^<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!<\/title>/);
    expect(r.stderr).toBe(`${HEADER}${ZERO()}\r100   615  100   615    0     0   600k      0 --:--:-- --:--:-- --:--:--  600k\n`);
    expect(r.exitCode).toBe(0);
  });

  it('fails to connect where nothing listens: two meter lines, then error 7 (recorded)', async () => {
    const s = createSession({ seed: 1, now: () => NOW });
    const r = await s.run('curl localhost');
    expect(r).toMatchObject({ stdout: '', exitCode: 7 });
    expect(r.stderr).toBe(`${HEADER}${ZERO()}${ZERO()}\ncurl: (7) Failed to connect to localhost port 80 after 0 ms: Couldn't connect to server\n`);
    expect(await s.run('curl -s localhost')).toMatchObject({ stderr: '', exitCode: 7 });
    expect((await s.run('curl -sS localhost')).stderr).toBe("curl: (7) Failed to connect to localhost port 80 after 0 ms: Couldn't connect to server\n");
  });

  it('traces a refused connection with -v: 127.0.0.1 then ::1 (curl resolves localhost itself)', async () => {
    const s = createSession({ seed: 1, now: () => NOW });
    const r = await s.run('curl -v localhost:81');
    expect(r.stderr).toBe(
      `${HEADER}${ZERO()}*   Trying 127.0.0.1:81...\n* connect to 127.0.0.1 port 81 failed: Connection refused\n*   Trying [::1]:81...\n` +
        "* connect to ::1 port 81 failed: Connection refused\n* Failed to connect to localhost port 81 after 0 ms: Couldn't connect to server\n" +
        `${ZERO().slice(1)}\n* Closing connection 0\ncurl: (7) Failed to connect to localhost port 81 after 0 ms: Couldn't connect to server\n`,
    );
  });

  it('says a name does not resolve (6), and waits out an unreachable address (7 after ARP) and a connect timeout (28)', async () => {
    const s = createSession({ seed: 1, now: () => NOW });
    const foo = await s.run('curl foo');
    expect(foo).toMatchObject({ stderr: `${HEADER}${ZERO()}curl: (6) Could not resolve host: foo\n`, exitCode: 6 });
    const lan = await s.run('curl -sS 192.168.56.77');
    expect(lan).toMatchObject({ stderr: "curl: (7) Failed to connect to 192.168.56.77 port 80 after 3071 ms: Couldn't connect to server\n", exitCode: 7 });
    const away = await s.run('curl --connect-timeout 2 1.2.3.4');
    expect(away.stderr).toBe(`${HEADER}${ZERO()}${ZERO(' 0:00:01')}${ZERO(' 0:00:02')}\ncurl: (28) Failed to connect to 1.2.3.4 port 80 after 2000 ms: Timeout was reached\n`);
    expect(away.exitCode).toBe(28);
    const https = await s.run('curl -sS https://github.com/containerd/nerdctl/releases');
    expect(https).toMatchObject({ stderr: 'curl: (6) Could not resolve host: github.com\n', exitCode: 6 });
  });

  it('shows nginx’s headers with -I and -i, and the request and response with -v', async () => {
    const s = await published();
    const head = await s.run('curl -sI localhost');
    expect(head.stdout).toMatch(
      /^HTTP\/1\.1 200 OK\r\nServer: nginx\/1\.27\.4\r\nDate: Sat, 05 Dec 2026 01:00:\d\d GMT\r\nContent-Type: text\/html\r\nContent-Length: 615\r\nLast-Modified: [^\r]+\r\nConnection: keep-alive\r\nETag: "[0-9a-f]+-267"\r\nAccept-Ranges: bytes\r\n\r\n$/,
    );
    const inc = await s.run('curl -si localhost/nope');
    expect(inc.stdout).toMatch(/^HTTP\/1\.1 404 Not Found\r\nServer: nginx\/1\.27\.4\r\n[^]*\r\n\r\n<html>\r\n<head><title>404 Not Found<\/title><\/head>\r\n/);
    const v = await s.run('curl -sv localhost -o /dev/null');
    expect(v.stderr).toMatch(/^\* {3}Trying 127\.0\.0\.1:80\.\.\.\n\* Connected to localhost \(127\.0\.0\.1\) port 80 \(#0\)\n> GET \/ HTTP\/1\.1\r\n> Host: localhost\r\n> User-Agent: curl\/7\.88\.1\r\n> Accept: \*\/\*\r\n> \r\n< HTTP\/1\.1 200 OK\r\n/);
    expect(v.stderr).toMatch(/< \r\n\{ \[615 bytes data\]\n\* Connection #0 to host localhost left intact\n$/);
  });

  it('saves with -o and -O, fails with -f on 404 (22), and knows bad options and URLs', async () => {
    const s = await published();
    expect((await s.run('cd /tmp && curl -sO localhost/index.html && wc -c < /tmp/index.html')).stdout).toBe('615\n');
    expect(await s.run('curl -sf localhost/nope')).toMatchObject({ stdout: '', exitCode: 22 });
    expect((await s.run('curl -sSf localhost/nope')).stderr).toBe('curl: (22) The requested URL returned error: 404\n');
    expect(await s.run('curl --frobnicate x')).toMatchObject({ stderr: "curl: option --frobnicate: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n", exitCode: 2 });
    expect(await s.run('curl')).toMatchObject({ stderr: "curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information\n", exitCode: 2 });
    expect(await s.run('curl -s ftp://x/')).toMatchObject({ exitCode: 1 });
    expect((await s.run('curl ftp://x/')).stderr).toBe('curl: (1) Protocol "ftp" not supported or disabled in libcurl\n');
  });
});

describe('curl on a terminal', () => {
  it('shows no meter when the body goes to the terminal, and the meter when it goes to a file', async () => {
    const s = await published();
    const shown: string[] = [];
    const onOutput = (text: string, stream: string) => {
      if (stream === 'stderr') shown.push(text);
    };
    await s.run('curl localhost', { tty: true, onOutput });
    expect(shown.join('')).toBe('');
    await s.run('curl -o /tmp/page localhost', { tty: true, onOutput });
    expect(shown.join('')).toBe(`${HEADER}${ZERO()}\r100   615  100   615    0     0   600k      0 --:--:-- --:--:-- --:--:--  600k\n`);
  });
});
