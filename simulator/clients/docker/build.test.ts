// docker build with the classic builder, as a private real dockerd 20.10.24 printed it (this
// machine's docker.io; base image `docker import` of a busybox-static rootfs, then
//   FROM bb:2 / ARG X=1 / ENV A=b / RUN echo hi > /f / COPY a.txt /a.txt / CMD ["sh"]
// built twice, the second time from the cache), its history (`|1 X=1 /bin/sh -c echo hi > /f`,
// `/bin/sh -c #(nop)  ENV A=b`), and the errors of a bad instruction, a failing RUN (stderr
// in \x1b[91m…\x1b[0m, exit 3), a missing COPY source, a missing context and Dockerfile.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../shell/session';

const NOW = Date.UTC(2026, 11, 5, 5, 10, 0);

function session() {
  const s = createSession({ seed: 21, now: () => NOW });
  return async (line: string) => {
    const r = await s.run(line);
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  };
}

const DOCKERFILE = 'FROM busybox\\nARG X=1\\nENV A=b\\nRUN echo hi > /f\\nCOPY a.txt /a.txt\\nCMD ["sh"]\\n';
const H = '[0-9a-f]{12}';

async function prepared() {
  const run = session();
  await run('docker pull -q busybox');
  await run(`mkdir -p /root/ctx && cd /root/ctx && printf '${DOCKERFILE}' > Dockerfile && echo hello > a.txt`);
  return run;
}

describe('docker build (classic builder)', () => {
  it('prints the steps as 20.10 does, then from the cache', async () => {
    const run = await prepared();
    const first = await run('cd /root/ctx && docker build -t t1 .');
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toMatch(
      new RegExp(
        [
          'Sending build context to Docker daemon  3\\.072kB\\r\\r',
          'Step 1/6 : FROM busybox',
          ` ---> ${H}`,
          'Step 2/6 : ARG X=1',
          ` ---> Running in (${H})`,
          'Removing intermediate container \\1',
          ` ---> ${H}`,
          'Step 3/6 : ENV A=b',
          ` ---> Running in (${H})`,
          'Removing intermediate container \\2',
          ` ---> ${H}`,
          'Step 4/6 : RUN echo hi > /f',
          ` ---> Running in (${H})`,
          'Removing intermediate container \\3',
          ` ---> ${H}`,
          'Step 5/6 : COPY a.txt /a.txt',
          ` ---> ${H}`,
          'Step 6/6 : CMD \\["sh"\\]',
          ` ---> Running in (${H})`,
          'Removing intermediate container \\4',
          ` ---> (${H})`,
          'Successfully built \\5',
          'Successfully tagged t1:latest',
          '',
        ].join('\n'),
      ),
    );
    const again = await run('cd /root/ctx && docker build -t t1 .');
    expect(again.stdout.match(/ ---> Using cache\n/g)?.length).toBe(5);
    expect(again.stdout.split('\n').at(-3)).toBe(first.stdout.split('\n').at(-3));
    expect((await run('docker run --rm t1 cat /f /a.txt')).stdout).toBe('hi\nhello\n');
  });

  it('history shows each step, with the build arg in RUN and the intermediate ids', async () => {
    const run = await prepared();
    await run('cd /root/ctx && docker build -t t1 .');
    const lines = (await run('docker history --format "{{.ID}}|{{.CreatedBy}}|{{.Size}}" t1')).stdout.split('\n');
    expect(lines.slice(0, 5).map((l) => l.replace(/^[0-9a-f]{12}\|/, 'ID|').replace(/file:[0-9a-f]{16}…/, 'file:H…'))).toEqual([
      'ID|/bin/sh -c #(nop)  CMD ["sh"]|0B',
      'ID|/bin/sh -c #(nop) COPY file:H…|6B',
      'ID||1 X=1 /bin/sh -c echo hi > /f|3B',
      'ID|/bin/sh -c #(nop)  ENV A=b|0B',
      'ID|/bin/sh -c #(nop)  ARG X=1|0B',
    ]);
    // The intermediate images are hidden from `docker images`, listed with -a.
    expect((await run('docker images -q')).stdout.trim().split('\n').length).toBe(2);
    expect((await run('docker images -aq')).stdout.trim().split('\n').length).toBe(6);
    // rmi takes the untagged parents with it.
    await run('docker rmi t1');
    expect((await run('docker images -aq')).stdout.trim().split('\n').length).toBe(1);
  });

  it('-q prints only the id; --target stops at a stage; an unused --build-arg warns', async () => {
    const run = await prepared();
    expect((await run('cd /root/ctx && docker build -q .')).stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    await run(`cd /root/ctx && printf 'FROM busybox AS a\\nRUN echo a > /a\\nFROM busybox\\nCOPY --from=a /a /a\\nRUN echo b\\n' > Dockerfile`);
    const target = await run('cd /root/ctx && docker build --target a -t tg .');
    expect(target.stdout).toMatch(/Step 1\/2 : FROM busybox AS a\n[\s\S]*Step 2\/2 : RUN echo a > \/a\n[\s\S]*Successfully tagged tg:latest\n$/);
    const full = await run('cd /root/ctx && docker build --build-arg X=2 --no-cache -t na .');
    expect(full.stdout).toMatch(/Step 5\/5 : RUN echo b\n ---> Running in [0-9a-f]{12}\nb\nRemoving intermediate container [0-9a-f]{12}\n ---> [0-9a-f]{12}\n\[Warning\] One or more build-args \[X\] were not consumed\nSuccessfully built [0-9a-f]{12}\nSuccessfully tagged na:latest\n$/);
    expect((await run('docker run --rm na cat /a')).stdout).toBe('a\n');
  });

  it('FROM scratch: an empty arrow, then the COPY layer', async () => {
    const run = await prepared();
    await run(`cd /root/ctx && printf 'FROM scratch\\nCOPY Dockerfile /\\n' > Dockerfile`);
    expect((await run('cd /root/ctx && docker build -t sc .')).stdout).toMatch(/^Sending build context to Docker daemon  3\.072kB\r\r\nStep 1\/2 : FROM scratch\n ---> \nStep 2\/2 : COPY Dockerfile \/\n ---> [0-9a-f]{12}\nSuccessfully built [0-9a-f]{12}\nSuccessfully tagged sc:latest\n$/);
  });

  it('a context past 512 kB: an update per 512 kB read, then the last one and \\r\\n (pkg/progress/progressreader.go)', async () => {
    const run = await prepared();
    await run(`cd /root/ctx && head -c 1200000 /dev/zero > big.bin`);
    const out = (await run('cd /root/ctx && docker build -q -t big . >/dev/null; docker build -t big . | head -c 200')).stdout;
    expect(out.split('\r').slice(0, 4)).toEqual([
      'Sending build context to Docker daemon  557.1kB',
      'Sending build context to Docker daemon  1.114MB',
      'Sending build context to Docker daemon  1.204MB',
      '',
    ]);
  });

  it('bad input: the real messages and exit codes', async () => {
    const run = await prepared();
    await run(`cd /root/ctx && printf 'FROM busybox\\nFOO bar\\n' > Dockerfile`);
    expect(await run('cd /root/ctx && docker build .')).toEqual({
      stdout: 'Sending build context to Docker daemon  3.072kB\r\r\n',
      stderr: 'Error response from daemon: dockerfile parse error line 2: unknown instruction: FOO\n',
      exitCode: 1,
    });
    await run(`cd /root/ctx && printf 'FROM busybox\\nRUN echo out; echo err >&2; exit 3\\n' > Dockerfile`);
    const failed = await run('cd /root/ctx && docker build .');
    expect([failed.stdout.replace(/[0-9a-f]{12}/g, 'H'), failed.stderr, failed.exitCode]).toEqual([
      'Sending build context to Docker daemon  3.072kB\r\r\nStep 1/2 : FROM busybox\n ---> H\nStep 2/2 : RUN echo out; echo err >&2; exit 3\n ---> Running in H\nout\n\x1b[91merr\n\x1b[0m',
      "The command '/bin/sh -c echo out; echo err >&2; exit 3' returned a non-zero code: 3\n",
      3,
    ]);
    await run(`cd /root/ctx && printf 'FROM busybox\\nCOPY nofile /x\\n' > Dockerfile`);
    // -q: the buffered upload progress and stream come first on stderr (58-build-images.sh).
    expect((await run('cd /root/ctx && docker build -q .')).stderr.replace(/[0-9a-f]{12}/g, 'H')).toBe(
      'Sending build context to Docker daemon  3.072kB\r\r\nStep 1/2 : FROM busybox\n ---> H\nStep 2/2 : COPY nofile /x\nCOPY failed: file not found in build context or excluded by .dockerignore: stat nofile: file does not exist\n',
    );
    expect(await run('docker build nodir')).toEqual({ stdout: '', stderr: 'unable to prepare context: path "nodir" not found\n', exitCode: 1 });
    expect((await run('cd /root/ctx && docker build -f nodf .')).stderr).toBe('unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat /root/ctx/nodf: no such file or directory\n');
  });

  it('what docker builds stays out of containerd', async () => {
    const run = await prepared();
    await run('cd /root/ctx && docker build -q -t t1 .');
    expect((await run('ctr -n moby i ls -q; ctr i ls -q')).stdout).toBe('');
    expect((await run('crictl images -q')).stdout).toBe('');
  });
});
