// The study notes' build steps (source/study-notes.zh.txt: the Dockerfile written with a
// heredoc, `nerdctl -n k8s.io build -t nginx:nerctl -f ./Dockerfile .`, "镜像构建" with
// `nerdctl build -t nginx:my-alpine -f Dockerfile .`), then the built image run with a
// published port and fetched with curl, on one simulated node in the notes' order. node1
// starts as the notes' readers have it after installation: buildkit enabled and running.

import { describe, expect, it } from 'vitest';
import { createSession, type LineResult } from '../../simulator/index';

const DOCKERFILE = `cat > Dockerfile <<EOF
FROM nginx:alpine
RUN echo 'Build Image From Containerd' > /usr/share/nginx/html/index.html
EOF`;

function clean(r: LineResult): string {
  const all = r.stdout + r.stderr;
  expect(all).not.toMatch(/internal simulator error|not simulated here/);
  return all;
}

describe('the study notes, building images with nerdctl and buildkit', () => {
  const session = createSession({ seed: 21, now: () => Date.UTC(2026, 10, 28, 7, 0, 0) });
  const run = async (line: string, code = 0): Promise<LineResult> => {
    const r = await session.run(line);
    expect(r.exitCode, clean(r)).toBe(code);
    return r;
  };

  it('buildkit runs as installed', async () => {
    expect((await run('systemctl is-active buildkit')).stdout).toBe('active\n');
    expect((await run('systemctl is-enabled buildkit')).stdout).toBe('enabled\n');
    expect((await run('buildctl debug workers')).stdout.split('\n')[0]).toBe('ID\t\t\t\tPLATFORMS');
  });

  it('builds the Dockerfile into k8s.io, where crictl sees it', async () => {
    await run(DOCKERFILE);
    const r = await run('nerdctl -n k8s.io build -t nginx:nerctl -f ./Dockerfile .');
    expect(r.stderr).toContain("#5 [2/2] RUN echo 'Build Image From Containerd' > /usr/share/nginx/html/index.html\n#5 DONE");
    expect(r.stdout).toMatch(/^unpacking docker\.io\/library\/nginx:nerctl \(sha256:[0-9a-f]{64}\)\.\.\.done\n$/);
    expect((await run('crictl --runtime-endpoint unix:///run/containerd/containerd.sock images')).stdout).toMatch(/\ndocker\.io\/library\/nginx +nerctl +[0-9a-f]{13} /);
    expect((await run('nerdctl images')).stdout).not.toContain('nerctl');
  });

  it('builds nginx:my-alpine in default from the cache, runs it on port 80 and curl shows the page', async () => {
    const r = await run('nerdctl build -t nginx:my-alpine -f Dockerfile .');
    expect(r.stderr).toContain('#4 CACHED');
    expect(r.stderr).toContain('#5 CACHED');
    expect((await run('nerdctl images')).stdout).toMatch(/\nnginx +my-alpine +[0-9a-f]{12} /);
    await run('nerdctl run -d -p 80:80 nginx:my-alpine');
    expect((await run('curl -s localhost')).stdout).toBe('Build Image From Containerd\n');
  });

  it('without buildkitd the build fails with nerdctl\'s hint; `systemctl enable buildkit --now` fixes it', async () => {
    await run('systemctl stop buildkit');
    const r = await run('nerdctl build -t nginx:my-alpine -f Dockerfile .', 1);
    expect(r.stderr).toContain('`buildctl` needs to be installed and `buildkitd` needs to be running, see https://github.com/moby/buildkit');
    expect(r.stderr).toContain('no buildkit host is available, tried 2 candidates');
    await run('systemctl enable buildkit --now');
    expect((await run('nerdctl build -t nginx:my-alpine -f Dockerfile .')).stdout).toContain('unpacking docker.io/library/nginx:my-alpine');
  });

  it('builds for harbor too (the push itself is the registry notes\' business)', async () => {
    const r = await run('nerdctl build -t harbor.secure.mydomain.com:443/k8s/nginx:alpine -f Dockerfile .');
    expect(r.stdout).toMatch(/^unpacking harbor\.secure\.mydomain\.com:443\/k8s\/nginx:alpine \(sha256:[0-9a-f]{64}\)\.\.\.done\n$/);
  });
});
