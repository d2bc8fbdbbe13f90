// `nerdctl build` as v0.22.2 runs it (cmd/nerdctl/build.go, pkg/buildkitutil): the buildctl
// progress on stderr, the image loaded into containerd and unpacked, and the errors — no
// buildkitd, no Dockerfile, a bad instruction, a failing RUN, an unknown stage.

import { describe, expect, it } from 'vitest';
import * as vfs from '../../../host/vfs';
import { stopUnit } from '../../../host/systemd';
import { freshNode, nerdctl } from '../nerdctl-test-support';
import type { Node } from '../../../node';

const NOTES = "FROM nginx:alpine\nRUN echo 'Build Image From Containerd' > /usr/share/nginx/html/index.html\n";

function write(n: Node, path: string, text: string): void {
  vfs.writeFile(n.state.host.files, path, vfs.textToBinary(text), { parents: true, mtimeMs: n.nowMs() });
}

/** Progress lines without the base image's download lines (their digests are the catalogue's). */
const steps = (stderr: string) => stderr.split('\n').filter((l) => !/^#\d+ (sha256:[0-9a-f]{64} |extracting )/.test(l));

describe('nerdctl build', () => {
  it('builds the notes\' image: plain progress on a pipe, then the load into containerd', async () => {
    const n = freshNode();
    write(n, '/root/Dockerfile', NOTES);
    const r = await nerdctl(n, ['build', '-t', 'nginx:my-alpine', '-f', 'Dockerfile', '.']);
    expect(r.exit).toBe(0);
    const digest = /^unpacking docker\.io\/library\/nginx:my-alpine \((sha256:[0-9a-f]{64})\)\.\.\.done\n$/.exec(r.stdout)?.[1];
    expect(digest).toBeDefined();
    const lines = steps(r.stderr);
    expect(lines.slice(0, 12)).toEqual([
      '#1 [internal] load build definition from Dockerfile',
      '#1 transferring dockerfile: 129B done',
      '#1 DONE 0.0s',
      '',
      '#2 [internal] load .dockerignore',
      '#2 transferring context: 2B done',
      '#2 DONE 0.0s',
      '',
      '#3 [internal] load metadata for docker.io/library/nginx:alpine',
      '#3 DONE 0.3s',
      '',
      expect.stringMatching(/^#4 \[1\/2\] FROM docker\.io\/library\/nginx:alpine@sha256:[0-9a-f]{64}$/),
    ]);
    expect(lines.slice(-11)).toEqual([
      '',
      "#5 [2/2] RUN echo 'Build Image From Containerd' > /usr/share/nginx/html/index.html",
      '#5 DONE 0.1s',
      '',
      '#6 exporting to oci image format',
      '#6 exporting layers 0.0s done',
      `#6 exporting manifest ${digest} done`,
      expect.stringMatching(/^#6 exporting config sha256:[0-9a-f]{64} done$/),
      '#6 sending tarball 0.0s done',
      '#6 DONE 0.1s',
      '',
    ]);
    const images = await nerdctl(n, 'images');
    expect(images.stdout).toMatch(/\nnginx +my-alpine +[0-9a-f]{12} /);
  });

  it('keeps a file a RUN step deleted deleted once the image is unpacked, and through save and load', async () => {
    // The step's layer carries a whiteout (.wh.motd); containerd's applier hides the lower file.
    const n = freshNode();
    write(n, '/root/Dockerfile', 'FROM alpine:3.21\nRUN rm /etc/motd\n');
    expect((await nerdctl(n, ['build', '-q', '-t', 'gone', '.'])).exit).toBe(0);
    expect((await nerdctl(n, ['run', '--rm', 'alpine:3.21', 'ls', '/etc/motd'])).stdout).toBe('/etc/motd\n');
    const gone = await nerdctl(n, ['run', '--rm', 'gone', 'ls', '/etc/motd']);
    expect([gone.exit, gone.stderr]).toEqual([1, 'ls: /etc/motd: No such file or directory\n']);
    expect((await nerdctl(n, ['save', '-o', '/root/gone.tar', 'gone'])).exit).toBe(0);
    expect((await nerdctl(n, ['rmi', 'gone'])).exit).toBe(0);
    expect((await nerdctl(n, ['load', '-i', '/root/gone.tar'])).exit).toBe(0);
    expect((await nerdctl(n, ['run', '--rm', 'gone', 'ls', '/etc/motd'])).exit).toBe(1);
  });

  it('rebuilds from the cache (the Dockerfile unchanged: only its stat is sent) and names every -t', async () => {
    const n = freshNode();
    write(n, '/root/Dockerfile', NOTES);
    await nerdctl(n, ['build', '-t', 'nginx:my-alpine', '.']);
    const r = await nerdctl(n, ['build', '-t', 'nginx:my-alpine', '-t', 'web:v2', '--iidfile', '/root/iid', '.']);
    expect(r.exit).toBe(0);
    expect(r.stderr).toContain('#1 transferring dockerfile: 31B done\n');
    expect(r.stderr).toContain("#5 [2/2] RUN echo 'Build Image From Containerd' > /usr/share/nginx/html/index.html\n#5 CACHED\n");
    const iid = vfs.readFile(n.state.host.files, '/root/iid');
    expect(r.stdout).toBe(`unpacking docker.io/library/nginx:my-alpine (${iid})...done\n`);
    expect((await nerdctl(n, 'images -q')).stdout.split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('-q prints only the image digest; --no-cache runs the steps again; -n k8s.io loads into k8s.io', async () => {
    const n = freshNode();
    write(n, '/root/Dockerfile', NOTES);
    const q = await nerdctl(n, ['build', '-q', '-t', 'x', '.']);
    expect(q).toMatchObject({ exit: 0, stderr: '' });
    expect(q.stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    const again = await nerdctl(n, ['-n', 'k8s.io', 'build', '--no-cache', '-t', 'nginx:nerctl', '-f', './Dockerfile', '.']);
    expect(again.stderr).not.toContain('CACHED');
    expect(again.stdout).toMatch(/^unpacking docker\.io\/library\/nginx:nerctl \(sha256:[0-9a-f]{64}\)\.\.\.done\n$/);
    expect((await nerdctl(n, '-n k8s.io images')).stdout).toMatch(/\nnginx +nerctl +[0-9a-f]{12} /);
  });

  it('without buildkitd, logs the hint and fails with each candidate\'s ping (k8s.io tries three)', async () => {
    const n = freshNode();
    write(n, '/root/Dockerfile', NOTES);
    stopUnit(n, 'buildkit');
    const r = await nerdctl(n, ['build', '-t', 'x', '.']);
    const errs = '2 errors occurred:\\n\\t* failed to ping to host unix:///run/buildkit-default/buildkitd.sock: exit status 1\\n\\t* failed to ping to host unix:///run/buildkit/buildkitd.sock: exit status 1\\n\\n';
    expect(r).toEqual({
      exit: 1,
      stdout: '',
      stderr:
        'time="2026-05-28T20:26:40Z" level=error msg="`buildctl` needs to be installed and `buildkitd` needs to be running, see https://github.com/moby/buildkit" ' +
        `error="${errs}"\n` +
        `time="2026-05-28T20:26:40Z" level=fatal msg="no buildkit host is available, tried 2 candidates: ${errs}"\n`,
    });
    const k8s = await nerdctl(n, ['-n', 'k8s.io', 'build', '-t', 'x', '.']);
    expect(k8s.stderr).toContain('tried 3 candidates: 3 errors occurred:\\n\\t* failed to ping to host unix:///run/buildkit-k8s.io/buildkitd.sock: exit status 1');
  });

  it('without a Dockerfile, falls back to Containerfile and fails on it', async () => {
    const n = freshNode();
    vfs.mkdir(n.state.host.files, '/root/empty', { parents: true });
    const r = await nerdctl(n, ['build', '-t', 'x', 'empty']);
    expect(r.exit).toBe(1);
    expect(r.stderr).toBe(
      'time="2026-05-28T20:26:40Z" level=warning msg="lstat /root/empty/Dockerfile: no such file or directory, using Containerfile as fallback"\n' +
        'time="2026-05-28T20:26:40Z" level=fatal msg="lstat /root/empty/Containerfile: no such file or directory"\n',
    );
    expect((await nerdctl(n, ['build', '-f', 'nope/Dockerfile.dev', '.'])).stderr).toBe('time="2026-05-28T20:26:40Z" level=fatal msg="lstat /root/nope/Dockerfile.dev: no such file or directory"\n');
    expect((await nerdctl(n, ['build'])).stderr).toBe('time="2026-05-28T20:26:40Z" level=fatal msg="context needs to be specified"\n');
  });

  it('an unknown instruction: the lines around it, buildctl\'s error, then the failed load', async () => {
    const n = freshNode();
    write(n, '/root/Dockerfile', 'FROM alpine\nRUN echo hi\nFORM alpine\n');
    const r = await nerdctl(n, ['build', '-t', 'x', '.']);
    expect(r.exit).toBe(1);
    expect(r.stderr.split('\n').slice(7)).toEqual([
      'Dockerfile:3',
      '--------------------',
      '   1 |     FROM alpine',
      '   2 |     RUN echo hi',
      '   3 | >>> FORM alpine',
      '   4 |     ',
      '--------------------',
      'error: failed to solve: dockerfile parse error on line 3: unknown instruction: FORM (did you mean FROM?)',
      'time="2026-05-28T20:26:40Z" level=fatal msg="unrecognized image format"',
      '',
    ]);
  });

  it('a failing RUN: the step\'s error and logs, the line, buildkit 0.10\'s message', async () => {
    const n = freshNode();
    write(n, '/root/Dockerfile', 'FROM alpine\nRUN echo start && false\n');
    const r = await nerdctl(n, ['build', '-t', 'x', '.']);
    expect(r.exit).toBe(1);
    expect(steps(r.stderr).slice(-16)).toEqual([
      '#5 [2/2] RUN echo start && false',
      '#5 0.120 start',
      '#5 ERROR: process "/bin/sh -c echo start && false" did not complete successfully: exit code: 1',
      '------',
      ' > [2/2] RUN echo start && false:',
      '#5 0.120 start',
      '------',
      'Dockerfile:2',
      '--------------------',
      '   1 |     FROM alpine',
      '   2 | >>> RUN echo start && false',
      '   3 |     ',
      '--------------------',
      'error: failed to solve: process "/bin/sh -c echo start && false" did not complete successfully: exit code: 1',
      'time="2026-05-28T20:26:40Z" level=fatal msg="unrecognized image format"',
      '',
    ]);
    expect((await nerdctl(n, 'images -q')).stdout).toBe('');
  });

  it('an unknown --target stage', async () => {
    const n = freshNode();
    write(n, '/root/Dockerfile', 'FROM alpine AS build\nRUN true\n');
    const r = await nerdctl(n, ['build', '--target', 'nope', '-t', 'x', '.']);
    expect(r.stderr.split('\n').slice(-3)).toEqual(['error: failed to solve: target stage nope could not be found', 'time="2026-05-28T20:26:40Z" level=fatal msg="unrecognized image format"', '']);
  });

  it('on a terminal, auto progress is the redrawn [+] Building view, ending FINISHED', async () => {
    const n = freshNode();
    write(n, '/root/Dockerfile', NOTES);
    await nerdctl(n, ['build', '-t', 'x', '.']);
    const r = await nerdctl(n, ['build', '-t', 'x', '.'], { tty: true });
    expect(r.exit).toBe(0);
    const frames = r.stderr.split('\x1b[?25l').slice(1);
    expect(frames.length).toBeGreaterThan(3);
    expect(frames[frames.length - 1]).toMatch(/^\[\+\] Building 0\.\ds \(6\/6\) FINISHED +\n/);
    // Names are cut to the width left between ' => ' and the timer (80 columns: 69).
    const name = "CACHED [2/2] RUN echo 'Build Image From Containerd' > /usr/share/nginx/html/index.html".slice(0, 69);
    expect(frames[frames.length - 1]).toContain(`\x1b[34m => ${name}  0.0s\n\x1b[0m`);
    expect(r.stderr).not.toMatch(/^#1 /m);
  });

  it('--platform arm64 runs no RUN step on this amd64 node (no emulator); several platforms are not simulated', async () => {
    const n = freshNode();
    write(n, '/root/Dockerfile', 'FROM alpine\nRUN echo hi\n');
    const r = await nerdctl(n, ['build', '--platform=arm64', '-t', 'x', '.']);
    expect(r.stderr).toContain('#5 0.120 exec /bin/sh: exec format error\n#5 ERROR: process "/bin/sh -c echo hi" did not complete successfully: exit code: 1\n');
    expect((await nerdctl(n, ['build', '--platform=amd64,arm64', '-t', 'x', '.'])).stderr).toContain('is not simulated here');
  });

  it('-f - reads the Dockerfile from stdin (a temporary directory, removed after); -o type=local writes the files', async () => {
    const n = freshNode();
    const r = await nerdctl(n, ['build', '-f', '-', '-o', 'type=local,dest=out', '.'], { stdin: 'FROM busybox\nRUN echo made > /made.txt\n' });
    expect(r.exit).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('#6 exporting to client\n#6 copying files ');
    expect(vfs.binaryToText(vfs.readFile(n.state.host.files, '/root/out/made.txt'))).toBe('made\n');
    expect(Object.keys(n.state.host.files).some((p) => p.startsWith('/tmp/docker-build-tempdockerfile-'))).toBe(false);
  });

  it('builder prune empties the build cache; builder debug needs buildg', async () => {
    const n = freshNode();
    write(n, '/root/Dockerfile', NOTES);
    await nerdctl(n, ['build', '-t', 'x', '.']);
    const prune = await nerdctl(n, 'builder prune');
    expect(prune.exit).toBe(0);
    expect(prune.stdout.split('\n')[0]).toBe(`ID${'\t'.repeat(9)}RECLAIMABLE\tSIZE\tLAST ACCESSED`);
    expect(prune.stdout).toMatch(/\nTotal:\t\d+\.\d\dMB\n$/);
    expect((await nerdctl(n, 'builder prune')).stdout).toBe('Total:\t0B\n');
    const rebuilt = await nerdctl(n, ['build', '-t', 'x', '.']);
    expect(rebuilt.stderr).not.toContain('CACHED');
    expect((await nerdctl(n, 'builder debug .')).stderr).toContain('nerdctl builder debug (buildg) is not simulated here');
  });
});
