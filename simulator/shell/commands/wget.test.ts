// GNU Wget 1.21.3's log, line for line as recorded from the real wget (C.UTF-8, so names in
// ‘’), against nginx published on the node; the offline node's name failures; retries.

import { describe, expect, it } from 'vitest';
import { createSession } from '../session';
import { runOnBridge, sessionWithImages, NOW } from '../../host/network/test-support';

async function published() {
  const s = await sessionWithImages();
  await runOnBridge(s, 'ctr run -d docker.io/library/nginx:alpine web', 'web', [{ hostPort: 80, containerPort: 80 }]);
  return s;
}

const stampless = (text: string) => text.replace(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/g, 'DATE');

describe('wget on the node', () => {
  it('downloads the page through the published port, trying ::1 first as glibc orders localhost', async () => {
    const s = await published();
    const r = await s.run('cd /tmp && wget http://localhost/');
    expect(stampless(r.stderr)).toBe(
      '--DATE--  http://localhost/\nResolving localhost (localhost)... ::1, 127.0.0.1\n' +
        'Connecting to localhost (localhost)|::1|:80... failed: Connection refused.\n' +
        'Connecting to localhost (localhost)|127.0.0.1|:80... connected.\n' +
        'HTTP request sent, awaiting response... 200 OK\nLength: 615 [text/html]\nSaving to: ‘index.html’\n\n' +
        '     0K                                                       100%  601K=0.001s\n\n'.replace('=0.001s', '=0s') +
        'DATE (601 KB/s) - ‘index.html’ saved [615/615]\n\n',
    );
    expect((await s.run('cd /tmp && wget -q 10.4.0.2 && ls index.html*')).stdout).toBe('index.html\nindex.html.1\n');
  });

  it('writes to stdout with -O - and -qO-', async () => {
    const s = await published();
    const r = await s.run('wget -O - 10.4.0.2');
    expect(r.stdout).toContain('<h1>Welcome to nginx!</h1>');
    expect(stampless(r.stderr)).toMatch(/^--DATE--  http:\/\/10\.4\.0\.2\/\nConnecting to 10\.4\.0\.2:80\.\.\. connected\.\n[^]*Saving to: ‘STDOUT’\n\n[^]*DATE \(601 KB\/s\) - written to stdout \[615\/615\]\n\n$/);
    expect(await s.run('wget -qO- 10.4.0.2/nope')).toMatchObject({ stdout: '', stderr: '', exitCode: 8 });
    expect(stampless((await s.run('wget 10.4.0.2/nope')).stderr)).toMatch(/HTTP request sent, awaiting response\.\.\. 404 Not Found\nDATE ERROR 404: Not Found\.\n\n$/);
  });

  it('fails as the offline node does: no name resolves, refused is final, unreachable is retried', async () => {
    const s = createSession({ seed: 1, now: () => NOW });
    const gh = await s.run('wget https://github.com/containerd/nerdctl/releases/download/v0.99.0/nerdctl-0.99.0-linux-amd64.tar.gz');
    expect(stampless(gh.stderr)).toBe(
      '--DATE--  https://github.com/containerd/nerdctl/releases/download/v0.99.0/nerdctl-0.99.0-linux-amd64.tar.gz\n' +
        'Resolving github.com (github.com)... failed: Temporary failure in name resolution.\nwget: unable to resolve host address ‘github.com’\n',
    );
    expect(gh.exitCode).toBe(4);
    const refused = await s.run('wget http://localhost:81/');
    expect(stampless(refused.stderr)).toBe(
      '--DATE--  http://localhost:81/\nResolving localhost (localhost)... ::1, 127.0.0.1\n' +
        'Connecting to localhost (localhost)|::1|:81... failed: Connection refused.\nConnecting to localhost (localhost)|127.0.0.1|:81... failed: Connection refused.\n',
    );
    expect(refused.exitCode).toBe(4);
    const lan = await s.run('wget -t 2 http://192.168.56.77/');
    expect(stampless(lan.stderr)).toBe(
      '--DATE--  http://192.168.56.77/\nConnecting to 192.168.56.77:80... failed: No route to host.\nRetrying.\n\n' +
        '--DATE--  (try: 2)  http://192.168.56.77/\nConnecting to 192.168.56.77:80... failed: No route to host.\nGiving up.\n\n',
    );
    expect(await s.run('wget')).toMatchObject({ stderr: "wget: missing URL\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n", exitCode: 1 });
  });

  it('downloads the notes’ release tarball through GitHub’s redirect, with its real size', async () => {
    const s = createSession({ seed: 1, now: () => NOW });
    const url = 'https://github.com/containerd/nerdctl/releases/download/v0.22.2/nerdctl-0.22.2-linux-amd64.tar.gz';
    const r = await s.run(`cd /tmp && wget ${url}`);
    const log = stampless(r.stderr);
    expect(log).toMatch(/^--DATE--  https:\/\/github\.com\/[^\n]+\nResolving github\.com \(github\.com\)\.\.\. 140\.82\.121\.3\nConnecting to github\.com \(github\.com\)\|140\.82\.121\.3\|:443\.\.\. connected\.\nHTTP request sent, awaiting response\.\.\. 302 Found\nLocation: https:\/\/objects\.githubusercontent\.com\/[^\n]+ \[following\]\n/);
    expect(log).toContain('HTTP request sent, awaiting response... 200 OK\nLength: 10685899 (10M) [application/octet-stream]\nSaving to: ‘nerdctl-0.22.2-linux-amd64.tar.gz’\n');
    expect(log).toMatch(/- ‘nerdctl-0\.22\.2-linux-amd64\.tar\.gz’ saved \[10685899\/10685899\]\n\n$/);
    expect((await s.run('ls -l /tmp/nerdctl-0.22.2-linux-amd64.tar.gz')).stdout).toContain(' 10685899 ');
    expect((await s.run('tar -tzf /tmp/nerdctl-0.22.2-linux-amd64.tar.gz')).stdout).toContain('nerdctl');
  });
});
